package org.xhpo.sampler.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** GP building blocks against closed forms, finite differences and commons-math3. */
class GpMathTest {
    @Test
    void choleskySolvesAndExtends() {
        double[][] a = {{4, 2, 0.4}, {2, 5, 1}, {0.4, 1, 3}};
        Cholesky c = Cholesky.of(a);
        double[] x = c.solve(new double[] {1, 2, 3});
        for (int i = 0; i < 3; i++) {
            double s = 0;
            for (int j = 0; j < 3; j++) {
                s += a[i][j] * x[j];
            }
            assertEquals(i + 1.0, s, 1e-12);
        }
        // det = 4(15 − 1) − 2(6 − 0.4) + 0.4(2 − 2) = 44.8
        assertEquals(Math.log(44.8), c.logDet(), 1e-12);
        Cholesky small = Cholesky.of(new double[][] {{4, 2}, {2, 5}});
        Cholesky grown = small.extend(new double[] {0.4, 1}, 3);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(c.l[i], grown.l[i], 1e-12);
        }
    }

    @Test
    void maternMatchesItsClosedFormAtKnownDistances() {
        // r = 1: (1 + √5 + 5/3) e^{−√5}
        assertEquals((1 + Math.sqrt(5) + 5.0 / 3) * Math.exp(-Math.sqrt(5)), MaternArdKernel.correlation(1.0), 1e-15);
        assertEquals(1.0, MaternArdKernel.correlation(0.0), 0.0);
        assertEquals(4.0, MaternArdKernel.r2(new double[] {0, 0}, new double[] {1, 1}, new double[] {3, 1}), 0.0);
    }

    @Test
    void singlePointPosteriorIsTheClosedForm() {
        GaussianProcess.Hyper h = new GaussianProcess.Hyper(new double[] {Math.log(0.3)}, Math.log(2), Math.log(0.1));
        GaussianProcess gp = new GaussianProcess(new double[][] {{0.2}}, new double[] {1.5}, h);
        double k = 2 * MaternArdKernel.correlation(0.3 * 0.3 / (0.3 * 0.3)); // x* = 0.5: r = 0.3/0.3 = 1
        double[] p = gp.predict(new double[] {0.5});
        assertEquals(k / 2.1 * 1.5, p[0], 1e-12);           // μ = k (σ² + σn²)⁻¹ y
        assertEquals(2 - k * k / 2.1, p[1], 1e-12);         // σ² − k² / (σ² + σn²)
    }

    @Test
    void marginalLikelihoodGradientMatchesFiniteDifferences() {
        assertGradientMatchesFiniteDifferences(KernelForm.ARD, 4);
    }

    @Test
    void additiveMarginalLikelihoodGradientMatchesFiniteDifferences() {
        assertGradientMatchesFiniteDifferences(KernelForm.ADDITIVE, 5);
    }

    @Test
    void sumMarginalLikelihoodGradientMatchesFiniteDifferences() {
        assertGradientMatchesFiniteDifferences(KernelForm.SUM, 6);
    }

    /** The analytic gradient of the negative log posterior against central differences, 15 noisy points in 3-D. */
    private static void assertGradientMatchesFiniteDifferences(KernelForm form, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[15][3];
        double[] y = new double[15];
        for (int i = 0; i < 15; i++) {
            for (int d = 0; d < 3; d++) {
                x[i][d] = rng.nextDouble();
            }
            y[i] = Math.sin(5 * x[i][0]) * (1 + x[i][2]) + x[i][1] * x[i][1] + 0.1 * rng.nextGaussian();
        }
        GaussianProcess.NegativeLogPosterior f = new GaussianProcess.NegativeLogPosterior(form, x, y);
        double[] t = {Math.log(0.4), Math.log(0.7), Math.log(1.3), Math.log(1.1), Math.log(0.02)};
        double[] g = new double[t.length];
        f.g(t, g);
        for (int j = 0; j < t.length; j++) {
            double h = 1e-6;
            double[] tp = t.clone();
            double[] tm = t.clone();
            tp[j] += h;
            tm[j] -= h;
            double fd = (f.f(tp) - f.f(tm)) / (2 * h);
            assertEquals(fd, g[j], 1e-5 * Math.max(1, Math.abs(fd)), form + " θ_" + j);
        }
    }

    @Test
    void additiveCorrelationIsTheMeanOfOneDimensionalMaterns() {
        double[] a = {0.1, 0.7};
        double[] b = {0.6, 0.2};
        double[] invL2 = {4, 1}; // r_1² = 0.25·4 = 1, r_2² = 0.25·1 = 0.25
        double expected = (MaternArdKernel.correlation(1.0) + MaternArdKernel.correlation(0.25)) / 2;
        assertEquals(expected, KernelForm.ADDITIVE.correlation(a, b, invL2), 1e-15);
        assertEquals(MaternArdKernel.correlation(1.25), KernelForm.ARD.correlation(a, b, invL2), 1e-15);
        assertEquals(1.0, KernelForm.ADDITIVE.correlation(a, a, invL2), 0.0);
        assertEquals((expected + MaternArdKernel.correlation(1.25)) / 2, KernelForm.SUM.correlation(a, b, invL2), 1e-15);
        assertEquals(1.0, KernelForm.SUM.correlation(a, a, invL2), 0.0);
    }

    @Test
    void theBetterFittedFormIsAdditiveForASumAndArdForAnInteraction() {
        SplittableRandom rng = new SplittableRandom(9);
        int n = 60;
        double[][] x = new double[n][4];
        double[] sum = new double[n];
        double[] interaction = new double[n];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 4; d++) {
                x[i][d] = rng.nextDouble();
            }
            for (int d = 0; d < 4; d++) {
                sum[i] += Math.sin(6 * x[i][d]);
            }
            interaction[i] = Math.sin(6 * x[i][0]) * Math.sin(6 * x[i][1]);
        }
        double[] scale = UnitCubeData.standardize(sum);
        UnitCubeData.standardize(interaction);
        assertTrue(fitted(KernelForm.ADDITIVE, x, sum) < fitted(KernelForm.ARD, x, sum) - 10,
                "additive " + fitted(KernelForm.ADDITIVE, x, sum) + " vs ARD " + fitted(KernelForm.ARD, x, sum));
        assertTrue(fitted(KernelForm.ARD, x, interaction) < fitted(KernelForm.ADDITIVE, x, interaction) - 10,
                "ARD " + fitted(KernelForm.ARD, x, interaction) + " vs additive "
                        + fitted(KernelForm.ADDITIVE, x, interaction));
        // the additive GP predicts the sum at new points far better than ARD from the same 60 points
        GaussianProcess add = new GaussianProcess(x, sum,
                GaussianProcess.fit(KernelForm.ADDITIVE, x, sum, null, 2, 100, new SplittableRandom(1)));
        GaussianProcess ard = new GaussianProcess(x, sum,
                GaussianProcess.fit(KernelForm.ARD, x, sum, null, 2, 100, new SplittableRandom(1)));
        double[][] xt = new double[200][4];
        double[] yt = new double[200];
        for (int i = 0; i < 200; i++) {
            for (int d = 0; d < 4; d++) {
                xt[i][d] = rng.nextDouble();
                yt[i] += Math.sin(6 * xt[i][d]);
            }
        }
        for (int i = 0; i < 200; i++) {
            yt[i] = (yt[i] - scale[0]) / scale[1]; // the training targets' scale
        }
        assertTrue(mse(add, xt, yt) < 0.5 * mse(ard, xt, yt), "additive " + mse(add, xt, yt) + " vs ARD " + mse(ard, xt, yt));
    }

    @Test
    void theSumKernelPredictsASumWithACouplingBetterThanEitherForm() {
        // per-coordinate effects plus one coupling of two coordinates (Rosenbrock's and Zakharov's
        // shape): additive cannot represent the coupling, ARD learns the sum from too few points
        SplittableRandom rng = new SplittableRandom(10);
        double[][] x = new double[60][4];
        double[] y = new double[60];
        for (int i = 0; i < 60; i++) {
            for (int d = 0; d < 4; d++) {
                x[i][d] = rng.nextDouble();
            }
            y[i] = coupledSum(x[i]);
        }
        double[] scale = UnitCubeData.standardize(y);
        double[][] xt = new double[300][4];
        double[] yt = new double[300];
        for (int i = 0; i < 300; i++) {
            for (int d = 0; d < 4; d++) {
                xt[i][d] = rng.nextDouble();
            }
            yt[i] = (coupledSum(xt[i]) - scale[0]) / scale[1];
        }
        java.util.Map<KernelForm, Double> err = new java.util.EnumMap<>(KernelForm.class);
        for (KernelForm form : KernelForm.values()) {
            err.put(form, mse(new GaussianProcess(x, y,
                    GaussianProcess.fit(form, x, y, null, 2, 100, new SplittableRandom(1))), xt, yt));
        }
        assertTrue(err.get(KernelForm.SUM) < 0.5 * Math.min(err.get(KernelForm.ARD), err.get(KernelForm.ADDITIVE)),
                err.toString());
    }

    private static double coupledSum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += Math.sin(6 * v);
        }
        return s + 6 * (x[0] - 0.5) * (x[1] - 0.5);
    }

    private static double fitted(KernelForm form, double[][] x, double[] y) {
        return GaussianProcess.negativeLogPosterior(x, y, GaussianProcess.fit(form, x, y, null, 2, 100, new SplittableRandom(1)));
    }

    /** Mean squared error of the posterior mean at test points. */
    private static double mse(GaussianProcess gp, double[][] xt, double[] yt) {
        double s = 0;
        for (int i = 0; i < yt.length; i++) {
            double e = gp.predict(xt[i])[0] - yt[i];
            s += e * e;
        }
        return s / yt.length;
    }

    /** Standardizes y in place; returns {mean, sd}. */
    @Test
    void theFitFindsTheShortLengthscalesOfARuggedFunction() {
        // Rastrigin-4 (period 0.098 on the unit cube) from 150 random points: the marginal likelihood
        // also has a long-lengthscale, high-noise optimum, where the default start (ℓ = 0.5) and the
        // random starts end (before the short start: mean ℓ ≈ 0.14, held-out error 0.45 of the variance)
        SplittableRandom rng = new SplittableRandom(1);
        double[][] x = UnitCubeData.uniformPoints(rng, 150, 4);
        double[][] xt = UnitCubeData.uniformPoints(rng, 300, 4);
        double[] y = java.util.Arrays.stream(x).mapToDouble(UnitCubeData::rastrigin).toArray();
        double[] yt = java.util.Arrays.stream(xt).mapToDouble(UnitCubeData::rastrigin).toArray();
        double[] scale = UnitCubeData.standardize(y);
        for (int i = 0; i < 300; i++) {
            yt[i] = (yt[i] - scale[0]) / scale[1];
        }
        GaussianProcess.Hyper h = GaussianProcess.fit(KernelForm.ADDITIVE, x, y, null, 2, 100, new SplittableRandom(1));
        for (double logL : h.logLengthscale()) {
            assertTrue(Math.exp(logL) < 0.06, java.util.Arrays.toString(h.logLengthscale()));
        }
        double err = mse(new GaussianProcess(x, y, h), xt, yt);
        assertTrue(err < 0.1, "held-out error " + err);
    }

    @Test
    void fittedLengthscalesFindTheIrrelevantDimension() {
        SplittableRandom rng = new SplittableRandom(8);
        double[][] x = new double[40][2];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i][0] = rng.nextDouble();
            x[i][1] = rng.nextDouble();
            y[i] = Math.sin(6 * x[i][0]); // x2 is irrelevant
        }
        GaussianProcess.Hyper h = GaussianProcess.fit(x, y, null, 2, 100, new SplittableRandom(1));
        assertTrue(h.logLengthscale()[1] > h.logLengthscale()[0] + 1, java.util.Arrays.toString(h.logLengthscale()));
    }

    @Test
    void logEiAgreesWithTheDirectFormulaAndStaysFiniteFarAway() {
        NormalDistribution n = new NormalDistribution();
        for (double z = -5; z <= 5; z += 0.25) {
            double direct = Math.log(n.density(z) + z * n.cumulativeProbability(z));
            assertEquals(direct, LogExpectedImprovement.logH(z), 1e-6 * Math.max(1, Math.abs(direct)), "z=" + z);
        }
        double prev = LogExpectedImprovement.logH(-10);
        for (double z = -11; z > -1e4; z *= 1.5) {
            double v = LogExpectedImprovement.logH(z);
            assertTrue(Double.isFinite(v) && v < prev, "log h must decrease monotonically, z=" + z);
            prev = v;
        }
        // far tail: log h(z) = −z²/2 − ½ log 2π − 2 log|z| + log(1 − 3/z² + …) (Mills' ratio series)
        double z = -200;
        assertEquals(-0.5 * z * z - 0.5 * Math.log(2 * Math.PI) - 2 * Math.log(-z) + Math.log(1 - 3 / (z * z)),
                LogExpectedImprovement.logH(z), 1e-7);
        // both branches agree where they meet
        assertEquals(LogExpectedImprovement.logH(-10 + 1e-9), LogExpectedImprovement.logH(-10 - 1e-9), 1e-4);
        assertEquals(Math.log(n.cumulativeProbability(-3)), new ProbabilityOfImprovement().score(3, 1, 0), 1e-6);
        assertEquals(-(0.5 - 2 * 0.3), new UpperConfidenceBound(2).score(0.5, 0.3, 0), 1e-15);
    }
}

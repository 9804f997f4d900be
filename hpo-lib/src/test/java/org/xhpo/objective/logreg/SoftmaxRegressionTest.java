package org.xhpo.objective.logreg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.hypergrad.FiniteDifferences;
import org.xhpo.hypergrad.HypergradientMethod;
import org.xhpo.hypergrad.HypergradientSolver;
import org.xhpo.hypergrad.NeumannSeries;
import org.xhpo.hypergrad.UnrolledSettings;
import org.xhpo.hypergrad.UnrolledTrajectory;

/**
 * Softmax regression's derivatives and hypergradients against finite differences on a small
 * synthetic instance (3 classes, 6 inputs in 3 decay groups, 90 training and 60 validation rows).
 */
class SoftmaxRegressionTest {
    private static final int K = 3;
    private static final int P = 6;
    private static final int[] GROUPS = {0, 0, 1, 1, 2, 2};

    private static float[][] inputs(int n, int[] labels, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[][] x = new float[n][P];
        for (int i = 0; i < n; i++) {
            labels[i] = i % K;
            for (int p = 0; p < P; p++) {
                x[i][p] = (float) (rng.nextGaussian() + (p / 2 == labels[i] ? 1.0 : 0.0));
            }
        }
        return x;
    }

    private static final int[] YT = new int[90];
    private static final float[][] XT = inputs(90, YT, 1);
    private static final int[] YV = new int[60];
    private static final float[][] XV = inputs(60, YV, 2);

    private static SoftmaxRegression model(double[] lambda) {
        return new SoftmaxRegression(XT, YT, XV, YV, K, GROUPS, lambda);
    }

    private static double[] train(SoftmaxRegression m) {
        double[] theta = m.train(1e-14, 5000);
        // Newton polish (CG on Hessian-vector products): finite differences of the retrained loss need θ̂ to ~1e-12
        for (int it = 0; it < 4; it++) {
            double[] step = org.xhpo.hypergrad.ConjugateGradient.solve(v -> m.hessianVector(theta, v),
                    m.trainGradient(theta), 1e-14, 2000).x();
            for (int i = 0; i < theta.length; i++) {
                theta[i] -= step[i];
            }
        }
        return theta;
    }

    private static double[] point(int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 0.3 * Math.sin(1.7 * i + 0.2);
        }
        return t;
    }

    @Test
    void gradientAndHessianProductsMatchFiniteDifferences() {
        SoftmaxRegression m = model(new double[] {0.05, 0.2, 0.01});
        double[] theta = point(m.parameters());
        double[] g = m.trainGradient(theta);
        double[] v = point(m.parameters());
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.cos(i);
        }
        double[] hv = m.hessianVector(theta, v);
        double h = 1e-5;
        assertArrayEquals(FiniteDifferences.directional(m::trainGradient, theta, v, h), hv, 1e-7);
        for (int i = 0; i < theta.length; i += 5) {
            assertEquals(FiniteDifferences.partial(t -> m.trainLoss(t, null), theta, i, h), g[i], 1e-7);
            assertEquals(FiniteDifferences.partial(m::validationLoss, theta, i, h), m.validationGradient(theta)[i], 1e-7);
        }
    }

    @Test
    void hoagAndNeumannMatchFiniteDifferencesOfTheRetrainedValidationLoss() {
        double[] lambda = {0.05, 0.2, 0.01};
        SoftmaxRegression m = model(lambda);
        double[] theta = train(m);
        double[] fd = FiniteDifferences.gradientRelative(l -> {
            SoftmaxRegression retrained = model(l);
            return retrained.validationLoss(train(retrained));
        }, lambda, 1e-4);
        double scale = FiniteDifferences.maxAbs(fd);
        double[] hoag = new HypergradientSolver(1e-12, 1000, 50, 30).hypergradient(m, theta, HypergradientMethod.HOAG)
                .gradient();
        assertArrayEquals(fd, hoag, 1e-3 * scale);
        double[] neumann = new HypergradientSolver(1e-12, 1000, 3000, 30)
                .hypergradient(m, theta, HypergradientMethod.NEUMANN).gradient();
        assertArrayEquals(fd, neumann, 2e-2 * scale);
    }

    @Test
    void greedyIsTheDerivativeOfOneTrainingStep() {
        double[] lambda = {0.05, 0.2, 0.01};
        SoftmaxRegression m = model(lambda);
        double[] theta = point(m.parameters());
        HypergradientSolver.Result r = HypergradientSolver.DEFAULT.hypergradient(m, theta, HypergradientMethod.GREEDY);
        double[] fd = FiniteDifferences.gradient(l -> stepLoss(model(l), theta, r.eta()), lambda, j -> 1e-6);
        assertArrayEquals(fd, r.gradient(), 1e-7);
    }

    /** Reverse mode through 40 momentum steps equals central differences of the 40-step validation loss. */
    @Test
    void unrolledMatchesFiniteDifferencesOfTheTStepValidationLoss() {
        double[] lambda = {0.05, 0.2, 0.01};
        SoftmaxRegression m = model(lambda);
        double[] zero = new double[m.parameters()];
        double eta = 1.0 / NeumannSeries.largestEigenvalue(v -> m.hessianVector(zero, v), m.parameters(), 30);
        UnrolledSettings s = new UnrolledSettings(40, eta, 0.9, UnrolledSettings.Init.SEED, 0.2);
        UnrolledTrajectory run = UnrolledTrajectory.train(m, s, 3);
        double[] g = run.hypergradient().gradient();
        // step 1e-6 λ: the 40-step loss is very curved in λ, the error fell as h² down to here
        double[] fd = FiniteDifferences.gradientRelative(l -> {
            SoftmaxRegression ml = model(l);
            return ml.validationLoss(UnrolledTrajectory.train(ml, s, 3).weights());
        }, lambda, 1e-6);
        double scale = FiniteDifferences.maxAbs(fd);
        assertArrayEquals(fd, g, 1e-6 * scale); // of the largest component; measured 5e-9 (h = 1e-5 λ: 4.7e-7)
        assertEquals(m.validationLoss(run.weights()), run.hypergradient().validationLoss(), 0);
    }

    private static double stepLoss(SoftmaxRegression m, double[] theta, double eta) {
        double[] g = m.trainGradient(theta);
        double[] s = theta.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] -= eta * g[i];
        }
        return m.validationLoss(s);
    }
}

package org.xhpo.analysis.shap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.xhpo.study.Direction;

class ShapleyTest {
    private static double[][] uniform(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = r.nextDouble();
            }
        }
        return x;
    }

    private static double[] means(double[][] bg) {
        double[] m = new double[bg[0].length];
        for (double[] b : bg) {
            for (int j = 0; j < m.length; j++) {
                m[j] += b[j] / bg.length;
            }
        }
        return m;
    }

    @Test
    void linearModelHasTheClosedFormValues() {
        // interventional SHAP of f = b + Σ w_i x_i is φ_i = w_i (x_i − mean_bg x_i) (Lundberg & Lee 2017, §5.1)
        double[] w = {2, -1, 0.5, 0, 3};
        ToDoubleFunction<double[]> f = v -> {
            double s = 1.5;
            for (int i = 0; i < w.length; i++) {
                s += w[i] * v[i];
            }
            return s;
        };
        double[][] bg = uniform(30, 5, 1);
        double[] mu = means(bg);
        double[] x = {0.9, 0.1, 0.5, 0.7, 0.2};
        double[] expected = new double[5];
        for (int i = 0; i < 5; i++) {
            expected[i] = w[i] * (x[i] - mu[i]);
        }
        assertArrayEquals(expected, new ExactShapley(bg).explain(f, x), 1e-12);
        assertArrayEquals(expected, new KernelShap(bg, 200, 3).explain(f, x), 1e-9);
        assertArrayEquals(expected, new KernelShap(bg, 0, 3).explainEnumerated(f, x), 1e-9);
    }

    @Test
    void pureInteractionSplitsAsTheClosedForm() {
        // f = x1·x2 with background means a, b: φ_1 = ½[(x1x2 − a·x2) + (x1·b − a·b)], φ_2 symmetric
        ToDoubleFunction<double[]> f = v -> v[0] * v[1];
        double[][] bg = uniform(40, 2, 2);
        double a = 0;
        double b = 0;
        double ab = 0;
        for (double[] r : bg) {
            a += r[0] / bg.length;
            b += r[1] / bg.length;
            ab += r[0] * r[1] / bg.length;
        }
        double[] x = {0.8, 0.3};
        double phi1 = 0.5 * ((x[0] * x[1] - a * x[1]) + (x[0] * b - ab));
        double phi2 = 0.5 * ((x[0] * x[1] - x[0] * b) + (a * x[1] - ab));
        assertArrayEquals(new double[] {phi1, phi2}, new ExactShapley(bg).explain(f, x), 1e-12);
    }

    @Test
    void efficiencySymmetryAndDummy() {
        ToDoubleFunction<double[]> f = v -> Math.sin(3 * v[0]) * v[1] + Math.exp(v[2]) + v[1] * v[1] + 0 * v[3]
                + Math.sin(3 * v[4]) * v[1];
        double[][] bg = uniform(25, 5, 4);
        for (double[] b : bg) {
            b[4] = b[0]; // features 0 and 4 exchangeable in f and in the background
        }
        ExactShapley ex = new ExactShapley(bg);
        double[] x = {0.3, 0.9, 0.4, 0.6, 0.3};
        double[] phi = ex.explain(f, x);
        double sum = 0;
        for (double p : phi) {
            sum += p;
        }
        double fx = f.applyAsDouble(x);
        assertEquals(fx - ex.baseValue(f), sum, 1e-12, "efficiency: Σφ = f(x) − E_bg f");
        assertEquals(0.0, phi[3], 1e-12, "dummy feature");
        assertEquals(phi[0], phi[4], 1e-12, "symmetric features with equal values");
        assertArrayEquals(phi, new KernelShap(bg, 0, 1).explainEnumerated(f, x), 1e-9, "Kernel SHAP, all coalitions");
    }

    @Test
    void sampledKernelShapApproachesExactAtTenDimensions() {
        ToDoubleFunction<double[]> f = v -> {
            double s = 0;
            for (int i = 0; i < v.length; i++) {
                s += (i + 1) * Math.sin(2 * v[i]) + 0.5 * v[i] * v[(i + 1) % v.length];
            }
            return s;
        };
        double[][] bg = uniform(20, 10, 5);
        double[] x = uniform(1, 10, 6)[0];
        double[] exact = new ExactShapley(bg).explain(f, x);
        double[] approx = new KernelShap(bg, 2000, 7).explain(f, x);
        for (int i = 0; i < 10; i++) {
            assertEquals(exact[i], approx[i], 0.05 + 0.05 * Math.abs(exact[i]), "feature " + i);
        }
    }

    @Test
    void ensembleLearnsAndShapRanksAndFlagsNoise() {
        int n = 300;
        double[][] x = uniform(n, 4, 8);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.sin(2 * Math.PI * x[i][0]) + 0.5 * x[i][1];
        }
        MlpEnsemble e = MlpEnsemble.fit(x, y, 3, 32, 300, 11);
        assertTrue(e.heldOutR2() > 0.9, "held-out R² " + e.heldOutR2());
        double[][] rows = java.util.Arrays.copyOf(x, 80);
        double[][] bg = java.util.Arrays.copyOfRange(x, 100, 116);
        ShapExplainer.ShapMatrix m = ShapExplainer.explain(e, rows, bg, 3);
        double sd = 0;
        double mu = 0;
        for (double v : y) {
            mu += v / n;
        }
        for (double v : y) {
            sd += (v - mu) * (v - mu) / n;
        }
        sd = Math.sqrt(sd);
        ShapDependence[] dep = new ShapDependence[4];
        for (int j = 0; j < 4; j++) {
            double[] u = new double[rows.length];
            double[] s = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                u[i] = rows[i][j];
                s[i] = m.mean()[i][j];
            }
            dep[j] = ShapDependence.of(u, s, 10, sd, Direction.MINIMIZE);
        }
        assertTrue(dep[0].meanAbs() > dep[1].meanAbs() && dep[1].meanAbs() > 2 * Math.max(dep[2].meanAbs(), dep[3].meanAbs()),
                dep[0].meanAbs() + " " + dep[1].meanAbs() + " " + dep[2].meanAbs() + " " + dep[3].meanAbs());
        assertTrue(dep[2].fixable() && dep[3].fixable() && !dep[0].fixable());
        // sin(2πu) is lowest for u in (0.5, 1): the favourable range of x0 when minimizing lies there
        assertTrue(dep[0].rangeLow() > 0.4 && dep[0].rangeHigh() > 0.85, dep[0].rangeLow() + ".." + dep[0].rangeHigh());
        MlpEnsemble again = MlpEnsemble.fit(x, y, 3, 32, 300, 11);
        assertEquals(e.predict(x[5]), again.predict(x[5]), 0.0, "same seed, same meta-model");
        assertTrue(e.predict(x[5]) != MlpEnsemble.fit(x, y, 3, 32, 300, 12).predict(x[5]));
    }
}

package org.xhpo.sampler.fi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SgdMlpModelTest {

    /** A network trained a little on y = sin(3 x1) − x2² + x3 so its weights are not at their start. */
    private static SgdMlpModel trained(long seed) {
        SgdMlpModel m = new SgdMlpModel(3, 8, new SplittableRandom(seed));
        SplittableRandom rng = new SplittableRandom(seed + 1);
        double[][] x = new double[64][];
        double[] y = new double[64];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()};
            y[i] = Math.sin(3 * x[i][0]) - x[i][1] * x[i][1] + x[i][2];
        }
        for (int epoch = 0; epoch < 200; epoch++) {
            m.partialFit(x, y);
        }
        return m;
    }

    @Test
    void importanceIsTheInputGradientByCentralDifferences() {
        // Reference: central differences (f(x + h e_j) − f(x − h e_j)) / 2h with h = 1e-6, whose
        // truncation error O(h²) and rounding error O(1e-16/h) are far below the 1e-5 tolerance.
        for (long seed = 1; seed <= 5; seed++) {
            SgdMlpModel m = trained(seed);
            SplittableRandom rng = new SplittableRandom(100 + seed);
            for (int point = 0; point < 5; point++) {
                double[] at = {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()};
                double[] grad = m.importance(at);
                double h = 1e-6;
                for (int j = 0; j < 3; j++) {
                    double[] up = at.clone();
                    double[] down = at.clone();
                    up[j] += h;
                    down[j] -= h;
                    double fd = (m.predict(up) - m.predict(down)) / (2 * h);
                    assertEquals(fd, grad[j], 1e-5 * Math.max(Math.abs(fd), 1e-3),
                            "seed " + seed + ", point " + point + ", input " + j);
                }
            }
        }
    }

    @Test
    void learnsTheSignsOfALinearTarget() {
        // standardized y = 2 x1 − 3 x2 (+ const): ∂p/∂x1 > 0 and ∂p/∂x2 < 0 at the centre
        SgdMlpModel m = new SgdMlpModel(2, 16, new SplittableRandom(3));
        SplittableRandom rng = new SplittableRandom(4);
        double[][] x = new double[100][];
        double[] y = new double[100];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {rng.nextDouble(), rng.nextDouble()};
            y[i] = (2 * x[i][0] - 3 * x[i][1] + 0.5) / Math.sqrt(13.0 / 12);
        }
        for (int epoch = 0; epoch < 300; epoch++) {
            m.partialFit(x, y);
        }
        double[] g = m.importance(new double[] {0.5, 0.5});
        assertTrue(g[0] > 0.5 && g[1] < -0.5, "gradient " + g[0] + ", " + g[1]);
    }
}

package org.xhpo.sampler.tpe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

/** The TPE building blocks against independent implementations and closed forms. */
class TpeMathTest {
    @Test
    void erfcMatchesCommonsMath() {
        // commons-math3 Erf.erfc (continued fraction of the incomplete gamma) is the reference
        for (double x = -4; x <= 4; x += 0.01) {
            assertEquals(Erf.erfc(x), TruncatedNormal.erfc(x), 1.2e-7 * Math.max(1e-3, Erf.erfc(x)) + 1e-9, "x=" + x);
        }
    }

    @Test
    void truncatedNormalDensityIntegratesToOne() {
        double[][] cases = {{0.5, 1.0}, {0.1, 0.05}, {0.0, 0.3}, {1.0, 0.02}, {0.7, 0.2}};
        for (double[] c : cases) {
            double lm = TruncatedNormal.logMass(c[0], c[1]);
            int m = 200_000;
            double sum = 0;
            for (int i = 0; i < m; i++) {
                double x = (i + 0.5) / m;
                sum += Math.exp(TruncatedNormal.logPdf(x, c[0], c[1], lm)) / m;
            }
            assertEquals(1.0, sum, 1e-5, "mu=" + c[0] + " sigma=" + c[1]);
        }
    }

    @Test
    void optunaDefaultWeights() {
        // Optuna 3.x _default_weights(30) = concat(linspace(1/30, 1, 5), ones(25))
        double[] w = TpeSampler.weights(30);
        double[] ramp = {1.0 / 30, 1.0 / 30 + (1 - 1.0 / 30) / 4, 1.0 / 30 + (1 - 1.0 / 30) / 2,
            1.0 / 30 + 3 * (1 - 1.0 / 30) / 4, 1.0};
        for (int i = 0; i < 5; i++) {
            assertEquals(ramp[i], w[i], 1e-15);
        }
        for (int i = 5; i < 30; i++) {
            assertEquals(1.0, w[i]);
        }
        assertArrayEquals(new double[] {1, 1, 1}, TpeSampler.weights(3));
    }

    @Test
    void parzenMixtureIsANormalizedDensityAndMassFunction() {
        double[][] obs = {{0.1, 0}, {0.15, 1}, {0.8, 2}, {0.5, 1}};
        ParzenEstimator pe = new ParzenEstimator(obs, new double[] {1, 1, 1, 1}, new int[] {0, 3}, 1.0);
        int m = 20_000;
        double total = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < m; i++) {
                total += Math.exp(pe.logDensity(new double[] {(i + 0.5) / m, c})) / m;
            }
        }
        assertEquals(1.0, total, 1e-4);
        ParzenEstimator uni = new ParzenEstimator(new double[][] {{0.2}, {0.25}, {0.9}}, new double[] {1, 1, 1},
                new int[] {0}, 1.0);
        double s = 0;
        for (int i = 0; i < m; i++) {
            s += Math.exp(uni.logDensity(new double[] {(i + 0.5) / m})) / m;
        }
        assertEquals(1.0, s, 1e-4);
        // samples follow the density: mean of draws ≈ ∫ x l(x) dx
        SplittableRandom rng = new SplittableRandom(3);
        double mean = 0;
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            mean += uni.sample(rng)[0] / draws;
        }
        double expected = 0;
        for (int i = 0; i < m; i++) {
            double x = (i + 0.5) / m;
            expected += x * Math.exp(uni.logDensity(new double[] {x})) / m;
        }
        assertEquals(expected, mean, 0.005);
    }
}

package org.xhpo.sampler.fi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SgdLinearModelTest {

    @Test
    void invscalingRateIsEta0OverTToThePowerT() {
        InverseScalingRate r = InverseScalingRate.SKLEARN_DEFAULT;
        // η(t) = 0.01 / t^0.25: 16^0.25 = 2, 10000^0.25 = 10
        assertEquals(0.01, r.at(1), 0.0);
        assertEquals(0.005, r.at(16), 1e-15);
        assertEquals(0.001, r.at(10_000), 1e-15);
        assertEquals(0.01 / Math.pow(12_345, 0.25), r.at(12_345), 1e-15);
    }

    @Test
    void firstStepsFollowSklearnPlainSgdByHand() {
        SgdLinearModel m = new SgdLinearModel(2);
        m.partialFit(new double[][] {{1, 2}}, new double[] {3});
        // t = 1, η = 0.01, p = 0, g = p − y = −3, update = −η g = 0.03; w was 0 so the shrink is moot
        assertArrayEquals(new double[] {0.03, 0.06}, m.coefficients(), 1e-15);
        assertEquals(0.03, m.intercept(), 1e-15);
        m.partialFit(new double[][] {{0.5, -1}}, new double[] {1});
        // t = 2, η = 0.01/2^0.25, p = 0.03·0.5 − 0.06 + 0.03 = −0.015, g = −1.015,
        // w ← (1 − η·1e-4) w − η g x, b ← b − η g (warm start: t continues from the first call)
        double eta = 0.01 / Math.pow(2, 0.25);
        double shrink = 1 - eta * 1e-4;
        double g = -1.015;
        assertArrayEquals(new double[] {shrink * 0.03 - eta * g * 0.5, shrink * 0.06 + eta * g},
                m.coefficients(), 1e-15);
        assertEquals(0.03 - eta * g, m.intercept(), 1e-15);
        assertEquals(3, m.step());
    }

    @Test
    void convergesToTheStandardizedTargetOlsSolution() {
        // Noiseless y = 2 x1 − 3 x2 + 1 on the full 11 × 11 grid {0, 0.1, …, 1}².
        // Over the grid x1 and x2 are uncorrelated with population variance
        // 0.1² (11² − 1)/12 = 0.1 each, so mean(y) = 2·0.5 − 3·0.5 + 1 = 0.5 and
        // var(y) = 4·0.1 + 9·0.1 = 1.3. With ỹ = (y − 0.5)/√1.3 the OLS solution is
        // w = (2, −3)/√1.3 = (1.754116, −2.631174), b = (1 − 0.5)/√1.3 = 0.438529.
        // (sklearn's L2 term moves the fixed point to w·0.1/(0.1 + 1e-4), i.e. by < 3e-3.)
        int side = 11;
        double[][] x = new double[side * side][];
        double[] y = new double[x.length];
        double sd = Math.sqrt(1.3);
        for (int a = 0; a < side; a++) {
            for (int c = 0; c < side; c++) {
                double x1 = a / 10.0;
                double x2 = c / 10.0;
                x[a * side + c] = new double[] {x1, x2};
                y[a * side + c] = (2 * x1 - 3 * x2 + 1 - 0.5) / sd;
            }
        }
        SgdLinearModel m = new SgdLinearModel(2);
        SplittableRandom rng = new SplittableRandom(7);
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[][] xe = new double[x.length][];
        double[] ye = new double[x.length];
        for (int epoch = 0; epoch < 8000; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i = 0; i < order.length; i++) {
                xe[i] = x[order[i]];
                ye[i] = y[order[i]];
            }
            m.partialFit(xe, ye);
        }
        assertArrayEquals(new double[] {2 / sd, -3 / sd}, m.coefficients(), 1e-2);
        assertEquals(0.5 / sd, m.intercept(), 1e-2);
        // and closer still to the ridge fixed point
        double shrink = 0.1 / (0.1 + 1e-4);
        assertArrayEquals(new double[] {2 / sd * shrink, -3 / sd * shrink}, m.coefficients(), 2e-3);
        assertArrayEquals(m.coefficients(), m.importance(new double[] {0.3, 0.9}), 0.0);
    }
}

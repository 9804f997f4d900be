package org.xhpo.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The KS log-scale rule: uniform samples spanning decades stay linear, log-uniform ones become log. */
class ScaleTestTest {
    @Test
    void theDistanceIsTheKolmogorovSmirnovStatistic() {
        // sorted u = 0, 0.5, 1 on [0, 1]: max over i of (i/3 - u_i, u_i - (i-1)/3) = max(1/3, 1/6, 1/3 ...) = 1/3
        assertEquals(1.0 / 3, ScaleTest.distanceToUniform(new double[] {1, 0, 0.5}), 1e-15);
        // 0, 0.1, 1: i=2: 2/3 - 0.1 = 0.5667
        assertEquals(2.0 / 3 - 0.1, ScaleTest.distanceToUniform(new double[] {0, 0.1, 1}), 1e-15);
    }

    @Test
    void uniformNearZeroStaysLinearAndLogUniformBecomesLog() {
        SplittableRandom rng = new SplittableRandom(1);
        int linearWrong = 0;
        int logWrong = 0;
        for (int rep = 0; rep < 50; rep++) {
            double[] uni = new double[100];
            double[] logu = new double[100];
            for (int i = 0; i < 100; i++) {
                uni[i] = 1e-4 + rng.nextDouble() * (1 - 1e-4);          // the case: 4 decades, uniform
                logu[i] = Math.exp(Math.log(1e-5) + rng.nextDouble() * Math.log(1e4));
            }
            linearWrong += ScaleTest.isLogScale(uni) ? 1 : 0;
            logWrong += ScaleTest.isLogScale(logu) ? 0 : 1;
        }
        assertEquals(0, linearWrong);
        assertEquals(0, logWrong);
        assertFalse(ScaleTest.isLogScale(new double[] {-1, 1, 2, 3}), "non-positive values are never log");
        assertTrue(ScaleTest.isLogScale(new double[] {1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 3e-5, 3e-4, 3e-3, 3e-2, 2e-5}));
    }
}

package org.xhpo.objective.sdcmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DiffusionGeneratorTest {

    @Test
    void cosineScheduleReachesNoiseForFewSteps() {
        for (int steps : new int[] {2, 13, 19, 50}) {
            double[] beta = new double[steps + 1];
            double[] ab = new double[steps + 1];
            DiffusionGenerator.cosineSchedule(steps, beta, ab);
            assertTrue(ab[steps] < 1e-3, "alpha-bar_T " + ab[steps] + " for " + steps + " steps");
            for (int t = 1; t <= steps; t++) {
                assertTrue(beta[t] > 0 && beta[t] <= 0.999);
                assertEquals(ab[t - 1] * (1 - beta[t]), ab[t], 1e-15);
            }
        }
        // Nichol and Dhariwal's closed form at t = T/2: cos²((½+s)/(1+s)·π/2)/cos²(s/(1+s)·π/2)
        double[] beta = new double[21];
        double[] ab = new double[21];
        DiffusionGenerator.cosineSchedule(20, beta, ab);
        double s = 0.008;
        double expected = Math.pow(Math.cos((0.5 + s) / (1 + s) * Math.PI / 2), 2) / Math.pow(Math.cos(s / (1 + s) * Math.PI / 2), 2);
        assertEquals(expected, ab[10], 1e-12);
    }

    @Test
    void learnsTheLocationAndSpreadOfItsTrainingSet() {
        SplittableRandom rng = new SplittableRandom(1);
        int n = 1000;
        double[] x = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = 1.2 + 0.05 * rng.nextGaussian();
            x[2 * i + 1] = 0.4 + 0.2 * rng.nextGaussian();
        }
        DiffusionGenerator g = new DiffusionGenerator(x, new DiffusionGenerator.DiffusionSettings(20, 2, 32, 5e-3, 64, 30, 0.0),
                new SplittableRandom(2), () -> false);
        double[] s = g.sample(2000, new SplittableRandom(3));
        double m1 = 0;
        double m2 = 0;
        for (int i = 0; i < 2000; i++) {
            m1 += s[2 * i] / 2000;
            m2 += s[2 * i + 1] / 2000;
        }
        double v1 = 0;
        double v2 = 0;
        for (int i = 0; i < 2000; i++) {
            v1 += (s[2 * i] - m1) * (s[2 * i] - m1) / 2000;
            v2 += (s[2 * i + 1] - m2) * (s[2 * i + 1] - m2) / 2000;
        }
        assertEquals(1.2, m1, 0.03);
        assertEquals(0.4, m2, 0.06);
        assertEquals(0.05, Math.sqrt(v1), 0.025);
        assertEquals(0.2, Math.sqrt(v2), 0.07);
    }
}

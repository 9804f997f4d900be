package org.xhpo.objective.sdcmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InputDivergenceTest {

    @Test
    void exactDrawsScoreFarBelowThePrior() {
        double[][] exact = InputDivergence.referenceSample(1000, new SplittableRandom(1));
        for (int i = 0; i < 1000; i++) {
            double y = RosenbrockInversion.model(exact[0][i], exact[1][i]);
            assertTrue(Math.abs(y - 250) < 60, "an exact draw maps to " + y);
        }
        SplittableRandom rng = new SplittableRandom(2);
        double[] p1 = new double[1000];
        double[] p2 = new double[1000];
        for (int i = 0; i < 1000; i++) {
            p1[i] = 2 * rng.nextDouble();
            p2[i] = 2 * rng.nextDouble();
        }
        double floor = InputDivergence.toReference(exact[0], exact[1]);
        double prior = InputDivergence.toReference(p1, p2);
        assertTrue(floor < 0.05, "exact draws: JS " + floor);
        assertTrue(prior > 0.3, "prior draws: JS " + prior);
        // a sample on only one half of the band is penalized
        int half = 0;
        double[] h1 = new double[1000];
        double[] h2 = new double[1000];
        for (int i = 0; i < 1000 && half < 1000; i++) {
            if (exact[0][i] < 0.8) {
                h1[half] = exact[0][i];
                h2[half] = exact[1][i];
                half++;
            }
        }
        double partial = InputDivergence.toReference(java.util.Arrays.copyOf(h1, half), java.util.Arrays.copyOf(h2, half));
        assertTrue(partial > floor + 0.05, "half-band JS " + partial + " vs floor " + floor);
        // the output law of exact draws is the target: the output JS is near 0
        double[] inter = new double[2000];
        for (int i = 0; i < 1000; i++) {
            inter[2 * i] = exact[0][i];
            inter[2 * i + 1] = exact[1][i];
        }
        assertEquals(0.0, InversionPipeline.outputDivergence(inter), 0.01);
    }
}

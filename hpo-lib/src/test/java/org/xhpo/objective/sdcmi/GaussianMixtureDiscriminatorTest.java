package org.xhpo.objective.sdcmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class GaussianMixtureDiscriminatorTest {

    @Test
    void recoversATwoComponentMixture() {
        SplittableRandom rng = new SplittableRandom(4);
        double[] y = new double[6000];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 3 == 0 ? 100 + 5 * rng.nextGaussian() : 200 + 20 * rng.nextGaussian();
        }
        GaussianMixtureDiscriminator gmm = new GaussianMixtureDiscriminator(2, 0.4, 1e-8, 500);
        DoubleUnaryOperator logq = gmm.fitLogDensity(y, new SplittableRandom(1));
        for (double v : new double[] {90, 100, 150, 200, 240}) {
            double truth = (1.0 / 3) * normal(v, 100, 5) + (2.0 / 3) * normal(v, 200, 20);
            assertEquals(Math.log(truth), logq.applyAsDouble(v), 0.1, "log density at " + v);
        }
    }

    @Test
    void stopsOnTheLikelihoodTolerance() {
        SplittableRandom rng = new SplittableRandom(2);
        double[] y = new double[500];
        for (int i = 0; i < y.length; i++) {
            y[i] = rng.nextGaussian();
        }
        int loose = new GaussianMixtureDiscriminator(5, 0.4, 1.0, 1000).fit(y, new SplittableRandom(3)).iterations();
        int tight = new GaussianMixtureDiscriminator(5, 0.4, 1e-9, 1000).fit(y, new SplittableRandom(3)).iterations();
        int capped = new GaussianMixtureDiscriminator(5, 0.4, 1e-12, 7).fit(y, new SplittableRandom(3)).iterations();
        assertEquals(2, loose);
        assertTrue(tight > 10, "iterations " + tight);
        assertEquals(7, capped);
    }

    @Test
    void refusesBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new GaussianMixtureDiscriminator(0, 0.4, 1e-3, 10));
        assertThrows(IllegalArgumentException.class, () -> new GaussianMixtureDiscriminator(2, -1, 1e-3, 10));
    }

    static double normal(double x, double m, double s) {
        double u = (x - m) / s;
        return Math.exp(-0.5 * u * u) / (s * Math.sqrt(2 * Math.PI));
    }
}

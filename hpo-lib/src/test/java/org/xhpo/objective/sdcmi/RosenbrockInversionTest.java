package org.xhpo.objective.sdcmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RosenbrockInversionTest {

    @Test
    void pushForwardDensityMatchesMonteCarlo() {
        SplittableRandom rng = new SplittableRandom(1);
        int n = 2_000_000;
        int hits = 0;
        for (int i = 0; i < n; i++) {
            double y = RosenbrockInversion.model(2 * rng.nextDouble(), 2 * rng.nextDouble());
            if (y >= 240 && y < 260) {
                hits++;
            }
        }
        double mass = 0;
        for (int i = 0; i < 80; i++) {
            mass += RosenbrockInversion.pushForwardDensity(240 + (i + 0.5) * 0.25) * 0.25;
        }
        double mc = (double) hits / n;
        assertEquals(mc, mass, 4 * Math.sqrt(mc / n) + 1e-4, "P(240 <= Y < 260)");
    }

    @Test
    void updatedDensityIsANormalizedDensity() {
        int g = 1000;
        double cell = 2.0 / g;
        double total = 0;
        for (int a = 0; a < g; a++) {
            for (int b = 0; b < g; b++) {
                total += RosenbrockInversion.updatedDensity((a + 0.5) * cell, (b + 0.5) * cell) * cell * cell;
            }
        }
        assertEquals(1.0, total, 0.02);
    }

    @Test
    void modelHasTheRosenbrockValues() {
        assertEquals(0.0, RosenbrockInversion.model(1, 1), 0);
        assertEquals(1601.0, RosenbrockInversion.model(2, 0), 1e-12);
        assertEquals(401.0, RosenbrockInversion.model(0, 2), 1e-12);
    }
}

package org.xhpo.sampler.fi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StepLadderTest {
    @Test
    void pointsLieOnTheLineAtHalvingStepsAndTheLastOnTheEdge() {
        double[] origin = {0.5, 0.2, 0.9};
        double[] delta = {0.02, -0.01, 0.0};
        double[][] p = StepLadder.points(origin, delta, 4);
        // u = Δ/‖Δ‖∞ = (1, −0.5, 0); t_max = min((1 − 0.5)/1, (0.2 − 0.001)/0.5) = 0.398
        double tMax = 0.398;
        for (int i = 0; i < 4; i++) {
            double t = tMax / Math.pow(2, 3 - i);
            assertArrayEquals(new double[] {0.5 + t, 0.2 - 0.5 * t, 0.9}, p[i], 1e-12, "point " + i);
        }
        assertEquals(ImportanceTrajectory.LAMBDA_MIN, p[3][1], 1e-12);
    }

    @Test
    void componentsPushingAgainstTheBoundTheOriginIsOnAreDropped() {
        double[] origin = {1.0, 0.5};
        double[][] p = StepLadder.points(origin, new double[] {0.3, -0.1}, 2);
        // only x1 moves: u = (0, −1), t_max = 0.499
        assertArrayEquals(new double[] {1.0, 0.5 - 0.2495}, p[0], 1e-12);
        assertArrayEquals(new double[] {1.0, ImportanceTrajectory.LAMBDA_MIN}, p[1], 1e-12);
    }

    @Test
    void noMoveGivesNoPoints() {
        assertEquals(0, StepLadder.points(new double[] {0.3, 0.4}, new double[] {0, 1e-15}, 8).length);
        assertEquals(0, StepLadder.points(new double[] {1.0, 1e-3}, new double[] {0.1, -0.2}, 8).length);
    }
}

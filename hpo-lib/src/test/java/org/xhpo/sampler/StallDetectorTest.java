package org.xhpo.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stall position, counted by hand on short loss sequences. */
class StallDetectorTest {
    private static StallDetector told(int after, int window, double tolerance, double... losses) {
        StallDetector d = new StallDetector(after, window, tolerance);
        for (int i = 0; i < losses.length; i++) {
            d.add(i, losses[i]);
        }
        return d;
    }

    @Test
    void aStallIsWindowTrialsAfterTheLastImprovement() {
        // improvements at ok trials 1, 2, 3; the window of 3 is full at trial 6
        assertEquals(6, told(1, 3, 0, 5, 4, 3, 3.5, 9, 3).stalledAt());
        assertEquals(0, told(1, 3, 0, 5, 4, 3, 3.5, 9).stalledAt());
        // an improvement at trial 5 restarts the count: full at trial 8
        assertEquals(8, told(1, 3, 0, 5, 4, 3, 3.5, 2, 6, 7, 8).stalledAt());
    }

    @Test
    void noStallIsFoundBeforeAfter() {
        double[] flat = {1, 2, 2, 2, 2, 2, 2, 2};
        assertEquals(3, told(1, 2, 0, flat).stalledAt());
        assertEquals(6, told(6, 2, 0, flat).stalledAt());
    }

    @Test
    void improvementsBelowTheToleranceDoNotCount() {
        // spread after trial 2 is 10 − 0 = 10; 0.5·10 = 5: dropping 0 → −1 is not an improvement
        double[] creep = {10, 0, -1, -2, -3};
        assertEquals(0, told(1, 3, 0, creep).stalledAt());
        assertEquals(5, told(1, 3, 0.5, creep).stalledAt());
    }

    @Test
    void theStallStaysAndDependsOnIdsNotOnTheOrderOfTelling() {
        double[] losses = {5, 4, 4, 4, 4, 1, 0, -1};
        assertEquals(5, told(1, 3, 0, losses).stalledAt());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < losses.length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        StallDetector shuffled = new StallDetector(1, 3, 0);
        for (int i : order) {
            shuffled.add(i, losses[i]);
        }
        assertEquals(5, shuffled.stalledAt());
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StallDetector(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new StallDetector(1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new StallDetector(1, 1, -0.1));
    }
}

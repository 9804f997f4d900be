package org.xhpo.sampler.fi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RestartRuleTest {
    @Test
    void restartsAfterPatienceProbesWithoutANewBest() {
        RestartRule rule = new RestartRule(16);
        double[] interior = {0.4, 0.6};
        rule.startAt(interior);
        assertFalse(rule.stalledAt(8, interior));
        assertEquals(8, rule.stalled());
        assertTrue(rule.stalledAt(8, interior));
        rule.startAt(interior); // a new best or a restart resets the count
        assertEquals(0, rule.stalled());
        assertFalse(rule.stalledAt(15, interior));
    }

    @Test
    void restartsWhenThePathReachesABoundItDidNotStartOn() {
        RestartRule rule = new RestartRule(100);
        rule.startAt(new double[] {0.4, 1.0});
        assertFalse(rule.stalledAt(1, new double[] {0.3, 1.0}), "staying on the starting bound is not a hit");
        assertTrue(rule.stalledAt(1, new double[] {ImportanceTrajectory.LAMBDA_MIN, 1.0}));
        assertTrue(rule.hitsBound(new double[] {0.4, ImportanceTrajectory.LAMBDA_MIN}));
        assertTrue(rule.hitsBound(new double[] {1.0, 0.5}));
        assertFalse(rule.hitsBound(new double[] {0.999, 0.5}));
    }
}

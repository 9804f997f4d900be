package org.xhpo.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xhpo.objective.diagnostic.FlakyObjective;
import org.xhpo.space.Configuration;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/** Every outcome of an evaluation becomes a result; nothing escapes the runner. */
class TrialRunnerTest {
    private static Trial trial(long id) {
        return new Trial(id, 0, 99, new Configuration(Map.of("x", 2.0)));
    }

    @Test
    void okValueIsRecorded() {
        TrialResult r = new TrialRunner(new FlakyObjective(Map.of("throw_every", 0)), 0, "t").run(trial(4));
        assertEquals(TrialStatus.OK, r.status());
        assertEquals(4.0, r.value());
        assertEquals("t", r.executorId());
        assertTrue(r.durationSeconds() >= 0);
    }

    @Test
    void exceptionBecomesFailedWithMessage() {
        TrialResult r = new TrialRunner(new FlakyObjective(Map.of("throw_every", 2, "throw_offset", 1)), 0, "t").run(trial(3));
        assertEquals(TrialStatus.FAILED, r.status());
        assertTrue(Double.isNaN(r.value()));
        assertTrue(r.error().contains("fails trial 3 on purpose"), r.error());
    }

    @Test
    void nonFiniteValueFails() {
        TrialResult r = new TrialRunner(new FlakyObjective(Map.of("throw_every", 0, "nan_every", 1)), 0, "t").run(trial(5));
        assertEquals(TrialStatus.FAILED, r.status());
        assertTrue(r.error().contains("non-finite"), r.error());
    }

    @Test
    void outOfMemoryInTheObjectiveFailsOnlyTheTrial() {
        Objective hog = (c, ctx) -> {
            long[] huge = new long[Integer.MAX_VALUE - 16]; // 16 GiB: more than any test heap
            return Evaluation.of(huge.length);
        };
        TrialResult r = new TrialRunner(hog, 0, "t").run(trial(1));
        assertEquals(TrialStatus.FAILED, r.status());
        assertTrue(r.error().contains("OutOfMemoryError"), r.error());
    }

    @Test
    void hangingObjectiveTimesOutAndIsCancelled() {
        long t0 = System.nanoTime();
        TrialResult r = new TrialRunner(new FlakyObjective(Map.of("throw_every", 0, "hang_every", 1)), 0.2, "t").run(trial(7));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(TrialStatus.TIMEOUT, r.status());
        assertTrue(r.error().contains("trial_timeout"), r.error());
        assertTrue(seconds < 5, "took " + seconds + " s");
    }
}

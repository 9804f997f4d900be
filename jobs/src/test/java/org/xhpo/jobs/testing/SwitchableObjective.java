package org.xhpo.jobs.testing;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.Objective;
import org.xhpo.space.Configuration;

/**
 * A user objective (named by class in configs) whose bug can be "fixed" between two runs: while
 * {@link #BROKEN} is set every evaluation throws. Local-mode executors share the test JVM.
 */
public final class SwitchableObjective implements Objective {
    /** Whether evaluations fail. */
    public static final AtomicBoolean BROKEN = new AtomicBoolean(false);

    /** @param settings none */
    public SwitchableObjective(Map<String, Object> settings) {
    }

    @Override
    public Evaluation evaluate(Configuration config, org.xhpo.objective.TrialContext context) {
        if (BROKEN.get()) {
            throw new IllegalStateException("objective is broken");
        }
        return Evaluation.of(config.getDouble("x"));
    }
}

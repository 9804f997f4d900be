package org.xhpo.objective.diagnostic;

import java.util.Map;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.Objective;
import org.xhpo.objective.Settings;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.Configuration;

/**
 * Does no work: returns the sum of the numeric parameter values. Used to measure the sweep's own
 * overhead; has no default space, so the config declares one.
 */
public final class NoOpObjective implements Objective {

    /** @param settings none are accepted */
    public NoOpObjective(Map<String, Object> settings) {
        new Settings(settings, "objective.settings").allowOnly();
    }

    @Override
    public Evaluation evaluate(Configuration config, TrialContext context) {
        double s = 0;
        for (Object v : config.values().values()) {
            if (v instanceof Number n) {
                s += n.doubleValue();
            }
        }
        return Evaluation.of(s);
    }
}

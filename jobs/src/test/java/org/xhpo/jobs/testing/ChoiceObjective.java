package org.xhpo.jobs.testing;

import java.util.Map;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.Objective;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.Configuration;

/** A test objective where the categorical {@code opt} decides: {@code sgd} costs 0, anything else 1, plus 0.1·x. */
public final class ChoiceObjective implements Objective {
    /** @param settings none */
    public ChoiceObjective(Map<String, Object> settings) {
    }

    @Override
    public Evaluation evaluate(Configuration config, TrialContext context) {
        return Evaluation.of(("sgd".equals(config.get("opt")) ? 0.0 : 1.0) + 0.1 * config.getDouble("x"));
    }
}

package org.xhpo.objective;

import java.util.Optional;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * What runs on the executors: evaluates one configuration. Implementations are built on the
 * executor by {@link ObjectiveRegistry} from the config's settings, through a public constructor
 * taking {@code Map<String, Object>} settings, or a public no-argument constructor.
 */
public interface Objective {

    /**
     * Evaluates one configuration. Throwing, or returning a non-finite value, fails only this trial.
     */
    Evaluation evaluate(Configuration config, TrialContext context) throws Exception;

    /** The space to search when the config declares none (built-in functions provide one). */
    default Optional<SearchSpace> defaultSpace() {
        return Optional.empty();
    }

    /** The natural direction of the value when the config does not say. */
    default Direction defaultDirection() {
        return Direction.MINIMIZE;
    }
}

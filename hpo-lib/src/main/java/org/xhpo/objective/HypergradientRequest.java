package org.xhpo.objective;

import java.util.Optional;
import org.xhpo.hypergrad.HypergradientSpec;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * Adapts a {@link HypergradientObjective} so that every evaluation also returns its hypergradient
 * by the spec the sweep's {@code hypergradient} sampler names; built on the executor around the
 * objective the registry made.
 */
public final class HypergradientRequest implements Objective {
    private final HypergradientObjective objective;
    private final HypergradientSpec spec;

    private HypergradientRequest(HypergradientObjective objective, HypergradientSpec spec) {
        this.objective = objective;
        this.spec = spec;
    }

    /**
     * Wraps an objective; {@code spec == null} returns it unchanged.
     *
     * @throws IllegalArgumentException when a hypergradient is asked of an objective without hypergradients
     */
    public static Objective wrap(Objective objective, HypergradientSpec spec) {
        if (spec == null) {
            return objective;
        }
        if (!(objective instanceof HypergradientObjective h)) {
            throw new IllegalArgumentException("sampler: hypergradient needs an objective implementing "
                    + HypergradientObjective.class.getName() + ", got " + objective.getClass().getName());
        }
        return new HypergradientRequest(h, spec);
    }

    @Override
    public Evaluation evaluate(Configuration config, TrialContext context) throws Exception {
        return objective.evaluateWithHypergradient(config, context, spec);
    }

    @Override
    public Optional<SearchSpace> defaultSpace() {
        return objective.defaultSpace();
    }

    @Override
    public Direction defaultDirection() {
        return objective.defaultDirection();
    }
}

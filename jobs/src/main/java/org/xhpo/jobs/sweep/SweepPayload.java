package org.xhpo.jobs.sweep;

import java.io.Serializable;
import org.xhpo.objective.ObjectiveSpec;
import org.xhpo.space.SearchSpace;

/**
 * What the driver broadcasts to executors once per sweep: the search space and the objective's
 * spec and time limit. Small, immutable, serializable.
 *
 * @param space the search space
 * @param objective the objective's name and settings
 * @param trialTimeoutSeconds per-trial time limit, 0 for none
 * @param faults injected task failures (tests only)
 * @param hypergradient what the objective must compute for its hypergradient ({@code sampler: hypergradient}), or null
 */
public record SweepPayload(SearchSpace space, ObjectiveSpec objective, double trialTimeoutSeconds, TaskFaults faults,
                           org.xhpo.hypergrad.HypergradientSpec hypergradient)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}

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
 * @param artifacts the study's per-trial artifact directory ({@code STUDY/artifacts}) as a {@code file:} URI, or
 *     null when the study is not on the local file system (objectives then keep no artifacts)
 */
public record SweepPayload(SearchSpace space, ObjectiveSpec objective, double trialTimeoutSeconds, TaskFaults faults,
                           org.xhpo.hypergrad.HypergradientSpec hypergradient, String artifacts)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}

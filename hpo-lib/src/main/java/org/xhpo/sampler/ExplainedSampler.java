package org.xhpo.sampler;

import java.util.List;

/**
 * A sampler whose search is steered by explanations and says how: the sweep writes its decisions
 * as the {@code search_decisions} table beside the trials.
 */
public interface ExplainedSampler extends Sampler {

    /** The decisions taken so far, in stage order; a pure function of the told trials. */
    List<SearchDecision> decisions();
}

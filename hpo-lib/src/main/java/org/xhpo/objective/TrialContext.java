package org.xhpo.objective;

import java.util.function.BooleanSupplier;

/**
 * What an objective knows about the trial it evaluates.
 *
 * @param trialId the trial id
 * @param seed the seed all of the evaluation's randomness must come from
 * @param cancelled true once the trial has timed out; long evaluations should poll it and stop
 */
public record TrialContext(long trialId, long seed, BooleanSupplier cancelled) {
    /** A context that is never cancelled. */
    public static TrialContext of(long trialId, long seed) {
        return new TrialContext(trialId, seed, () -> false);
    }
}

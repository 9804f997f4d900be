package org.xhpo.objective;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * What an objective knows about the trial it evaluates.
 *
 * @param trialId the trial id
 * @param seed the seed all of the evaluation's randomness must come from
 * @param cancelled true once the trial has timed out; long evaluations should poll it and stop
 * @param artifacts the study's directory for per-trial artifact files ({@code STUDY/artifacts}, local
 *     file system), or null when the run keeps none (benchmarks, tests, a study on a non-local file system);
 *     an objective that writes there names its files after the trial ({@link #artifactFile})
 */
public record TrialContext(long trialId, long seed, BooleanSupplier cancelled, Path artifacts) {
    /** A context without an artifact directory. */
    public TrialContext(long trialId, long seed, BooleanSupplier cancelled) {
        this(trialId, seed, cancelled, null);
    }

    /** A context that is never cancelled. */
    public static TrialContext of(long trialId, long seed) {
        return new TrialContext(trialId, seed, () -> false);
    }

    /**
     * This trial's artifact file {@code trial-<id>.<extension>} in {@link #artifacts}.
     *
     * @throws IllegalStateException when the run keeps no artifacts (the trial fails with this message)
     */
    public Path artifactFile(String extension) {
        if (artifacts == null) {
            throw new IllegalStateException("this run has no artifact directory (per-trial artifacts are written"
                    + " under a study directory on the local file system, by xhpo run)");
        }
        return artifacts.resolve("trial-" + trialId + "." + extension);
    }
}

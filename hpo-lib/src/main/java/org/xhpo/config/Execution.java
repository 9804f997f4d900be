package org.xhpo.config;

import java.io.Serializable;

/**
 * How trials run on executors.
 *
 * @param trialsPerTask trials evaluated by one Spark task (1 = one task per trial; 0 = auto: at most
 *     four tasks per core, for balance)
 * @param trialTimeoutSeconds per-trial time limit, 0 = none
 * @param maxFailedFraction the sweep stops with an error once more than this fraction of its trials failed
 */
public record Execution(int trialsPerTask, double trialTimeoutSeconds, double maxFailedFraction)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Validates the settings. */
    public Execution {
        if (trialsPerTask < 0) {
            throw new ConfigException("execution.trials_per_task", "must be auto or >= 1, got " + trialsPerTask);
        }
        if (!(trialTimeoutSeconds >= 0) || Double.isInfinite(trialTimeoutSeconds)) {
            throw new ConfigException("execution.trial_timeout", "must be a duration >= 0, got " + trialTimeoutSeconds);
        }
        if (!(maxFailedFraction >= 0 && maxFailedFraction <= 1)) {
            throw new ConfigException("execution.max_failed_fraction", "must lie in [0, 1], got " + maxFailedFraction);
        }
    }

    /** The defaults: auto tasks per round, no timeout, stop when over half the trials failed. */
    public static Execution defaults() {
        return new Execution(0, 0, 0.5);
    }
}

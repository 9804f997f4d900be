package org.xhpo.config;

import java.io.Serializable;

/**
 * How much a sweep may spend: a number of trials, optionally a wall-time limit, evaluated in rounds
 * of {@code batchSize} trials.
 *
 * @param trials total number of trials (≥ 1)
 * @param wallTimeSeconds stop starting new rounds after this many seconds (0 = no limit)
 * @param batchSize trials per round (≥ 1)
 */
public record Budget(int trials, double wallTimeSeconds, int batchSize) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Trials per round when the config does not say ({@code budget: N} included). */
    public static final int DEFAULT_BATCH_SIZE = 8;

    /** Validates the budget. */
    public Budget {
        if (trials < 1) {
            throw new ConfigException("budget.trials", "must be >= 1, got " + trials);
        }
        if (!(wallTimeSeconds >= 0) || Double.isInfinite(wallTimeSeconds)) {
            throw new ConfigException("budget.wall_time", "must be a duration >= 0, got " + wallTimeSeconds);
        }
        if (batchSize < 1) {
            throw new ConfigException("budget.batch_size", "must be >= 1, got " + batchSize);
        }
    }
}

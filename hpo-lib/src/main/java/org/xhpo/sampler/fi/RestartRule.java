package org.xhpo.sampler.fi;

/**
 * When the adaptive mode's path restarts from the best configuration found (a departure from
 * fi-random-search-sdcmi.md, whose Λ never returns to Λ*, line 13 only records it): after
 * {@code patience} probes in a row without a new best (the path stalls), or when the path reaches
 * a bound of [1e-3, 1] in a coordinate that was not at that bound where the path started (the
 * multiplicative update of line 8 would pin it there). A coordinate that starts on a bound does not
 * trigger a restart by staying there, so a best configuration on the edge of the box is not
 * restarted from forever.
 */
final class RestartRule {
    private final int patience;
    private int stalled;
    private boolean[] lowAtStart = new boolean[0];
    private boolean[] highAtStart = new boolean[0];

    /** @param patience probes without a new best before a restart (≥ 1) */
    RestartRule(int patience) {
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be >= 1, got " + patience);
        }
        this.patience = patience;
    }

    /** A path starts at lambda (initially, after a new best, after a restart). */
    void startAt(double[] lambda) {
        stalled = 0;
        lowAtStart = new boolean[lambda.length];
        highAtStart = new boolean[lambda.length];
        for (int j = 0; j < lambda.length; j++) {
            lowAtStart[j] = lambda[j] <= ImportanceTrajectory.LAMBDA_MIN;
            highAtStart[j] = lambda[j] >= 1.0;
        }
    }

    /**
     * Records {@code probes} probes without a new best after which the path stands at lambda, and
     * says whether it must restart.
     */
    boolean stalledAt(int probes, double[] lambda) {
        stalled += probes;
        return stalled >= patience || hitsBound(lambda);
    }

    /** Whether lambda sits on a bound that its path did not start on. */
    boolean hitsBound(double[] lambda) {
        for (int j = 0; j < lambda.length; j++) {
            if (lambda[j] <= ImportanceTrajectory.LAMBDA_MIN && !lowAtStart[j] || lambda[j] >= 1.0 && !highAtStart[j]) {
                return true;
            }
        }
        return false;
    }

    /** Probes since the last new best or restart. */
    int stalled() {
        return stalled;
    }
}

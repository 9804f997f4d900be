package org.xhpo.sampler;

import java.util.TreeMap;

/**
 * Whether a search has stalled: over the ok trials' losses in trial-id order, the first position k (counting
 * ok trials from 1) at which k ≥ {@code after} and the best loss has not improved for {@code window} ok trials,
 * an improvement being a new best below the previous one by more than {@code tolerance} times the spread of
 * the losses seen so far (their largest minus their best; 0: any decrease counts).
 *
 * <p>The answer depends only on the losses and their ids, not on how trials were grouped into rounds, so a
 * resumed study that is told the same trials finds the same position. Once found the position stays: later
 * improvements do not undo it.
 */
final class StallDetector {
    private final int after;
    private final int window;
    private final double tolerance;
    private final TreeMap<Long, Double> losses = new TreeMap<>();

    /**
     * @param after the first ok-trial count at which a stall can be found (at least 1)
     * @param window ok trials without improvement that make a stall (at least 1)
     * @param tolerance the share of the losses' spread an improvement must exceed (0 or more)
     */
    StallDetector(int after, int window, double tolerance) {
        if (after < 1 || window < 1 || !(tolerance >= 0)) {
            throw new IllegalArgumentException("after and window must be at least 1 and tolerance 0 or more, got "
                    + after + ", " + window + ", " + tolerance);
        }
        this.after = after;
        this.window = window;
        this.tolerance = tolerance;
    }

    /** Records an ok trial's loss (a repeated id keeps its first loss). */
    void add(long trialId, double loss) {
        losses.putIfAbsent(trialId, loss);
    }

    /** The ok-trial count at which the search first stalled, or 0 if it has not. */
    int stalledAt() {
        int k = 0;
        int lastImprovement = 0;
        double best = Double.POSITIVE_INFINITY;
        double worst = Double.NEGATIVE_INFINITY;
        for (double loss : losses.values()) {
            k++;
            if (!Double.isFinite(loss)) {
                continue;
            }
            worst = Math.max(worst, loss);
            double spread = best == Double.POSITIVE_INFINITY ? 0 : worst - best;
            if (loss < best - tolerance * spread || best == Double.POSITIVE_INFINITY) {
                lastImprovement = k;
            }
            best = Math.min(best, loss);
            if (k >= after && k - lastImprovement >= window) {
                return k;
            }
        }
        return 0;
    }
}

package org.xhpo.objective.sdcmi;

import java.util.SplittableRandom;

/**
 * sDCMI's rejection step (seed appendix A: "points with greater density than the target are more
 * likely to be removed", controlled by a rejection fraction ρ). XHPO's reading (a reconstruction;
 * docs/methods/sdcmi.md, 'Where the seed is silent, and what XHPO chose', rejection rule): keep
 * point i with probability {@code a_i = min(1, c·r_i)}, {@code r_i = q_Y(y_i)/q̂(y_i)}, with c
 * found by bisection on log c so the mean rejection probability is ρ. With {@code c = 1/max r} this
 * is the rejection sampler of data-consistent inversion (Butler, Jakeman, Wildey 2018), available
 * as {@link #butler}; the calibrated c only thins over-represented outputs and keeps
 * under-represented ones for the next generator step.
 */
public final class CalibratedThinning {
    private CalibratedThinning() {
    }

    /**
     * The keep probabilities for log ratios {@code logR} (−∞ allowed) and rejection fraction ρ. If
     * even c → ∞ rejects more than ρ (too many zero ratios), every point with a positive ratio is kept.
     */
    public static double[] keepProbabilities(double[] logR, double rho) {
        if (!(rho >= 0 && rho < 1)) {
            throw new IllegalArgumentException("rejection fraction must be in [0, 1), got " + rho);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : logR) {
            if (v > Double.NEGATIVE_INFINITY) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double[] a = new double[logR.length];
        if (hi == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double target = 1 - rho;
        double logCLow = -hi - 1; // every a_i < 1: mean below target unless all rejected
        double logCHigh = -lo + 1; // every positive ratio kept
        if (meanKeep(logR, logCHigh) <= target) {
            fill(logR, logCHigh, a);
            return a;
        }
        for (int it = 0; it < 200 && meanKeep(logR, logCLow) > target; it++) {
            logCLow -= 10;
        }
        for (int it = 0; it < 100; it++) {
            double mid = 0.5 * (logCLow + logCHigh);
            if (meanKeep(logR, mid) > target) {
                logCHigh = mid;
            } else {
                logCLow = mid;
            }
        }
        fill(logR, 0.5 * (logCLow + logCHigh), a);
        return a;
    }

    /** Butler's rejection sampler: keep with probability r_i / max r. */
    public static double[] butler(double[] logR) {
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : logR) {
            hi = Math.max(hi, v);
        }
        double[] a = new double[logR.length];
        fill(logR, -hi, a);
        return a;
    }

    /** Draws keep/reject with probabilities {@code a}. */
    public static boolean[] draw(double[] a, SplittableRandom rng) {
        boolean[] keep = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            keep[i] = rng.nextDouble() < a[i];
        }
        return keep;
    }

    private static double meanKeep(double[] logR, double logC) {
        double s = 0;
        for (double v : logR) {
            s += Math.min(1, Math.exp(logC + v));
        }
        return s / logR.length;
    }

    private static void fill(double[] logR, double logC, double[] a) {
        for (int i = 0; i < logR.length; i++) {
            a[i] = Math.min(1, Math.exp(logC + logR[i]));
        }
    }
}

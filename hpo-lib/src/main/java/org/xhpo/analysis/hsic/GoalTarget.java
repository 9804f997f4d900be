package org.xhpo.analysis.hsic;

import java.util.Arrays;
import org.xhpo.study.Direction;

/**
 * The goal-oriented target Z of hsic-explainable-hpo.md (§3, "best p%"; slides Fig. 8 for the
 * worst p%), as the authors' code computes it (METHODS.md §2.1, decision 10):
 * {@code thr = quantile(loss, p, 'lower')}, {@code Z = 1{loss ≤ thr}} with loss the objective turned
 * so that lower is better. Ties at the threshold can make m = #{Z = 1} exceed p·n.
 */
public final class GoalTarget {
    private GoalTarget() {
    }

    /** Z = 1 for the trials in the best p% of {@code y}. */
    public static boolean[] best(double[] y, double p, Direction d) {
        return indicator(y, p, d == Direction.MINIMIZE ? 1 : -1);
    }

    /** Z = 1 for the trials in the worst p% of {@code y}. */
    public static boolean[] worst(double[] y, double p, Direction d) {
        return indicator(y, p, d == Direction.MINIMIZE ? -1 : 1);
    }

    /** The 'lower' empirical quantile: the ⌊p(n−1)⌋-th order statistic (numpy interpolation='lower'). */
    public static double lowerQuantile(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.floor(p * (s.length - 1))];
    }

    private static boolean[] indicator(double[] y, double p, int sign) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("best_fraction: must be in (0, 1), got " + p);
        }
        if (y.length == 0) {
            throw new IllegalArgumentException("objective: no values");
        }
        double[] loss = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("objective[" + i + "]: expected a finite value, got " + y[i]);
            }
            loss[i] = sign * y[i];
        }
        double thr = lowerQuantile(loss, p); // METHODS §2.1: thres = quantile(Y, p, 'lower')
        boolean[] z = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            z[i] = loss[i] <= thr; // Z = 1{Y ≤ thres}
        }
        return z;
    }
}

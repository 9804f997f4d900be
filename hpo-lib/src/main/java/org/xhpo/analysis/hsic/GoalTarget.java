package org.xhpo.analysis.hsic;

import java.util.Arrays;
import org.xhpo.study.Direction;

/**
 * The goal-oriented target Z of the HSIC analysis: the indicator of the best (or worst) p% of the
 * objective values (authors' {@code hsic.py}; docs/methods/hsic.md, 'The target Z').
 *
 * <p>Notation: loss L = y when minimizing, −y when maximizing; thr = quantile(L, p, 'lower') =
 * sorted(L)[⌊p·(n−1)⌋] (numpy's {@code interpolation='lower'}); Z = 1{L ≤ thr}. The worst p% uses
 * −L in place of L. Because of the {@code ≤}, ties at the threshold put every tied row in the set, so
 * m = #{Z=1} may exceed p·n (and is never below 1); callers keep m, not the nominal p.
 */
public final class GoalTarget {
    private GoalTarget() {
    }

    /** Z = 1 for the best p% of y under the direction (ties at the threshold included). */
    public static boolean[] best(double[] y, double p, Direction direction) {
        check(y, p, direction);
        double[] loss = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            loss[i] = direction.asLoss(y[i]);
        }
        return lowerTail(loss, p);
    }

    /** Z = 1 for the worst p% of y under the direction (ties at the threshold included). */
    public static boolean[] worst(double[] y, double p, Direction direction) {
        check(y, p, direction);
        double[] loss = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            loss[i] = -direction.asLoss(y[i]);
        }
        return lowerTail(loss, p);
    }

    /** quantile(v, p, 'lower') as numpy computes it: sorted(v)[⌊p·(n−1)⌋]. */
    public static double lowerQuantile(double[] v, double p) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.floor(p * (sorted.length - 1))];
    }

    private static boolean[] lowerTail(double[] loss, double p) {
        // authors' hsic.py: thres = quantile(Y, p, interpolation='lower'); Z = 1{Y ≤ thres}
        double thr = lowerQuantile(loss, p);
        boolean[] z = new boolean[loss.length];
        for (int i = 0; i < loss.length; i++) {
            z[i] = loss[i] <= thr;
        }
        return z;
    }

    private static void check(double[] y, double p, Direction direction) {
        if (direction == null) {
            throw new IllegalArgumentException("direction: must be minimize or maximize, got null");
        }
        if (y == null || y.length == 0) {
            throw new IllegalArgumentException("y: must hold at least one objective value, got none");
        }
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("p: must be in (0, 1], got " + p);
        }
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i])) {
                throw new IllegalArgumentException("y[" + i + "]: must be a number, got NaN"
                        + " (drop failed trials before the HSIC analysis)");
            }
        }
    }
}

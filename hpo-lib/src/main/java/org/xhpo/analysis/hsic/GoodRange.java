package org.xhpo.analysis.hsic;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the best trials put a parameter, in unit space (METHODS.md §3.4): for a numeric parameter
 * the 5–95% quantiles of X | Z = 1; for a categorical the choices over-represented among the best
 * trials (share among Z = 1 above the overall share). Held as a list of disjoint unit intervals;
 * {@link #span()} is the smallest interval covering all of them.
 *
 * @param intervals disjoint [low, high] unit intervals in increasing order, at least one
 */
public record GoodRange(List<double[]> intervals) {
    /** Copies and checks the intervals. */
    public GoodRange {
        intervals = List.copyOf(intervals);
        if (intervals.isEmpty()) {
            throw new IllegalArgumentException("GoodRange.intervals: need at least one, got none");
        }
    }

    /** [lowest low, highest high]. */
    public double[] span() {
        return new double[] {intervals.get(0)[0], intervals.get(intervals.size() - 1)[1]};
    }

    /** The unit range [5%, 95%] of X among the Z = 1 rows, null when fewer than 5 such rows. */
    static GoodRange quantiles(double[] x, boolean[] z) {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (z[i]) {
                v.add(x[i]);
            }
        }
        if (v.size() < 5) {
            return null;
        }
        v.sort(Double::compare);
        return new GoodRange(List.of(new double[] {v.get((int) Math.floor(0.05 * (v.size() - 1))),
            v.get((int) Math.ceil(0.95 * (v.size() - 1)))}));
    }

    /** For a categorical of k choices: the span of the cells over-represented among the best, null when none. */
    static GoodRange overRepresentedCells(double[] x, boolean[] z, int k) {
        double[] all = new double[k];
        double[] best = new double[k];
        double m = 0;
        for (int i = 0; i < x.length; i++) {
            int c = Math.min(k - 1, (int) Math.floor(x[i] * k));
            all[c]++;
            best[c] += z[i] ? 1 : 0;
            m += z[i] ? 1 : 0;
        }
        int lo = -1;
        int hi = -1;
        for (int c = 0; c < k; c++) {
            if (m > 0 && all[c] > 0 && best[c] / m > all[c] / x.length) {
                lo = lo < 0 ? c : lo;
                hi = c;
            }
        }
        return lo < 0 ? null : new GoodRange(List.of(new double[] {(double) lo / k, (hi + 1.0) / k}));
    }
}

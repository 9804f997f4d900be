package org.xhpo.analysis.hsic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the best trials put a parameter, in unit space (ours; docs/methods/recommendations.md, 'Where
 * the best trials are'). Numeric parameter:
 * the values of the best trials (Z = 1), split into separate regions wherever a gap between two
 * consecutive best values holds so many other trials that seeing none of them among the best is
 * unlikely under one region ({@link #regions}); each region is [5%, 95%] of its best values (one
 * region) or [min, max] (several). Categorical: the choices over-represented among the best trials,
 * each its own cell, never merged into a span that would include a bad choice between two good ones.
 *
 * @param intervals disjoint [low, high] unit intervals in increasing order, at least one
 * @param categorical whether the intervals are the cells of good categorical choices
 */
public record GoodRange(List<double[]> intervals, boolean categorical) {
    /** The probability below which a gap free of best trials separates two regions. */
    public static final double GAP_LEVEL = 0.05;

    /** Copies and checks the intervals. */
    public GoodRange {
        intervals = List.copyOf(intervals);
        if (intervals.isEmpty()) {
            throw new IllegalArgumentException("GoodRange.intervals: need at least one, got none");
        }
    }

    /** Whether the best trials form more than one separate region (numeric parameters). */
    public boolean separated() {
        return !categorical && intervals.size() > 1;
    }

    /** [lowest low, highest high]: meaningful only for one numeric region. */
    public double[] span() {
        return new double[] {intervals.get(0)[0], intervals.get(intervals.size() - 1)[1]};
    }

    /**
     * Regions of a numeric parameter (ours). The m best values are sorted; a gap between consecutive
     * best values holding k other trials separates two regions when (1 − r)^k &lt; {@link #GAP_LEVEL}
     * / (m − 1) (Bonferroni over the gaps), r being the share of best trials among all trials in the
     * w best values on either side of the gap (w = max(2, m/5)): the chance that k trials of one
     * region, as dense in best trials as its two sides, all miss the best. A region needs at least w
     * best trials; smaller groups are stray best trials (good for other reasons) and form no region.
     * Null when fewer than 5 best trials.
     */
    static GoodRange regions(double[] x, boolean[] z) {
        List<Double> best = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (z[i]) {
                best.add(x[i]);
            }
        }
        if (best.size() < 5) {
            return null;
        }
        best.sort(Double::compare);
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int m = best.size();
        int w = Math.max(2, m / 5);
        List<List<Double>> groups = new ArrayList<>();
        List<Double> current = new ArrayList<>(List.of(best.get(0)));
        for (int i = 1; i < m; i++) {
            int between = count(sorted, best.get(i - 1), best.get(i), false);
            int from = Math.max(0, i - w);
            int to = Math.min(m - 1, i - 1 + w);
            int sides = count(sorted, best.get(from), best.get(i - 1), true)
                    + count(sorted, best.get(i), best.get(to), true);
            double r = (double) (i - from + to - i + 1) / Math.max(1, sides);
            if (Math.pow(1 - Math.min(1, r), between) < GAP_LEVEL / (m - 1)) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(best.get(i));
        }
        groups.add(current);
        groups.removeIf(g -> g.size() < w); // stray best trials (good for other reasons) are no region
        if (groups.size() <= 1) {
            best = groups.isEmpty() ? best : groups.get(0);
        }
        List<double[]> out = new ArrayList<>();
        if (groups.size() <= 1) {
            out.add(new double[] {best.get((int) Math.floor(0.05 * (best.size() - 1))),
                best.get((int) Math.ceil(0.95 * (best.size() - 1)))});
        } else {
            for (List<Double> g : groups) {
                out.add(new double[] {g.get(0), g.get(g.size() - 1)});
            }
        }
        return new GoodRange(out, false);
    }

    /** Trials with lo &lt; x &lt; hi (open) or lo ≤ x ≤ hi (closed). */
    private static int count(double[] sorted, double lo, double hi, boolean closed) {
        int c = 0;
        for (double v : sorted) {
            if (closed ? v >= lo && v <= hi : v > lo && v < hi) {
                c++;
            }
        }
        return c;
    }

    /** For a categorical of k choices: the cells over-represented among the best, null when none. */
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
        List<double[]> cells = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (m > 0 && all[c] > 0 && best[c] / m > all[c] / x.length) {
                cells.add(new double[] {(double) c / k, (c + 1.0) / k});
            }
        }
        return cells.isEmpty() ? null : new GoodRange(cells, true);
    }
}

package org.xhpo.analysis;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The multiple-testing correction behind every {@code significant} column: Benjamini–Hochberg
 * (J. R. Stat. Soc. B 57, 1995, step-up procedure), controlling the false-discovery rate at 5% over
 * the family of tests one table reports (all its p-values). Chosen over Holm because the indices
 * vote as a screen among 2·d + d(d−1)/2 tests, where controlling the family-wise error would leave
 * permutation p-values (granularity 1/(B+1)) little power; the raw p-values stay in the tables.
 */
public final class MultipleTesting {
    /** The level {@code significant} is decided at. */
    public static final double LEVEL = 0.05;
    /** The name recorded in analysis.json. */
    public static final String METHOD = "benjamini-hochberg";

    private MultipleTesting() {
    }

    /**
     * BH-adjusted p-values: p̃_(k) = min_{j ≥ k} min(1, m·p_(j)/j) over the m non-NaN p-values sorted
     * ascending; NaN stays NaN and is not counted in m.
     */
    public static double[] benjaminiHochberg(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                order[m++] = i;
            }
        }
        Integer[] idx = Arrays.copyOf(order, m);
        Arrays.sort(idx, Comparator.comparingDouble(i -> p[i]));
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        double running = 1.0;
        for (int k = m - 1; k >= 0; k--) {
            running = Math.min(running, Math.min(1.0, m * p[idx[k]] / (k + 1))); // BH 1995: m·p_(k)/k, step-up
            out[idx[k]] = running;
        }
        return out;
    }
}

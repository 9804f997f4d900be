package org.xhpo.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.xhpo.analysis.hsic.GoalTarget;
import org.xhpo.space.Parameter;

/**
 * The region an interacting pair's best trials occupy (P2 of hsic-explainable-hpo.md: "check for
 * interactions … before selecting hyperparameter values"; the region rule is ours): the unit square
 * of the two parameters cut into {@link #CELLS}×{@link #CELLS} cells, on the trials where both are
 * active with the best trials ({@code analysis.best_fraction}, as the HSIC target) recomputed there; a cell belongs to the region when it holds at least two
 * best trials and its share of the best trials is at least twice its share of all trials.
 *
 * @param a the first parameter of the pair
 * @param b the second
 * @param cells the region's cells, each {aLow, aHigh, bLow, bHigh} in unit space (empty: no cell qualifies)
 */
public record JointRegion(Parameter a, Parameter b, List<double[]> cells) {
    /** Cells per axis. */
    public static final int CELLS = 4;

    /** Copies the cells. */
    public JointRegion {
        cells = List.copyOf(cells);
    }

    /**
     * The region of parameters a and b (indices into the input's space).
     *
     * @param bestFraction the share of trials that are "best" (the HSIC target's p)
     */
    public static JointRegion of(ExplainInput input, int a, int b, double bestFraction) {
        TrialMatrix t = input.trials();
        Parameter pa = input.space().parameters().get(a);
        Parameter pb = input.space().parameters().get(b);
        int[] rows = bothActive(t, a, b);
        List<double[]> out = new ArrayList<>();
        if (rows.length == 0) {
            return new JointRegion(pa, pb, out);
        }
        boolean[] z = GoalTarget.best(TrialMatrix.pick(t.objective(), rows), bestFraction, t.direction());
        int[][] all = new int[CELLS][CELLS];
        int[][] best = new int[CELLS][CELLS];
        int m = 0;
        for (int k = 0; k < rows.length; k++) {
            int ca = cell(t.unit()[rows[k]][a]);
            int cb = cell(t.unit()[rows[k]][b]);
            all[ca][cb]++;
            if (z[k]) {
                best[ca][cb]++;
                m++;
            }
        }
        for (int i = 0; i < CELLS; i++) {
            for (int j = 0; j < CELLS; j++) {
                if (best[i][j] >= 2 && (double) best[i][j] / m >= 2.0 * all[i][j] / rows.length) {
                    out.add(new double[] {(double) i / CELLS, (i + 1.0) / CELLS, (double) j / CELLS,
                        (j + 1.0) / CELLS});
                }
            }
        }
        return new JointRegion(pa, pb, out);
    }

    /** The region as text: one box per cell, "a ∈ [lo, hi] & b ∈ [lo, hi]", joined by " or ". */
    public String describe() {
        StringJoiner out = new StringJoiner(" or ");
        for (double[] c : cells) {
            out.add(a.name() + " ∈ [" + a.fromUnit(c[0]) + ", " + a.fromUnit(c[1]) + "] & " + b.name() + " ∈ ["
                    + b.fromUnit(c[2]) + ", " + b.fromUnit(c[3]) + "]");
        }
        return out.toString();
    }

    /**
     * The region as typed boxes, two per cell (one on each parameter), numbered from {@code first}.
     */
    public List<RegionBox> boxes(int first) {
        List<RegionBox> out = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            double[] c = cells.get(k);
            out.add(new RegionBox(first + k, a.name(), c[0], c[1]));
            out.add(new RegionBox(first + k, b.name(), c[2], c[3]));
        }
        return out;
    }

    private static int cell(double u) {
        return Math.min(CELLS - 1, (int) Math.floor(u * CELLS));
    }

    private static int[] bothActive(TrialMatrix t, int a, int b) {
        int[] out = new int[t.n()];
        int k = 0;
        for (int i = 0; i < t.n(); i++) {
            if (!Double.isNaN(t.unit()[i][a]) && !Double.isNaN(t.unit()[i][b])) {
                out[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }
}

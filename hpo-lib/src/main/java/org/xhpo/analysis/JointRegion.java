package org.xhpo.analysis;

import java.util.StringJoiner;
import org.xhpo.analysis.hsic.GoalTarget;
import org.xhpo.space.Parameter;

/**
 * The region an interacting pair's best trials occupy (P2 of hsic-explainable-hpo.md: "check for
 * interactions … before selecting hyperparameter values"; the region rule is ours): the unit square
 * of the two parameters cut into {@link #CELLS}×{@link #CELLS} cells, on the trials where both are
 * active with the best p% recomputed there; a cell belongs to the region when it holds at least two
 * best trials and its share of the best trials is at least twice its share of all trials.
 */
final class JointRegion {
    /** Cells per axis. */
    static final int CELLS = 4;

    private JointRegion() {
    }

    /** The region as text: one box per cell, "a ∈ [lo, hi] & b ∈ [lo, hi]", joined by " or ". */
    static String describe(ExplainInput input, int a, int b) {
        TrialMatrix t = input.trials();
        int[] rows = bothActive(t, a, b);
        if (rows.length == 0) {
            return "";
        }
        boolean[] z = GoalTarget.best(TrialMatrix.pick(t.objective(), rows), 0.1, t.direction());
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
        Parameter pa = input.space().parameters().get(a);
        Parameter pb = input.space().parameters().get(b);
        StringJoiner out = new StringJoiner(" or ");
        for (int i = 0; i < CELLS; i++) {
            for (int j = 0; j < CELLS; j++) {
                if (best[i][j] >= 2 && (double) best[i][j] / m >= 2.0 * all[i][j] / rows.length) {
                    out.add(pa.name() + " ∈ [" + pa.fromUnit((double) i / CELLS) + ", " + pa.fromUnit((i + 1.0) / CELLS)
                            + "] & " + pb.name() + " ∈ [" + pb.fromUnit((double) j / CELLS) + ", "
                            + pb.fromUnit((j + 1.0) / CELLS) + "]");
                }
            }
        }
        return out.toString();
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

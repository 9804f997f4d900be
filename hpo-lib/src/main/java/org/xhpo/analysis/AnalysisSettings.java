package org.xhpo.analysis;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What the analysis after a sweep (or {@code xhpo analyze}) computes, and how. Each default and why
 * it was chosen: the section "Defaults where the papers are silent" of docs/methods/hsic.md (best
 * fraction, bandwidth, permutations, exact limit), pdp.md (grid, pairs, log target) and shap.md
 * (members, background, explained rows).
 *
 * @param enabled whether {@code xhpo run} ends with the analysis ({@code analysis: off} turns it off)
 * @param bestFraction p of the goal-oriented target Z = 1{objective in the best p%} (0 &lt; p &lt; 1)
 * @param bandwidth HSIC input-kernel bandwidth rule: {@code std}, {@code median} or a number
 * @param permutations permutations for the HSIC p-value (0 skips the permutation test)
 * @param exactLimit up to this many ok trials HSIC is exact on the driver; beyond, Spark aggregates binned sums
 * @param pdpGrid 1-D partial-dependence grid points in unit space
 * @param pdpPairs number of top HSIC-interacting pairs that get a 2-D PDP
 * @param logTarget model log(objective) in the GBT and the meta-model (skewed, positive losses)
 * @param shapMembers MLP meta-models in the SHAP ensemble
 * @param shapBackground background rows of the interventional SHAP value function
 * @param shapRows at most this many trials are explained (a seeded sample beyond)
 * @param costs parameters or metrics that measure cost (trade-off curves); empty: none declared
 */
public record AnalysisSettings(boolean enabled, double bestFraction, String bandwidth, int permutations, int exactLimit,
                               int pdpGrid, int pdpPairs, boolean logTarget, int shapMembers, int shapBackground,
                               int shapRows, List<String> costs) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The defaults: p = 10%, std bandwidth, 100 permutations, 20-point grids, 5 meta-models. */
    public static final AnalysisSettings DEFAULTS =
            new AnalysisSettings(true, 0.1, "std", 100, 5_000, 20, 3, false, 5, 24, 200, List.of());

    /** Checks every field; messages name the config key. */
    public AnalysisSettings {
        if (!(bestFraction > 0 && bestFraction < 1)) {
            throw new IllegalArgumentException("analysis.best_fraction: must be in (0, 1), got " + bestFraction);
        }
        Objects.requireNonNull(bandwidth, "bandwidth");
        if (!bandwidth.equals("std") && !bandwidth.equals("median")) {
            double h;
            try {
                h = Double.parseDouble(bandwidth);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("analysis.bandwidth: expected std, median or a positive number, got '"
                        + bandwidth + "'");
            }
            if (!(h > 0) || Double.isInfinite(h)) {
                throw new IllegalArgumentException("analysis.bandwidth: must be a positive number, got " + bandwidth);
            }
        }
        atLeast(permutations, 0, "permutations");
        atLeast(exactLimit, 10, "exact_limit");
        atLeast(pdpGrid, 2, "pdp_grid");
        atLeast(pdpPairs, 0, "pdp_pairs");
        atLeast(shapMembers, 1, "shap_members");
        atLeast(shapBackground, 1, "shap_background");
        atLeast(shapRows, 1, "shap_rows");
        costs = List.copyOf(costs);
    }

    private static void atLeast(int v, int min, String field) {
        if (v < min) {
            throw new IllegalArgumentException("analysis." + field + ": must be >= " + min + ", got " + v);
        }
    }

    /** The same settings, on or off. */
    public AnalysisSettings withEnabled(boolean on) {
        return new AnalysisSettings(on, bestFraction, bandwidth, permutations, exactLimit, pdpGrid, pdpPairs, logTarget,
                shapMembers, shapBackground, shapRows, costs);
    }
}

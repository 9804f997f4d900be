package org.xhpo.analysis.hsic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.ExplainInput;
import org.xhpo.analysis.ExplanationMethod;
import org.xhpo.analysis.ResultTables;
import org.xhpo.analysis.RowTable;
import org.xhpo.analysis.TrialMatrix;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.study.Seeds;

/**
 * {@code hsic_importance} of hsic-explainable-hpo.md: the goal-oriented index of every parameter
 * against the best and the worst p% (slides Fig. 8), P3: a conditional parameter on the trials where
 * it is active with the threshold recomputed there, ranked within its group; plus where the best
 * trials put each parameter ({@link GoodRange}), which the recommendations read. Exact estimator
 * ({@link HsicEstimator}); for tables beyond {@code exact_limit} the Spark side computes binned
 * indices over every trial and hands them to {@link #fromIndices}.
 */
public final class HsicImportance implements ExplanationMethod<HsicImportance.Result> {
    /** Fewest rows for an index to be reported (METHODS.md decision 13). */
    public static final int MIN_ROWS = 20;

    /**
     * The table and what the recommendations need from it.
     *
     * @param rows the rows of {@code hsic_importance}
     * @param best per parameter, its best-p% index in its own group (null when insufficient)
     * @param goodRange per parameter, the unit range(s) the best trials occupy (null when too few)
     */
    public record Result(List<HsicImportanceRow> rows, HsicIndex[] best, GoodRange[] goodRange)
            implements ResultTables {
        @Override
        public Map<String, RowTable<?>> tables() {
            return Map.of("hsic_importance", RowTable.of(HsicImportanceRow.class, rows));
        }
    }

    @Override
    public String name() {
        return "hsic";
    }

    @Override
    public Result explain(ExplainInput input, AnalysisSettings settings, long seed) {
        input.requireUsable(name());
        Bandwidth bw = Bandwidth.parse(settings.bandwidth());
        HsicIndex[][] idx = {singles(input.trials(), settings, bw, true, seed),
            singles(input.trials(), settings, bw, false, seed)};
        return fromIndices(input, settings, idx, "exact");
    }

    /**
     * The table from indices computed elsewhere (the binned estimator over every trial).
     *
     * @param idx [0] best-p%, [1] worst-p% index per parameter (null when insufficient)
     * @param estimator the {@code estimator} column of computed rows
     */
    public static Result fromIndices(ExplainInput input, AnalysisSettings settings, HsicIndex[][] idx,
                                     String estimator) {
        TrialMatrix t = input.trials();
        GoodRange[] good = new GoodRange[t.d()];
        for (int j = 0; j < t.d(); j++) {
            int[] rowsJ = t.activeRows(j);
            if (rowsJ.length >= MIN_ROWS) {
                double[] x = TrialMatrix.pick(t.column(j), rowsJ);
                boolean[] z = GoalTarget.best(TrialMatrix.pick(t.objective(), rowsJ), settings.bestFraction(),
                        t.direction());
                good[j] = input.space().parameters().get(j) instanceof CategoricalParameter c
                        ? GoodRange.overRepresentedCells(x, z, c.choices().size()) : GoodRange.quantiles(x, z);
            }
        }
        List<HsicImportanceRow> rows = new ArrayList<>();
        String[] targets = {"best", "worst"};
        for (int k = 0; k < 2; k++) {
            HsicIndex[] byParam = idx[k];
            for (Map.Entry<String, List<Integer>> g : t.byGroup().entrySet()) {
                List<Integer> inGroup = new ArrayList<>();
                for (int j : g.getValue()) {
                    if (byParam[j] != null) {
                        inGroup.add(j);
                    }
                }
                inGroup.sort(Comparator.comparingDouble(j -> -byParam[j].s()));
                for (int rank = 0; rank < inGroup.size(); rank++) {
                    int j = inGroup.get(rank);
                    HsicIndex h = byParam[j];
                    rows.add(new HsicImportanceRow(t.parameters().get(j), g.getKey(), targets[k], h.s(), h.hsicV(),
                            h.hsicU(), h.r2(), h.pPermutation(), h.pGamma(), h.pValue(), (int) h.n(), (int) h.m(),
                            h.bandwidth(), rank + 1, h.pValue() < 0.05, estimator));
                }
                for (int j : g.getValue()) {
                    if (byParam[j] == null) {
                        rows.add(new HsicImportanceRow(t.parameters().get(j), g.getKey(), targets[k], Double.NaN,
                                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                                t.activeRows(j).length, 0, Double.NaN, null, false,
                                "insufficient: fewer than " + MIN_ROWS + " active trials"));
                    }
                }
            }
        }
        return new Result(List.copyOf(rows), idx[0], good);
    }

    /** Exact best- or worst-p% indices of every parameter on its active rows (null below MIN_ROWS). */
    static HsicIndex[] singles(TrialMatrix t, AnalysisSettings s, Bandwidth bw, boolean best, long seed) {
        HsicIndex[] out = new HsicIndex[t.d()];
        for (int j = 0; j < t.d(); j++) {
            int[] rowsJ = t.activeRows(j);
            if (rowsJ.length >= MIN_ROWS) {
                double[] y = TrialMatrix.pick(t.objective(), rowsJ);
                boolean[] z = best ? GoalTarget.best(y, s.bestFraction(), t.direction())
                        : GoalTarget.worst(y, s.bestFraction(), t.direction());
                out[j] = new HsicEstimator(bw, s.permutations())
                        .single(TrialMatrix.pick(t.column(j), rowsJ), z, Seeds.derive(seed, Seeds.Purpose.ANALYSIS, j));
            }
        }
        return out;
    }
}

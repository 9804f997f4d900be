package org.xhpo.analysis.hsic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.ExplainInput;
import org.xhpo.analysis.ExplanationMethod;
import org.xhpo.analysis.ResultTables;
import org.xhpo.analysis.RowTable;
import org.xhpo.analysis.SampleMoments;
import org.xhpo.analysis.TrialMatrix;
import org.xhpo.space.Parameter;

/**
 * {@code hsic_tradeoff} (hsic-explainable-hpo.md slides Fig. 9; docs/methods/hsic.md, 'Trade-off
 * curves'): for a cost-driving parameter X, S of X restricted to the range left after cutting a
 * fraction c off one end (two curves, below), the threshold recomputed inside the range (as P3),
 * with the best objective still reached there. A cost named in {@code analysis.costs} that is a
 * parameter is expensive at its high end; a cost metric makes every parameter whose unit value
 * correlates with it (|Pearson r| ≥ 0.3) cost-driving, expensive at the end the correlation points
 * to. A range is {@code sufficient} when it still holds at least {@link #MIN_BEST_KEPT} of the
 * trials in the global best p%.
 *
 * <p>Two curves per parameter. {@code cheap_end_cut} is the seed's (default): X restricted to
 * [a + c, b] as c grows; the recommended cheap value is the smallest a + c at which X no longer
 * matters for reaching the best trials (its p-value rises above 0.05) while the range is still
 * sufficient. {@code expensive_end_cut} is XHPO's earlier criterion, kept for
 * comparison: the expensive end cut off, the most-cut range that is still sufficient.
 */
public final class HsicTradeoff implements ExplanationMethod<HsicTradeoff.Result> {
    /** The cut fractions c. */
    static final double[] CUTS = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    /** Fewest global-best trials a sufficient range keeps. */
    public static final int MIN_BEST_KEPT = 5;

    /** @param rows the rows of {@code hsic_tradeoff} */
    public record Result(List<HsicTradeoffRow> rows) implements ResultTables {
        @Override
        public Map<String, RowTable<?>> tables() {
            return Map.of("hsic_tradeoff", RowTable.of(HsicTradeoffRow.class, rows));
        }
    }

    @Override
    public String name() {
        return "hsic-tradeoff";
    }

    @Override
    public Result explain(ExplainInput input, AnalysisSettings s, long seed) {
        input.requireUsable(name());
        TrialMatrix t = input.trials();
        Bandwidth bw = Bandwidth.parse(s.bandwidth());
        List<HsicTradeoffRow> out = new ArrayList<>();
        boolean[] globalBest = GoalTarget.best(t.objective(), s.bestFraction(), t.direction());
        for (String cost : s.costs()) {
            int j = t.parameters().indexOf(cost);
            if (j >= 0) {
                curve(out, input, s, bw, j, cost, true, globalBest, seed);
                continue;
            }
            double[] metric = t.costs().get(cost);
            if (metric == null) {
                continue;
            }
            for (int p = 0; p < t.d(); p++) {
                int[] rows = t.activeRows(p);
                double r = pearson(TrialMatrix.pick(t.column(p), rows), TrialMatrix.pick(metric, rows));
                if (Math.abs(r) >= 0.3) {
                    curve(out, input, s, bw, p, cost, r > 0, globalBest, seed);
                }
            }
        }
        return new Result(List.copyOf(out));
    }

    private static void curve(List<HsicTradeoffRow> out, ExplainInput input, AnalysisSettings s, Bandwidth bw, int j,
                              String cost, boolean highIsExpensive, boolean[] globalBest, long seed) {
        for (String curve : List.of(HsicTradeoffRow.CHEAP_END_CUT, HsicTradeoffRow.EXPENSIVE_END_CUT)) {
            List<HsicTradeoffRow> rows = new ArrayList<>();
            for (double c : CUTS) {
                // seed Fig. 9: X_i ∈ [a + c, b] (cheap end cut); XHPO: X_i ∈ [a, b − c] (expensive end cut)
                boolean cutLow = curve.equals(HsicTradeoffRow.CHEAP_END_CUT) == highIsExpensive;
                rows.add(row(input, s, bw, j, cost, highIsExpensive, curve, c, cutLow ? c : 0, cutLow ? 1 : 1 - c,
                        globalBest, seed));
            }
            int chosen = curve.equals(HsicTradeoffRow.CHEAP_END_CUT) ? seedChoice(rows) : mostCutSufficient(rows);
            for (int k = 0; k < rows.size(); k++) {
                HsicTradeoffRow r = rows.get(k);
                out.add(k != chosen ? r : new HsicTradeoffRow(r.parameter(), r.cost(), r.expensiveEnd(), r.curve(),
                        r.cut(), r.unitLow(), r.unitHigh(), r.valueLow(), r.valueHigh(), r.n(), r.bestTrialsKept(),
                        r.s(), r.pGamma(), r.bestObjective(), r.sufficient(), true, r.sampling()));
            }
        }
    }

    /**
     * The seed's criterion: the smallest cut at which X no longer matters for reaching the best
     * trials (its p-value rises above 0.05) while the range is still sufficient; −1 when there is none.
     */
    static int seedChoice(List<HsicTradeoffRow> rows) {
        for (int k = 0; k < rows.size(); k++) {
            HsicTradeoffRow r = rows.get(k);
            if (r.pGamma() > 0.05 && r.sufficient()) { // NaN (too few trials) never qualifies
                return k;
            }
        }
        return -1;
    }

    private static int mostCutSufficient(List<HsicTradeoffRow> rows) {
        int chosen = -1;
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).sufficient()) {
                chosen = k;
            }
        }
        return chosen;
    }

    private static HsicTradeoffRow row(ExplainInput input, AnalysisSettings s, Bandwidth bw, int j, String cost,
                                       boolean highIsExpensive, String curve, double c, double lo, double hi,
                                       boolean[] globalBest, long seed) {
        TrialMatrix t = input.trials();
        Parameter p = input.space().parameters().get(j);
        List<Integer> keep = new ArrayList<>();
        int kept = 0;
        for (int i = 0; i < t.n(); i++) {
            double u = t.unit()[i][j];
            if (!Double.isNaN(u) && u >= lo && u <= hi) {
                keep.add(i);
                kept += globalBest[i] ? 1 : 0;
            }
        }
        int[] rows = keep.stream().mapToInt(Integer::intValue).toArray();
        double[] y = TrialMatrix.pick(t.objective(), rows);
        double sv = Double.NaN;
        double pg = Double.NaN;
        double bestY = Double.NaN;
        if (rows.length >= HsicImportance.MIN_ROWS) {
            boolean[] z = GoalTarget.best(y, s.bestFraction(), t.direction());
            HsicIndex h = new HsicEstimator(bw, 0).single(TrialMatrix.pick(t.column(j), rows), z, seed);
            sv = h.s();
            pg = h.pGamma();
        }
        for (double v : y) {
            bestY = Double.isNaN(bestY) || t.direction().better(v, bestY) ? v : bestY;
        }
        return new HsicTradeoffRow(p.name(), cost, highIsExpensive ? "high" : "low", curve, c, lo, hi,
                String.valueOf(p.fromUnit(lo)), String.valueOf(p.fromUnit(hi)), rows.length, kept, sv, pg, bestY,
                kept >= MIN_BEST_KEPT, false, input.sampling());
    }

    private static double pearson(double[] a, double[] b) {
        return a.length < 3 ? 0 : SampleMoments.pearson(a, b);
    }
}

package org.xhpo.sampler.hsicgpbo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.ExplainInput;
import org.xhpo.analysis.TrialMatrix;
import org.xhpo.analysis.hsic.HsicTradeoff;
import org.xhpo.analysis.hsic.HsicTradeoffRow;

/**
 * The focus stage's cost decisions, read from the analysis library's trade-off ({@link HsicTradeoff},
 * the seed's Fig. 9 of hsic-explainable-hpo.md: S of X restricted to [a + c, b] as c grows; "other
 * hyperparameters values chosen in order to improve cost efficiency", Table 4 caption). The cost
 * drivers are the parameters the library draws a curve for (a declared cost parameter, or one whose
 * unit value correlates with a cost metric); each is fixed at the cheap value of the curve's
 * recommended cut (the seed's criterion: the smallest a + c at which X no longer matters for reaching
 * the best trials, p &gt; 0.05, with the range still sufficient), but never cheaper than the cheapest
 * value among the {@link #FLOOR_BEST} best exploration trials (ours: with a few dozen trials the test
 * has little power and X can look insignificant on its whole range, while the best trials show where
 * the best results were actually reached). A driver with no recommended cut gets NaN (the caller uses
 * the best trial's value).
 */
final class CheapValues {
    /** The best trials whose cheapest value bounds the cut from below. */
    static final int FLOOR_BEST = 5;

    /**
     * One cost driver's decision.
     *
     * @param unit the unit value to fix at, NaN when no cut qualified
     * @param evidence the curve, the chosen cut and the floor, for {@code search_decisions}
     */
    record CheapValue(double unit, String evidence) {
    }

    private CheapValues() {
    }

    /** Cost driver name → its cheap value, in the order of the trade-off table. */
    static Map<String, CheapValue> find(ExplainInput input, AnalysisSettings settings, long seed) {
        List<HsicTradeoffRow> rows = new HsicTradeoff().explain(input, settings, seed).rows().stream()
                .filter(r -> r.curve().equals(HsicTradeoffRow.CHEAP_END_CUT)).toList();
        Map<String, CheapValue> out = new LinkedHashMap<>();
        for (HsicTradeoffRow first : rows) {
            String name = first.parameter();
            if (out.containsKey(name)) {
                continue;
            }
            List<HsicTradeoffRow> curve = rows.stream().filter(r -> r.parameter().equals(name)
                    && r.cost().equals(first.cost())).toList();
            boolean highExpensive = first.expensiveEnd().equals("high");
            StringBuilder ev = new StringBuilder(String.format(Locale.ROOT, "cost driver (%s, expensive end %s); "
                    + "hsic_tradeoff curve c:S:p", first.cost(), first.expensiveEnd()));
            for (HsicTradeoffRow r : curve) {
                ev.append(String.format(Locale.ROOT, " %.1f:%.2e:%.3f", r.cut(), r.s(), r.pGamma()));
            }
            HsicTradeoffRow chosen = curve.stream().filter(HsicTradeoffRow::recommended).findFirst().orElse(null);
            if (chosen == null) {
                out.put(name, new CheapValue(Double.NaN, ev + "; no cut keeps the best trials with " + name
                        + " no longer significant"));
                continue;
            }
            double floor = cheapestAmongBest(input.trials(), input.space().indexOf(name), highExpensive);
            double cut = Math.max(chosen.cut(), floor); // oriented: 0 is the cheap end
            out.put(name, new CheapValue(highExpensive ? cut : 1 - cut, ev + String.format(Locale.ROOT,
                    "; seed's cut %.1f (p=%.3f, %d best trials kept); cheapest of the %d best trials %.3f; cut %.3f",
                    chosen.cut(), chosen.pGamma(), chosen.bestTrialsKept(), FLOOR_BEST, floor, cut)));
        }
        return out;
    }

    /** The cheapest oriented unit value (0 = cheap end) among the best trials where parameter j is active. */
    static double cheapestAmongBest(TrialMatrix t, int j, boolean highExpensive) {
        int[] rows = t.activeRows(j);
        Integer[] order = Arrays.stream(rows).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> t.direction().asLoss(t.objective()[i])));
        double cheapest = 1;
        for (int r = 0; r < Math.min(FLOOR_BEST, order.length); r++) {
            double u = t.unit()[order[r]][j];
            cheapest = Math.min(cheapest, highExpensive ? u : 1 - u);
        }
        return cheapest;
    }
}

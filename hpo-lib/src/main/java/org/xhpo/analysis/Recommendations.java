package org.xhpo.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xhpo.analysis.hsic.GoodRange;
import org.xhpo.analysis.hsic.HsicImportance;
import org.xhpo.analysis.hsic.HsicIndex;
import org.xhpo.analysis.hsic.HsicTradeoff;
import org.xhpo.analysis.hsic.HsicTradeoffRow;
import org.xhpo.analysis.shap.ShapAnalysis;
import org.xhpo.analysis.shap.ShapDependence;
import org.xhpo.space.Parameter;

/**
 * {@code recommendations}: one row per parameter combining the methods' evidence with
 * {@link Recommendation#combine} (ours; METHODS.md §3.4 and decision 16). Votes: HSIC — best-p%
 * p-value &lt; 0.05; PDP — PDP importance at least 10% of the largest (abstains when the model's
 * hold-out R² &lt; {@link #MIN_R2}); SHAP — not fixable (abstains likewise). Ranges: HSIC — where
 * the best trials put the parameter; SHAP — the favourable run of bins; cost — the cheapest range
 * of {@code hsic_tradeoff} that is still sufficient.
 *
 * <p>The evidence is handed in ({@link #Recommendations(HsicImportance.Result, HsicTradeoff.Result,
 * ShapAnalysis.Result, PdpEvidence)}); the no-argument form computes HSIC, trade-off and SHAP itself
 * and has no PDP vote (PDP needs Spark).
 */
public final class Recommendations implements ExplanationMethod<Recommendations.Result> {
    /** Hold-out R² below which a model abstains. */
    public static final double MIN_R2 = 0.2;
    private final HsicImportance.Result hsic;
    private final HsicTradeoff.Result tradeoff;
    private final ShapAnalysis.Result shap;
    private final PdpEvidence pdp;

    /** @param rows the rows of {@code recommendations} */
    public record Result(List<RecommendationRow> rows) implements ResultTables {
        @Override
        public Map<String, RowTable<?>> tables() {
            return Map.of("recommendations", RowTable.of(RecommendationRow.class, rows));
        }
    }

    /** Recommendations that compute their own HSIC, trade-off and SHAP evidence (no PDP vote). */
    public Recommendations() {
        this(null, null, null, null);
    }

    /**
     * Recommendations from evidence already computed on the same input.
     *
     * @param pdp the PDP evidence, or null when there is none
     */
    public Recommendations(HsicImportance.Result hsic, HsicTradeoff.Result tradeoff, ShapAnalysis.Result shap,
                           PdpEvidence pdp) {
        this.hsic = hsic;
        this.tradeoff = tradeoff;
        this.shap = shap;
        this.pdp = pdp;
    }

    @Override
    public String name() {
        return "recommendations";
    }

    @Override
    public Result explain(ExplainInput input, AnalysisSettings s, long seed) {
        input.requireUsable(name());
        HsicImportance.Result h = hsic != null ? hsic : new HsicImportance().explain(input, s, seed);
        HsicTradeoff.Result trade = tradeoff != null ? tradeoff : new HsicTradeoff().explain(input, s, seed);
        ShapAnalysis.Result sh = shap != null ? shap : new ShapAnalysis().explain(input, s, seed);
        TrialMatrix t = input.trials();
        double maxPdp = 0;
        if (pdp != null) {
            for (double v : pdp.importance()) {
                maxPdp = Math.max(maxPdp, v);
            }
        }
        List<RecommendationRow> rows = new ArrayList<>();
        for (int j = 0; j < t.d(); j++) {
            Parameter p = input.space().parameters().get(j);
            List<Evidence> ev = new ArrayList<>();
            HsicIndex hi = h.best()[j];
            GoodRange good = h.goodRange()[j];
            double[] span = good == null ? null : good.span();
            ev.add(hi == null ? new Evidence("hsic", null, Double.NaN, Double.NaN, "too few active trials")
                    : new Evidence("hsic", hi.pValue() < 0.05, span == null ? Double.NaN : span[0],
                    span == null ? Double.NaN : span[1], String.format("S=%.3g, p=%.3g", hi.s(), hi.pValue())));
            if (pdp != null) {
                boolean trusted = pdp.heldOutR2() >= MIN_R2;
                ev.add(new Evidence("pdp", trusted ? pdp.importance()[j] >= 0.1 * maxPdp : null, Double.NaN,
                        Double.NaN, String.format("importance %.3g of max %.3g (GBT R²=%.2f)", pdp.importance()[j],
                        maxPdp, pdp.heldOutR2())));
            }
            ShapDependence d = sh.dependence().get(j);
            boolean shapTrusted = sh.heldOutR2() >= MIN_R2;
            ev.add(new Evidence("shap", shapTrusted ? !d.fixable() : null, d.rangeLow(), Double.isNaN(d.rangeLow())
                    ? Double.NaN : d.rangeHigh(), String.format("mean|SHAP|=%.3g, max bin %.3g vs threshold %.3g"
                    + " (R²=%.2f)", d.meanAbs(), d.maxBinMean(), d.threshold(), sh.heldOutR2())));
            double[] cheap = cheapest(trade.rows(), p.name());
            if (cheap != null) {
                ev.add(new Evidence("cost", null, cheap[0], cheap[1], String.format(
                        "cheapest sufficient range [%s, %s]",
                        p.fromUnit(cheap[0]), p.fromUnit(cheap[1]))));
            }
            Recommendation r = Recommendation.combine(p.name(), t.groups().get(j), ev,
                    cheap == null ? Double.NaN : cheap[2]);
            rows.add(new RecommendationRow(r.parameter(), r.group(), r.action(), r.low(), r.high(),
                    Double.isNaN(r.low()) ? null : String.valueOf(p.fromUnit(r.low())),
                    Double.isNaN(r.high()) ? null : String.valueOf(p.fromUnit(r.high())),
                    String.join(",", r.supportedBy()), r.evidence()));
        }
        return new Result(List.copyOf(rows));
    }

    /** [low, high, value to fix at] of the most-cut sufficient range of a parameter's trade-off curve, or null. */
    private static double[] cheapest(List<HsicTradeoffRow> trade, String parameter) {
        double[] best = null;
        double bestCut = -1;
        for (HsicTradeoffRow r : trade) {
            if (r.parameter().equals(parameter) && r.sufficient() && r.cut() > bestCut) {
                bestCut = r.cut();
                boolean high = r.expensiveEnd().equals("high");
                best = new double[] {r.unitLow(), r.unitHigh(), high ? r.unitHigh() : r.unitLow()};
            }
        }
        return best;
    }
}

package org.xhpo.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.xhpo.analysis.hsic.GoodRange;
import org.xhpo.analysis.hsic.HsicImportance;
import org.xhpo.analysis.hsic.HsicIndex;
import org.xhpo.analysis.hsic.HsicPairs;
import org.xhpo.analysis.hsic.HsicTradeoff;
import org.xhpo.analysis.hsic.HsicTradeoffRow;
import org.xhpo.analysis.hsic.PairIndex;
import org.xhpo.analysis.shap.ShapAnalysis;
import org.xhpo.analysis.shap.ShapDependence;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Parameter;

/**
 * {@code recommendations}: one row per parameter (ours, in the spirit of HSIC-GPBO of
 * hsic-explainable-hpo.md and the exclusions of metamodel-shap-hp-analysis.md §4;
 * docs/methods/recommendations.md). Votes ({@link Recommendation#combine}): HSIC — the best-p% index is
 * significant after the Benjamini–Hochberg correction; PDP — importance at least 10% of the largest;
 * SHAP — not fixable; a model whose hold-out R² (on rows that neither trained it nor chose its
 * early-stopping epoch) is below {@link #MIN_R2} abstains. Then, in this order:
 * <ol>
 *   <li>fewer than {@link #MIN_ADVICE_TRIALS} finished trials with the parameter active: {@code abstain};</li>
 *   <li>a cost parameter with a recommended cheap value (the seed's trade-off criterion): fix it there;</li>
 *   <li>P2: a parameter in a significant pair with positive excess over the sum of its singles is
 *       tuned jointly with its partner over the region the pair's best trials occupy, whatever its
 *       own (weak, by definition) vote, and gets no marginal range;</li>
 *   <li>no vote for tuning and no trusted model finding no effect (HSIC's "not significant" alone):
 *       {@code abstain};</li>
 *   <li>a parameter the votes fix: the declared default, else the best trial's value;</li>
 *   <li>a tuned categorical: the set of good choices (over-represented among the best trials);</li>
 *   <li>a tuned numeric parameter whose best trials form separate regions: each region, no span;</li>
 *   <li>otherwise a tuned parameter gets the intersection of the methods' ranges.</li>
 * </ol>
 */
public final class Recommendations implements ExplanationMethod<Recommendations.Result> {
    /** Hold-out R² below which a model abstains. */
    public static final double MIN_R2 = 0.2;
    /**
     * Fewest finished trials with a parameter active for advice on it; below, indices only. Measured
     * on explain_bench random sweeps (benchmarks/RESULTS.md, "How many trials before advice"): at 20
     * trials the HSIC vote called a noise parameter significant in 3% of the runs, from 30 on never.
     */
    public static final int MIN_ADVICE_TRIALS = 30;
    private final HsicImportance.Result hsic;
    private final HsicPairs.Result pairs;
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

    /** Recommendations that compute their own HSIC, pair, trade-off and SHAP evidence (no PDP vote). */
    public Recommendations() {
        this(null, null, null, null, null);
    }

    /**
     * Recommendations from evidence already computed on the same input (any may be null: computed).
     *
     * @param pdp the PDP evidence, or null when there is none (no PDP vote)
     */
    public Recommendations(HsicImportance.Result hsic, HsicPairs.Result pairs, HsicTradeoff.Result tradeoff,
                           ShapAnalysis.Result shap, PdpEvidence pdp) {
        this.hsic = hsic;
        this.pairs = pairs;
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
        HsicPairs.Result pr = pairs != null ? pairs : new HsicPairs().explain(input, s, seed);
        HsicTradeoff.Result trade = tradeoff != null ? tradeoff : new HsicTradeoff().explain(input, s, seed);
        ShapAnalysis.Result sh = shap != null ? shap : new ShapAnalysis().explain(input, s, seed);
        TrialMatrix t = input.trials();
        double maxPdp = 0;
        if (pdp != null) {
            for (double v : pdp.importance()) {
                maxPdp = Math.max(maxPdp, v);
            }
        }
        List<PairIndex> interacting = pr.interacting();
        List<RecommendationRow> rows = new ArrayList<>();
        for (int j = 0; j < t.d(); j++) {
            Parameter p = input.space().parameters().get(j);
            List<Evidence> ev = new ArrayList<>();
            HsicIndex hi = h.best()[j];
            GoodRange good = h.goodRange()[j];
            boolean oneSpan = good != null && !good.categorical() && !good.separated();
            ev.add(hi == null ? new Evidence("hsic", null, Double.NaN, Double.NaN, "too few active trials")
                    : new Evidence("hsic", h.significant()[j], oneSpan ? good.span()[0] : Double.NaN,
                    oneSpan ? good.span()[1] : Double.NaN, String.format("S=%.3g, p=%.3g (%s-adjusted %s)", hi.s(),
                    hi.pValue(), MultipleTesting.METHOD, h.significant()[j] ? "significant" : "not significant")));
            if (pdp != null) {
                boolean trusted = pdp.heldOutR2() >= MIN_R2;
                ev.add(new Evidence("pdp", trusted ? pdp.importance()[j] >= 0.1 * maxPdp : null, Double.NaN,
                        Double.NaN, String.format("importance %.3g of max %.3g (GBT R²=%.2f)", pdp.importance()[j],
                        maxPdp, pdp.heldOutR2())));
            }
            ShapDependence d = sh.dependence().get(j);
            boolean shapTrusted = sh.heldOutR2() >= MIN_R2;
            boolean shapRange = shapTrusted && !(p instanceof CategoricalParameter) && !Double.isNaN(d.rangeLow());
            ev.add(new Evidence("shap", shapTrusted ? !d.fixable() : null, shapRange ? d.rangeLow() : Double.NaN,
                    shapRange ? d.rangeHigh() : Double.NaN, String.format("mean|SHAP|=%.3g, max bin %.3g vs "
                    + "threshold %.3g (test-set R²=%.2f)", d.meanAbs(), d.maxBinMean(), d.threshold(), sh.heldOutR2())));
            Recommendation r = Recommendation.combine(p.name(), t.groups().get(j), ev, Double.NaN);
            rows.add(decide(input, j, r, good, cheapest(trade.rows(), p.name()), partners(interacting, j, t),
                    s.bestFraction()));
        }
        return new Result(List.copyOf(rows));
    }

    private static RecommendationRow decide(ExplainInput input, int j, Recommendation r, GoodRange good,
                                            HsicTradeoffRow cheap, List<Integer> partners, double bestFraction) {
        TrialMatrix t = input.trials();
        Parameter p = input.space().parameters().get(j);
        String sampling = input.sampling();
        String support = String.join(",", r.supportedBy());
        int active = t.activeRows(j).length;
        if (active < MIN_ADVICE_TRIALS) {
            return new RecommendationRow(p.name(), r.group(), "abstain", Double.NaN, Double.NaN, null, null, null,
                    List.of(), null, null, null, "", "no advice: only " + active + " finished trials with " + p.name()
                    + " active, advice needs " + MIN_ADVICE_TRIALS + " (benchmarks/RESULTS.md); " + r.evidence(),
                    sampling);
        }
        if (cheap != null) {
            double u = cheap.cheapUnit();
            return fix(p, r, u, "cheap_end", support, r.evidence() + "; cost: " + p.name() + " no longer matters for"
                    + " the best trials from " + p.fromUnit(u) + " on (hsic_tradeoff, p=" + String.format("%.3g",
                    cheap.pGamma()) + ", " + cheap.bestTrialsKept() + " best trials kept)", sampling);
        }
        if (!partners.isEmpty()) {
            StringJoiner with = new StringJoiner(",");
            StringJoiner region = new StringJoiner("; ");
            List<RegionBox> boxes = new ArrayList<>();
            for (int k : partners) {
                with.add(t.parameters().get(k));
                JointRegion jr = JointRegion.of(input, j, k, bestFraction);
                region.add(jr.describe());
                boxes.addAll(jr.boxes(boxes.size() / 2));
            }
            return new RecommendationRow(p.name(), r.group(), "tune", Double.NaN, Double.NaN, null, null,
                    region.toString(), boxes, null, null, with.toString(), support + (support.isEmpty() ? "" : ",")
                    + "hsic-pair", r.evidence() + "; interacts with " + with + ": tune jointly, no marginal range",
                    sampling);
        }
        if (r.action().equals("abstain")) {
            return new RecommendationRow(p.name(), r.group(), "abstain", Double.NaN, Double.NaN, null, null, null,
                    List.of(), null, null, null, "", "no advice: no trusted model (hold-out R² below " + MIN_R2
                    + ") and HSIC alone found no significant effect, which is not evidence of none at "
                    + active + " trials (benchmarks/RESULTS.md, 'How many trials before advice'): keep it as declared"
                    + " or run more trials; " + r.evidence(), sampling);
        }
        if (r.action().equals("fix")) {
            if (p.defaultValue().isPresent()) {
                return fix(p, r, p.toUnit(p.defaultValue().get()), "default", support, r.evidence(), sampling);
            }
            return fix(p, r, bestTrialUnit(t, j), "best_trial", support, r.evidence(), sampling);
        }
        if (good != null && (good.categorical() || good.separated())) {
            StringJoiner v = new StringJoiner(good.categorical() ? "," : "; ");
            List<RegionBox> boxes = new ArrayList<>();
            for (double[] iv : good.intervals()) {
                v.add(good.categorical() ? String.valueOf(p.fromUnit(0.5 * (iv[0] + iv[1])))
                        : "[" + p.fromUnit(iv[0]) + ", " + p.fromUnit(iv[1]) + "]");
                boxes.add(new RegionBox(boxes.size(), p.name(), iv[0], iv[1]));
            }
            String note = good.categorical() ? "good choices" : good.intervals().size()
                    + " separate regions of the best trials";
            return new RecommendationRow(p.name(), r.group(), "tune", Double.NaN, Double.NaN, null, null,
                    v.toString(), boxes, null, null, null, support, r.evidence() + "; " + note, sampling);
        }
        boolean range = !Double.isNaN(r.low());
        return new RecommendationRow(p.name(), r.group(), "tune", r.low(), r.high(),
                range ? String.valueOf(p.fromUnit(r.low())) : null, range ? String.valueOf(p.fromUnit(r.high())) : null,
                null, List.of(), null, null, null, support, r.evidence(), sampling);
    }

    private static RecommendationRow fix(Parameter p, Recommendation r, double u, String source, String support,
                                         String evidence, String sampling) {
        String v = String.valueOf(p.fromUnit(u));
        return new RecommendationRow(p.name(), r.group(), "fix", u, u, v, v, null, List.of(), v, source,
                null, support, evidence, sampling);
    }

    /** The unit value of the parameter in the best trial where it is active. */
    private static double bestTrialUnit(TrialMatrix t, int j) {
        int best = -1;
        for (int i : t.activeRows(j)) {
            if (best < 0 || t.direction().better(t.objective()[i], t.objective()[best])) {
                best = i;
            }
        }
        return t.unit()[best][j];
    }

    private static List<Integer> partners(List<PairIndex> interacting, int j, TrialMatrix t) {
        List<Integer> out = new ArrayList<>();
        for (PairIndex q : interacting) {
            if (q.a() == j) {
                out.add(q.b());
            } else if (q.b() == j) {
                out.add(q.a());
            }
        }
        return out;
    }

    /** The recommended row of the seed's trade-off curve of a parameter, or null. */
    private static HsicTradeoffRow cheapest(List<HsicTradeoffRow> trade, String parameter) {
        for (HsicTradeoffRow r : trade) {
            if (r.parameter().equals(parameter) && r.recommended()
                    && r.curve().equals(HsicTradeoffRow.CHEAP_END_CUT)) {
                return r;
            }
        }
        return null;
    }
}

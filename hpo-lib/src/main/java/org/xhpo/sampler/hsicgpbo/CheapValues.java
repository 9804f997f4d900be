package org.xhpo.sampler.hsicgpbo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.ExplainInput;
import org.xhpo.analysis.SampleMoments;
import org.xhpo.analysis.TrialMatrix;
import org.xhpo.analysis.hsic.GoalTarget;
import org.xhpo.analysis.hsic.HsicTradeoff;
import org.xhpo.analysis.hsic.HsicTradeoffRow;

/**
 * The focus stage's cost decisions, read from the analysis library's trade-off ({@link HsicTradeoff},
 * the seed's Fig. 9 of hsic-explainable-hpo.md: S of X restricted to [a + c, b] as c grows; "other
 * hyperparameters values chosen in order to improve cost efficiency", Table 4 caption). The cost
 * drivers are the parameters the library draws a curve for (a declared cost parameter, or one whose
 * unit value correlates with a cost metric); each is fixed at the cheap value of the curve's
 * recommended cut (the seed's criterion: the smallest a + c at which X no longer matters for reaching
 * the best trials, p &gt; 0.05, with the range still sufficient), but never cheaper than a floor read
 * from the best exploration trials. A driver with no recommended cut gets NaN (the caller uses the
 * best trial's value).
 *
 * <p>The floor (ours; {@code cost_floor}). With a few dozen exploration trials the seed's test has
 * little power: X often looks insignificant on its whole range (c = 0), and the seed's cut then stops
 * at or near the cheap end whatever the truth. The best trials show where the best results were
 * reached, but coarsely: a driver whose loss penalty just below its loss-free value is small next to
 * the spread the other parameters cause still puts some of the best exploration trials there, while
 * the focus stage, with the others tuned, reaches a precision at which that penalty decides.
 * <ul>
 *   <li>{@code best_median} (default): the median of X among the best p% exploration trials (the
 *       goal-oriented target's rows), i.e. the range [cut, b] keeps at least half of the best p% —
 *       the seed's sufficiency condition ("the range still holds the best trials") asked of half of
 *       them rather than of {@link HsicTradeoff#MIN_BEST_KEPT}. It errs toward accuracy: where X does
 *       not matter at all the cut is about the middle of its range instead of its cheap end;</li>
 *   <li>{@code best5_min}: the cheapest value among the {@link #FLOOR_BEST} best trials (the earlier
 *       rule, kept for comparison): too cheap whenever the loss rises slowly below the loss-free
 *       value.</li>
 * </ul>
 * The seed's cut sets the value whenever it lies beyond the floor (the evidence names which did).
 * Measured (benchmarks/RESULTS.md, hsic-gpbo on {@code explain_bench}, budget 150, seeds 0–4, with
 * the loss-free width at 64 and, held out, at 200 and 16): {@code best5_min} fixes width below the
 * loss-free value in most studies and loses to random search at 64 and 200; {@code best_median} fixes
 * it at or above 64 in every study (fewer at 200) and beats random search on all three.
 *
 * <p>A parameter the library flags from a cost <em>metric</em> (|Pearson r| &ge; 0.3, a descriptive
 * threshold) is a cost driver here only when its dependence on the metric is significant: a
 * permutation test of Spearman's rank correlation, Bonferroni over the d parameters at
 * {@link #COST_ALPHA}. The seed's trade-off is for "a hyperparameter that have an impact on both
 * accuracy and execution time" (Fig. 9); with a few dozen exploration trials the null standard
 * deviation of r is about 1/√(n − 1) ≈ 0.2, so |r| &ge; 0.3 flags a parameter with no effect on the
 * cost in roughly one draw of six (measured: optimizer and weight decay flagged for {@code flops} in
 * a 24-trial Fashion-MNIST exploration), and a spurious driver is fixed at an arbitrary "cheap" value
 * and never fine-tuned. A parameter named in {@code costs} itself is a driver by declaration.
 */
final class CheapValues {
    /** Family-wise level of the cost-dependence test over the parameters. */
    static final double COST_ALPHA = 0.05;
    /** Permutations of the cost-dependence test. */
    static final int COST_PERMUTATIONS = 999;
    /** The best trials whose cheapest value is the {@link #BEST5_MIN} floor. */
    static final int FLOOR_BEST = 5;
    /** Level of the seed's test (Fig. 9: X "no longer matters" when its p-value rises above it). */
    static final double SEED_LEVEL = 0.05;
    /** {@code cost_floor}: the median of the cost driver among the best p% exploration trials (default). */
    static final String BEST_MEDIAN = "best_median";
    /** {@code cost_floor}: the cheapest value among the {@link #FLOOR_BEST} best trials (the earlier rule, for comparison). */
    static final String BEST5_MIN = "best5_min";
    /** The values of {@code cost_floor}. */
    static final List<String> FLOORS = List.of(BEST_MEDIAN, BEST5_MIN);

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
        return find(input, settings, seed, BEST_MEDIAN);
    }

    /**
     * Cost driver name → its cheap value, with the floor rule {@code floorRule} ({@link #FLOORS}).
     */
    static Map<String, CheapValue> find(ExplainInput input, AnalysisSettings settings, long seed, String floorRule) {
        List<HsicTradeoffRow> rows = new HsicTradeoff().explain(input, settings, seed).rows().stream()
                .filter(r -> r.curve().equals(HsicTradeoffRow.CHEAP_END_CUT)).toList();
        Map<String, CheapValue> out = new LinkedHashMap<>();
        TrialMatrix t = input.trials();
        for (HsicTradeoffRow first : rows) {
            String name = first.parameter();
            if (out.containsKey(name)) {
                continue;
            }
            String dependence = "";
            if (!first.cost().equals(name)) { // flagged from a metric: the dependence must be significant
                int j = input.space().indexOf(name);
                double[] metric = t.costs().get(first.cost());
                double[] test = costDependence(t, j, metric, seed);
                if (test[1] > COST_ALPHA / t.d()) {
                    continue;
                }
                dependence = String.format(Locale.ROOT, "; depends on %s: Spearman rho=%.2f, permutation p=%.3f "
                        + "<= %.3f (Bonferroni over %d)", first.cost(), test[0], test[1], COST_ALPHA / t.d(), t.d());
            }
            List<HsicTradeoffRow> curve = rows.stream().filter(r -> r.parameter().equals(name)
                    && r.cost().equals(first.cost())).toList();
            boolean highExpensive = first.expensiveEnd().equals("high");
            StringBuilder ev = new StringBuilder(String.format(Locale.ROOT, "cost driver (%s, expensive end %s%s); "
                    + "hsic_tradeoff curve c:S:p", first.cost(), first.expensiveEnd(), dependence));
            for (HsicTradeoffRow r : curve) {
                ev.append(String.format(Locale.ROOT, " %.1f:%.2e:%.3f", r.cut(), r.s(), r.pGamma()));
            }
            HsicTradeoffRow chosen = curve.stream().filter(HsicTradeoffRow::recommended).findFirst().orElse(null);
            if (chosen == null) {
                out.put(name, new CheapValue(Double.NaN, ev + "; no cut keeps the best trials with " + name
                        + " no longer significant"));
                continue;
            }
            int j = input.space().indexOf(name);
            HsicTradeoffRow whole = curve.stream().filter(r -> r.cut() == 0).findFirst().orElse(chosen);
            double floor = floorRule.equals(BEST5_MIN) ? cheapestAmongBest(t, j, highExpensive)
                    : medianAmongBest(t, j, highExpensive, settings.bestFraction());
            double cut = Math.max(chosen.cut(), floor); // oriented: 0 is the cheap end
            String power = whole.pGamma() <= SEED_LEVEL ? "significant" : "not significant";
            out.put(name, new CheapValue(highExpensive ? cut : 1 - cut, ev + String.format(Locale.ROOT,
                    "; seed's Fig. 9 cut %.1f (p=%.3f, %d best trials kept; %s on the whole range, p=%.3f); floor %s "
                    + "%.3f; cut %.3f, set by %s", chosen.cut(), chosen.pGamma(), chosen.bestTrialsKept(), power,
                    whole.pGamma(), floorRule.equals(BEST5_MIN) ? "(cost_floor best5_min): cheapest of the "
                            + FLOOR_BEST + " best trials" : String.format(Locale.ROOT, "(cost_floor best_median): "
                            + "median among the best %.0f%% trials", 100 * settings.bestFraction()), floor, cut,
                    chosen.cut() >= floor ? "the seed's Fig. 9 cut" : "the floor")));
        }
        return out;
    }

    /**
     * Spearman's rank correlation between parameter j's unit value and a cost metric over the rows
     * where j is active, and its two-sided permutation p-value ((1 + #{|rho*| &ge; |rho|}) / (1 + B),
     * B = {@link #COST_PERMUTATIONS}, permutations drawn from {@code seed}).
     *
     * @return {rho, p}; p = 1 with fewer than 3 rows or a constant column
     */
    static double[] costDependence(TrialMatrix t, int j, double[] metric, long seed) {
        int[] rows = t.activeRows(j);
        if (rows.length < 3) {
            return new double[] {0, 1};
        }
        double[] x = SampleMoments.midRanks(TrialMatrix.pick(t.column(j), rows));
        double[] y = SampleMoments.midRanks(TrialMatrix.pick(metric, rows));
        double rho = SampleMoments.pearson(x, y);
        if (rho == 0) {
            return new double[] {0, 1};
        }
        SplittableRandom rng = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (j + 1)));
        double[] perm = y.clone();
        int atLeast = 0;
        for (int b = 0; b < COST_PERMUTATIONS; b++) {
            for (int i = perm.length - 1; i > 0; i--) {
                int k = rng.nextInt(i + 1);
                double tmp = perm[i];
                perm[i] = perm[k];
                perm[k] = tmp;
            }
            atLeast += Math.abs(SampleMoments.pearson(x, perm)) >= Math.abs(rho) - 1e-12 ? 1 : 0;
        }
        return new double[] {rho, (1.0 + atLeast) / (1.0 + COST_PERMUTATIONS)};
    }

    /**
     * The median oriented unit value (0 = cheap end) among the best p% trials where parameter j is
     * active (the goal-oriented target Z = 1{best p%} of the analysis, on the same rows); the mean of
     * the two middle values for an even count.
     */
    static double medianAmongBest(TrialMatrix t, int j, boolean highExpensive, double p) {
        int[] rows = t.activeRows(j);
        boolean[] best = GoalTarget.best(TrialMatrix.pick(t.objective(), rows), p, t.direction());
        double[] v = new double[rows.length];
        int k = 0;
        for (int i = 0; i < rows.length; i++) {
            if (best[i]) {
                double u = t.unit()[rows[i]][j];
                v[k++] = highExpensive ? u : 1 - u;
            }
        }
        if (k == 0) {
            return 0;
        }
        double[] b = Arrays.copyOf(v, k);
        Arrays.sort(b);
        return k % 2 == 1 ? b[k / 2] : (b[k / 2 - 1] + b[k / 2]) / 2;
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

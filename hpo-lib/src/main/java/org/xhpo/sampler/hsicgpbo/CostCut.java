package org.xhpo.sampler.hsicgpbo;

import java.util.ArrayList;
import java.util.List;
import org.xhpo.analysis.hsic.GoalTarget;
import org.xhpo.analysis.hsic.HsicEstimator;
import org.xhpo.analysis.hsic.HsicIndex;
import org.xhpo.study.Direction;

/**
 * The cheapest value a cost-driving parameter can take without losing the best results, read off
 * the HSIC trade-off curve of hsic-explainable-hpo.md, Fig. 9: for X ∈ [a, b] (unit space, cheap
 * end a), compute {@code S_{X | X ∈ [a+c, b], Y}} for growing cuts c. Where X stops being
 * significant for reaching the best p% inside [a+c, b], any value of that range does as well as any
 * other, so the cheapest one, a + c, is chosen — provided the range still holds at least
 * {@link #MIN_BEST} of the global best p% trials ("sufficient", as the analysis' hsic_tradeoff).
 * With few trials the test has little power and X can look insignificant on its whole range, so
 * the cut is never below the cheapest value among the {@link #MIN_BEST} best trials (ours: the curve
 * says where X stops mattering, the best trials say where the best results were actually reached).
 *
 * <p>Notation: u_i the unit values of X on the trials where it is active, oriented so 0 is cheap;
 * Z is recomputed inside each range (P3's rule for subsets).
 *
 * @param cut the chosen cut c (unit distance from the cheap end), NaN when no cut qualified
 * @param s S of X on [a+c, b] at the chosen cut
 * @param pValue its p-value
 * @param bestKept global-best trials inside [a+c, b]
 * @param curve {@code c:S:p} for every cut tried, for the evidence column
 */
record CostCut(double cut, double s, double pValue, int bestKept, String curve) {
    /** Global-best trials a range must keep to be sufficient (as the analysis' trade-off). */
    static final int MIN_BEST = 5;
    /** Fewest rows an HSIC test runs on. */
    static final int MIN_ROWS = 10;

    /**
     * Scans cuts 0, 0.05, …, 0.9 from the cheap end.
     *
     * @param u unit values oriented cheap = 0 (NaN rows must be removed by the caller)
     * @param y objective values of the same rows
     * @param alpha significance level
     */
    static CostCut scan(double[] u, double[] y, Direction direction, double bestFraction, double alpha,
                        HsicEstimator estimator, long seed) {
        boolean[] globalBest = GoalTarget.best(y, effectiveFraction(bestFraction, y.length), direction);
        double cheapestBest = 1; // the cheapest value among the MIN_BEST best trials
        Integer[] order = new Integer[y.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (i, j) -> Double.compare(direction.asLoss(y[i]), direction.asLoss(y[j])));
        for (int r = 0; r < Math.min(MIN_BEST, order.length); r++) {
            cheapestBest = Math.min(cheapestBest, u[order[r]]);
        }
        List<String> curve = new ArrayList<>();
        for (int k = 0; k <= 18; k++) {
            double c = k * 0.05;
            List<Integer> keep = new ArrayList<>();
            int kept = 0;
            for (int i = 0; i < u.length; i++) {
                if (u[i] >= c - 1e-12) {
                    keep.add(i);
                    kept += globalBest[i] ? 1 : 0;
                }
            }
            if (kept < MIN_BEST || keep.size() < MIN_ROWS) {
                break; // cutting further loses the best trials
            }
            double[] x = new double[keep.size()];
            double[] yy = new double[keep.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = u[keep.get(i)];
                yy[i] = y[keep.get(i)];
            }
            boolean[] z = GoalTarget.best(yy, effectiveFraction(bestFraction, yy.length), direction);
            // hsic-explainable-hpo.md Fig. 9: S_{X_i | X_i ∈ [a+c, b], Y}
            HsicIndex h = estimator.single(x, z, seed + k);
            curve.add(String.format(java.util.Locale.ROOT, "%.2f:%.2e:%.3f", c, h.s(), h.pValue()));
            if (!(h.pValue() < alpha)) {
                curve.add(String.format(java.util.Locale.ROOT, "cheapest best %.3f", cheapestBest));
                return new CostCut(Math.max(c, cheapestBest), h.s(), h.pValue(), kept, String.join(" ", curve));
            }
        }
        return new CostCut(Double.NaN, Double.NaN, Double.NaN, 0, String.join(" ", curve));
    }

    /** p, raised so that Z = 1 holds on at least {@link #MIN_TARGET} rows (the test's power needs them). */
    static double effectiveFraction(double p, int n) {
        return Math.min(0.5, Math.max(p, MIN_TARGET / (double) Math.max(1, n)));
    }

    /** Fewest rows with Z = 1 a goal-oriented test runs with. */
    static final int MIN_TARGET = 10;
}

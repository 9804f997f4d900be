package org.xhpo.analysis.shap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xhpo.study.Direction;

/**
 * SHAP dependence of one parameter and what follows from it (ours, docs/methods/shap.md, 'Dependence,
 * favourable range, fixable'; the seed reads these plots by eye): its active values cut into quantile
 * bins (default 10), per bin the mean and sd of the SHAP values; the recommended range is the run of
 * adjacent bins whose mean contribution is favourable (negative when minimizing, positive when
 * maximizing) with the largest total contribution Σ |mean|·count; the
 * parameter is fixable when no bin's |mean| reaches ε·sd(metric) (ε = 0.05).
 *
 * @param bins per bin: unit low, unit high, count, mean SHAP, sd SHAP
 * @param meanAbs mean |SHAP| over the explained trials where the parameter is active
 * @param rangeLow unit low of the favourable range, NaN when none
 * @param rangeHigh unit high of the favourable range, NaN when none
 * @param fixable whether the contribution is small throughout the range
 * @param maxBinMean the largest |bin mean|
 * @param threshold ε·sd(metric)
 */
public record ShapDependence(List<double[]> bins, double meanAbs, double rangeLow, double rangeHigh, boolean fixable,
                             double maxBinMean, double threshold) {
    /** The default ε. */
    public static final double EPSILON = 0.05;

    /**
     * @param unit the parameter's unit values of the explained rows (NaN when inactive)
     * @param shap the SHAP values of the parameter on those rows
     * @param binCount number of quantile bins
     * @param metricSd sd of the analyzed metric
     * @param direction which contributions are favourable
     */
    public static ShapDependence of(double[] unit, double[] shap, int binCount, double metricSd, Direction direction) {
        int n = 0;
        for (double u : unit) {
            n += Double.isNaN(u) ? 0 : 1;
        }
        Integer[] order = new Integer[n];
        int k = 0;
        double meanAbs = 0;
        for (int i = 0; i < unit.length; i++) {
            if (!Double.isNaN(unit[i])) {
                order[k++] = i;
                meanAbs += Math.abs(shap[i]);
            }
        }
        meanAbs = n > 0 ? meanAbs / n : 0.0;
        Arrays.sort(order, (a, b) -> Double.compare(unit[a], unit[b]));
        int b = Math.max(1, Math.min(binCount, n));
        List<double[]> bins = new ArrayList<>();
        double maxAbs = 0;
        for (int j = 0; j < b && n > 0; j++) {
            int lo = j * n / b;
            int hi = (j + 1) * n / b;
            if (hi <= lo) {
                continue;
            }
            double s = 0;
            for (int i = lo; i < hi; i++) {
                s += shap[order[i]];
            }
            double mean = s / (hi - lo);
            double ss = 0;
            for (int i = lo; i < hi; i++) {
                ss += (shap[order[i]] - mean) * (shap[order[i]] - mean);
            }
            double left = j == 0 ? 0.0 : 0.5 * (unit[order[lo - 1]] + unit[order[lo]]);
            double right = j == b - 1 ? 1.0 : 0.5 * (unit[order[hi - 1]] + unit[order[Math.min(hi, n - 1)]]);
            bins.add(new double[] {left, right, hi - lo, mean, hi - lo > 1 ? Math.sqrt(ss / (hi - lo - 1)) : 0.0});
            maxAbs = Math.max(maxAbs, Math.abs(mean));
        }
        double sign = direction == Direction.MINIMIZE ? -1 : 1;
        int bestStart = -1;
        int bestEnd = -1;
        double bestGain = 0;
        for (int s = 0; s < bins.size(); s++) { // the favourable run with the largest total contribution
            double gain = 0;
            for (int e = s; e < bins.size() && sign * bins.get(e)[3] > 0; e++) {
                gain += sign * bins.get(e)[3] * bins.get(e)[2];
                if (gain > bestGain) {
                    bestGain = gain;
                    bestStart = s;
                    bestEnd = e;
                }
            }
        }
        double threshold = EPSILON * metricSd;
        return new ShapDependence(List.copyOf(bins), meanAbs, bestStart < 0 ? Double.NaN : bins.get(bestStart)[0],
                bestStart < 0 ? Double.NaN : bins.get(bestEnd)[1], maxAbs < threshold, maxAbs, threshold);
    }
}

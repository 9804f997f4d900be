package org.xhpo.sampler.hsicgpbo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.TrialResult;

/**
 * Which parameters drive cost, as the analysis' trade-off reads them (README "hsic_tradeoff"): a
 * cost named in {@code costs} that is a parameter is expensive at its high end; a cost metric
 * (e.g. {@code params}, {@code flops}, {@code train_seconds}) makes every numeric parameter whose
 * unit value correlates with the log of the metric (|Pearson r| ≥ {@value #MIN_CORRELATION}, and
 * ≥ 2/√n so that chance correlations of a few trials do not count) cost driving, expensive at the end the correlation points to. Categorical parameters are never cost
 * drivers here (their unit order means nothing).
 */
final class CostDrivers {
    /** Smallest |r| that makes a parameter cost-driving (as the analysis' trade-off). */
    static final double MIN_CORRELATION = 0.3;

    private CostDrivers() {
    }

    /**
     * The cost-driving parameters, each with its evidence prefixed by {@code +} (high end expensive)
     * or {@code -} (low end expensive).
     *
     * @param u unit values of the trials (rows) per parameter, NaN where inactive
     */
    static Map<String, String> find(SearchSpace space, List<TrialResult> trials, double[][] u, List<String> costs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String cost : costs) {
            int j = space.indexOf(cost);
            if (j >= 0) {
                out.putIfAbsent(cost, "+declared cost parameter");
                continue;
            }
            double[] metric = new double[trials.size()];
            boolean present = !trials.isEmpty();
            for (int i = 0; i < metric.length && present; i++) {
                Double m = trials.get(i).metrics().get(cost);
                present = m != null && m > 0 && Double.isFinite(m);
                metric[i] = present ? Math.log(m) : 0;
            }
            if (!present) {
                continue;
            }
            for (int p = 0; p < space.dimension(); p++) {
                Parameter prm = space.parameters().get(p);
                if (prm instanceof CategoricalParameter) {
                    continue;
                }
                int[] rows = FocusPlan.activeRows(u, p);
                double r = pearson(FocusPlan.column(u, p, rows), FocusPlan.pick(metric, rows));
                if (Math.abs(r) >= Math.max(MIN_CORRELATION, 2 / Math.sqrt(Math.max(1, rows.length)))) {
                    out.merge(prm.name(), String.format(Locale.ROOT, "%slog %s r=%.2f", r > 0 ? "+" : "-", cost, r),
                            (a, b) -> a + ", " + b.substring(1));
                }
            }
        }
        return out;
    }

    static double pearson(double[] a, double[] b) {
        int n = a.length;
        if (n < 3) {
            return 0;
        }
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i] / n;
            mb += b[i] / n;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
    }
}

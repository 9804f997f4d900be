package org.xhpo.jobs.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.TrialMatrix;
import org.xhpo.analysis.hsic.Bandwidth;
import org.xhpo.analysis.hsic.GoalTarget;
import org.xhpo.analysis.hsic.HsicEstimator;
import org.xhpo.analysis.hsic.HsicIndex;
import org.xhpo.space.Parameter;

/**
 * Rows of {@code hsic_tradeoff} (hsic-explainable-hpo.md slides Fig. 9; METHODS.md §2.8): for a
 * cost-driving parameter X, S of X restricted to the range left after cutting a fraction c off its
 * expensive end, the threshold recomputed inside the range (as P3), with the best objective still
 * reached there. A cost named in {@code analysis.costs} that is a parameter is taken as expensive at
 * its high end; a cost metric makes every parameter whose unit value correlates with it
 * (|Pearson r| ≥ 0.3) cost-driving, expensive at the end the correlation points to. A range is
 * {@code sufficient} when it still holds at least 5 of the trials in the global best p% — the
 * cheapest sufficient range is the recommendation's "cheapest range that still reaches the best results".
 */
final class HsicTradeoffRows {
    static final StructType SCHEMA = new StructType().add("parameter", DataTypes.StringType, false)
            .add("cost", DataTypes.StringType, false).add("expensive_end", DataTypes.StringType, false)
            .add("cut", DataTypes.DoubleType, false).add("unit_low", DataTypes.DoubleType, false)
            .add("unit_high", DataTypes.DoubleType, false).add("value_low", DataTypes.StringType, false)
            .add("value_high", DataTypes.StringType, false).add("n", DataTypes.IntegerType, false)
            .add("best_trials_kept", DataTypes.IntegerType, false).add("s", DataTypes.DoubleType, true)
            .add("p_gamma", DataTypes.DoubleType, true).add("best_objective", DataTypes.DoubleType, true)
            .add("sufficient", DataTypes.BooleanType, false);

    private HsicTradeoffRows() {
    }

    static List<Row> rows(AnalysisInput in, TrialMatrix t, AnalysisSettings s, Bandwidth bw, double[] cuts, long seed) {
        List<Row> out = new ArrayList<>();
        boolean[] globalBest = GoalTarget.best(t.objective(), s.bestFraction(), t.direction());
        for (String cost : s.costs()) {
            int j = t.parameters().indexOf(cost);
            if (j >= 0) {
                curve(out, in, t, s, bw, j, cost, true, cuts, globalBest, seed);
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
                    curve(out, in, t, s, bw, p, cost, r > 0, cuts, globalBest, seed);
                }
            }
        }
        return out;
    }

    private static void curve(List<Row> out, AnalysisInput in, TrialMatrix t, AnalysisSettings s, Bandwidth bw, int j,
                              String cost, boolean highIsExpensive, double[] cuts, boolean[] globalBest, long seed) {
        Parameter p = in.space().parameters().get(j);
        for (double c : cuts) {
            double lo = highIsExpensive ? 0 : c;
            double hi = highIsExpensive ? 1 - c : 1;
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
            Double sv = null;
            Double pg = null;
            Double bestY = null;
            if (rows.length >= HsicTables.MIN_ROWS) {
                boolean[] z = GoalTarget.best(y, s.bestFraction(), t.direction());
                HsicIndex h = new HsicEstimator(bw, 0).single(TrialMatrix.pick(t.column(j), rows), z, seed);
                sv = h.s();
                pg = Double.isNaN(h.pGamma()) ? null : h.pGamma();
            }
            for (double v : y) {
                bestY = bestY == null || t.direction().better(v, bestY) ? v : bestY;
            }
            out.add(RowFactory.create(p.name(), cost, highIsExpensive ? "high" : "low", c, lo, hi,
                    String.valueOf(p.fromUnit(lo)), String.valueOf(p.fromUnit(hi)), rows.length, kept, sv, pg, bestY,
                    kept >= 5));
        }
    }

    private static double pearson(double[] a, double[] b) {
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

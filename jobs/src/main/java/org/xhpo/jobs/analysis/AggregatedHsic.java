package org.xhpo.jobs.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.xhpo.analysis.hsic.Bandwidth;
import org.xhpo.analysis.hsic.BinnedHsicStatistics;
import org.xhpo.analysis.hsic.HsicImportance;
import org.xhpo.analysis.hsic.HsicIndex;
import org.xhpo.analysis.hsic.PairIndex;
import org.xhpo.study.Direction;

/**
 * Goal-oriented HSIC on every trial of a large table with Spark aggregations (docs/methods/hsic.md,
 * 'The binned estimator for large tables'): per conditional group, the best- and worst-p%
 * thresholds are found exactly (an approximate quantile brackets the order statistic, then the rows
 * inside the bracket are ranked on the driver), then one pass over the partitions fills
 * {@link BinnedHsicStatistics} (linear-binned counts on a unit-space grid, per group and target,
 * pairs on a {@link #PAIR_BINS}² grid), merged with {@code treeReduce}; the indices come from the
 * merged counts on the driver. No trial is sampled away; there is no permutation p-value (the Gamma
 * one is reported).
 *
 * <p>Groups as in {@link HsicImportance}: a group's statistics hold its own parameters and the
 * always-active ones, on the rows where the group is active, with the threshold recomputed there;
 * the always-active ones that vary there ({@link HsicImportance#varies}, from the binned range) are
 * returned as the group's co-active rows (P3); pairs are those
 * {@link org.xhpo.analysis.hsic.HsicPairs} would compute.
 */
public final class AggregatedHsic {
    /** Grid points per variable for singles ({@link BinnedHsicStatistics#BINS}, why there). */
    public static final int BINS = BinnedHsicStatistics.BINS;
    /** Grid points per axis for pairs ({@link BinnedHsicStatistics#PAIR_BINS}). */
    public static final int PAIR_BINS = BinnedHsicStatistics.PAIR_BINS;

    /**
     * What the aggregation produced.
     *
     * @param best best-p% index of every parameter on its group's rows (null when insufficient)
     * @param worst worst-p% index likewise
     * @param pairs the pair indices with the two singles on the same rows
     * @param coActive per conditional group, the always-active parameters that vary on its rows with
     *     their indices there (P3), as {@link HsicImportance#fromIndices} takes them
     */
    public record Result(HsicIndex[] best, HsicIndex[] worst, List<PairIndex> pairs,
                         Map<String, List<HsicImportance.CoActive>> coActive) {
    }

    private AggregatedHsic() {
    }

    /**
     * Computes the indices of every parameter (and every allowed pair) on all prepared rows.
     *
     * @param in the prepared trials ({@code row, x0.., y, c..})
     * @param groups the group label of every parameter ("" when always active)
     * @param bestFraction p
     * @param bw the bandwidth rule ({@code max} is refused)
     * @param minRows fewest active rows for an index to be reported
     */
    public static Result compute(AnalysisInput in, List<String> groups, double bestFraction, Bandwidth bw, int minRows) {
        if (bw instanceof Bandwidth.Max) {
            throw new IllegalArgumentException("analysis.bandwidth: max is not available for tables larger than"
                    + " exact_limit (the binned estimator supports std, median or a number)");
        }
        int d = groups.size();
        List<String> labels = new ArrayList<>(new java.util.LinkedHashSet<>(groups));
        Collections.sort(labels); // "" first
        if (!labels.contains("")) {
            labels.add(0, "");
        }
        Dataset<Row> data = in.prepared();
        Direction dir = in.direction();
        Column loss = dir == Direction.MINIMIZE ? col("y") : col("y").multiply(-1);
        List<Plan> plans = new ArrayList<>();
        for (String g : labels) {
            int[] vars = variablesOf(groups, g);
            int[] own = g.isEmpty() ? vars : ownOf(groups, g);
            if (own.length == 0) {
                continue;
            }
            Column active = lit(true);
            for (int j : own) {
                active = g.isEmpty() ? active : active.and(col(AnalysisInput.x(j)).isNotNull());
            }
            Dataset<Row> rows = data.where(active);
            double thrBest = lowerQuantile(rows, loss, bestFraction);
            double thrWorst = lowerQuantile(rows, loss.multiply(-1), bestFraction);
            List<int[]> pairs = new ArrayList<>();
            for (int a = 0; a < vars.length; a++) {
                for (int b = a + 1; b < vars.length; b++) {
                    boolean shared = groups.get(vars[a]).isEmpty() && groups.get(vars[b]).isEmpty();
                    if (g.isEmpty() || !shared) { // pairs of two always-active parameters belong to the "" group
                        pairs.add(new int[] {a, b});
                    }
                }
            }
            plans.add(new Plan(g, vars, own, thrBest, thrWorst, pairs.toArray(new int[0][])));
        }
        Plan[] planArray = plans.toArray(new Plan[0]);
        double sign = dir == Direction.MINIMIZE ? 1 : -1;
        // one statistics object per task: a few large tasks, not one per file split
        int tasks = Math.max(1, 2 * data.sparkSession().sparkContext().defaultParallelism());
        Partial merged = data.select(buildColumns(d)).coalesce(tasks).javaRDD()
                .mapPartitions((Iterator<Row> it) -> Collections.singletonList(Partial.of(planArray, d, sign, it)).iterator())
                .treeReduce(Partial::merge);

        HsicIndex[] best = new HsicIndex[d];
        HsicIndex[] worst = new HsicIndex[d];
        List<PairIndex> pairs = new ArrayList<>();
        Map<String, List<HsicImportance.CoActive>> coActive = new LinkedHashMap<>();
        for (int k = 0; k < planArray.length; k++) {
            Plan p = planArray[k];
            BinnedHsicStatistics sb = merged.best[k];
            BinnedHsicStatistics sw = merged.worst[k];
            if (sb.rows() < minRows) {
                continue;
            }
            Map<Integer, HsicIndex> singles = new LinkedHashMap<>();
            for (int v = 0; v < p.vars.length; v++) {
                singles.put(v, sb.single(v, bw));
            }
            for (int j : p.own) {
                int v = indexOf(p.vars, j);
                best[j] = singles.get(v);
                worst[j] = sw.single(v, bw);
            }
            if (!p.group.isEmpty()) { // P3: the always-active parameters on this group's rows
                List<HsicImportance.CoActive> co = new ArrayList<>();
                for (int v = 0; v < p.vars.length; v++) {
                    int j = p.vars[v];
                    if (groups.get(j).isEmpty() && HsicImportance.varies(in.space().parameters().get(j), sb.low(v),
                            sb.high(v))) {
                        co.add(new HsicImportance.CoActive(j, singles.get(v), sw.single(v, bw)));
                    }
                }
                coActive.put(p.group, co);
            }
            // O(P³) per pair on the driver: use its cores (the statistics are only read here)
            List<HsicIndex> pairIdx = java.util.stream.IntStream.range(0, p.pairs.length).parallel()
                    .mapToObj(q -> sb.pair(q, bw)).toList();
            for (int q = 0; q < p.pairs.length; q++) {
                int va = p.pairs[q][0];
                int vb = p.pairs[q][1];
                pairs.add(new PairIndex(p.vars[va], p.vars[vb], p.group, pairIdx.get(q), singles.get(va).s(),
                        singles.get(vb).s()));
            }
        }
        return new Result(best, worst, pairs, coActive);
    }

    /**
     * numpy's {@code quantile(loss, p, 'lower')} = sorted(loss)[⌊p(n−1)⌋] exactly, without sorting
     * the table: an approximate quantile at p ± 0.002 (relative error 0.001) brackets the order
     * statistic; the rows below the bracket are counted and those inside it ranked on the driver.
     * A bracket that misses (it cannot, by Greenwald–Khanna's guarantee) widens to the full range.
     */
    static double lowerQuantile(Dataset<Row> rows, Column loss, double p) {
        Dataset<Row> l = rows.select(loss.as("l"));
        long n = l.count();
        if (n == 0) {
            return Double.NaN;
        }
        long k = (long) Math.floor(p * (n - 1));
        double[] bracket = l.stat().approxQuantile("l", new double[] {Math.max(0, p - 0.002), Math.min(1, p + 0.002)}, 0.001);
        double lo = bracket[0];
        double hi = bracket[1];
        for (int attempt = 0; attempt < 2; attempt++) {
            Row r = l.agg(count(when(col("l").lt(lo), 1)).as("below"),
                    collect_list(when(col("l").geq(lo).and(col("l").leq(hi)), col("l"))).as("inside")).first();
            long below = r.getLong(0);
            List<Double> inside = new ArrayList<>(r.getList(1));
            Collections.sort(inside);
            long at = k - below;
            if (at >= 0 && at < inside.size()) {
                return inside.get((int) at);
            }
            lo = Double.NEGATIVE_INFINITY;
            hi = Double.POSITIVE_INFINITY;
        }
        throw new IllegalStateException("quantile: rank " + k + " not found among " + n + " rows");
    }

    private static Column[] buildColumns(int d) {
        Column[] cols = new Column[d + 1];
        for (int j = 0; j < d; j++) {
            cols[j] = col(AnalysisInput.x(j));
        }
        cols[d] = col("y");
        return cols;
    }

    private static int[] variablesOf(List<String> groups, String g) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < groups.size(); j++) {
            if (groups.get(j).isEmpty() || groups.get(j).equals(g)) {
                out.add(j);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] ownOf(List<String> groups, String g) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < groups.size(); j++) {
            if (groups.get(j).equals(g)) {
                out.add(j);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        throw new IllegalArgumentException("variable " + v + " not in group");
    }

    /** What one group's statistics hold: its variables (parameter indices), thresholds and pairs. */
    private record Plan(String group, int[] vars, int[] own, double thrBest, double thrWorst, int[][] pairs)
            implements Serializable {
    }

    /** One partition's statistics, per plan and target; merged pairwise. */
    private static final class Partial implements Serializable {
        private static final long serialVersionUID = 1L;
        private final BinnedHsicStatistics[] best;
        private final BinnedHsicStatistics[] worst;

        private Partial(Plan[] plans) {
            best = new BinnedHsicStatistics[plans.length];
            worst = new BinnedHsicStatistics[plans.length];
            for (int k = 0; k < plans.length; k++) {
                best[k] = new BinnedHsicStatistics(plans[k].vars.length, BINS, plans[k].pairs, PAIR_BINS);
                worst[k] = new BinnedHsicStatistics(plans[k].vars.length, BINS, new int[0][], PAIR_BINS);
            }
        }

        /** Fills the statistics from one partition's rows; loss = sign·y (sign −1 when maximizing). */
        static Partial of(Plan[] plans, int d, double sign, Iterator<Row> rows) {
            Partial part = new Partial(plans);
            double[][] buf = new double[plans.length][];
            for (int k = 0; k < plans.length; k++) {
                buf[k] = new double[plans[k].vars.length];
            }
            double[] x = new double[d];
            boolean[] present = new boolean[d];
            while (rows.hasNext()) {
                Row r = rows.next();
                for (int j = 0; j < d; j++) {
                    present[j] = !r.isNullAt(j);
                    x[j] = present[j] ? r.getDouble(j) : Double.NaN;
                }
                double loss = sign * r.getDouble(d);
                for (int k = 0; k < plans.length; k++) {
                    Plan p = plans[k];
                    boolean active = true;
                    for (int j : p.own) {
                        active &= present[j];
                    }
                    if (!active && !p.group.isEmpty()) {
                        continue;
                    }
                    double[] u = buf[k];
                    boolean complete = true;
                    for (int v = 0; v < p.vars.length; v++) {
                        u[v] = x[p.vars[v]];
                        complete &= present[p.vars[v]];
                    }
                    if (!complete) {
                        continue; // an always-active parameter missing here: a damaged row, skipped
                    }
                    // Z = 1{loss ≤ thr} for the best p%, 1{−loss ≤ thr'} for the worst (GoalTarget)
                    part.best[k].add(u, loss <= p.thrBest);
                    part.worst[k].add(u, -loss <= p.thrWorst);
                }
            }
            return part;
        }

        Partial merge(Partial other) {
            for (int k = 0; k < best.length; k++) {
                best[k].merge(other.best[k]);
                worst[k].merge(other.worst[k]);
            }
            return this;
        }
    }
}

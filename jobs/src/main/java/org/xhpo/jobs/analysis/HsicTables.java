package org.xhpo.jobs.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.TrialMatrix;
import org.xhpo.analysis.hsic.Bandwidth;
import org.xhpo.analysis.hsic.GoalTarget;
import org.xhpo.analysis.hsic.HsicEstimator;
import org.xhpo.analysis.hsic.HsicIndex;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.study.Seeds;

/**
 * The HSIC tables of hsic-explainable-hpo.md: {@code hsic_importance} (best and worst p%, every
 * parameter, P3: a conditional parameter on the trials where it is active, the threshold recomputed
 * there, ranked within its group), {@code hsic_interactions} (P2: every pair with the product kernel
 * and its excess over the singles) and {@code hsic_tradeoff} (slides Fig. 9: S of a cost-driving
 * parameter as its expensive end is cut off). Up to {@code exact_limit} ok trials: the exact
 * estimator on the driver, pairs on at most {@link #PAIR_ROWS} trials; beyond: {@link AggregatedHsic}
 * over every trial with Spark.
 */
public final class HsicTables {
    /** Most rows a pair index is computed on (O(n²) per pair, d(d−1)/2 pairs). */
    public static final int PAIR_ROWS = 2_000;
    /** Fewest rows, and rows with Z = 1, for an index to be reported (METHODS.md decision 13). */
    public static final int MIN_ROWS = 20;
    private static final double[] TRIMS = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    private final Dataset<Row> importance;
    private final Dataset<Row> interactions;
    private final Dataset<Row> tradeoff;
    private final String estimator;
    private final List<Object[]> pairRanking;
    private final HsicIndex[] best;
    private final double[][] goodRange;

    private HsicTables(Dataset<Row> importance, Dataset<Row> interactions, Dataset<Row> tradeoff, String estimator,
                       List<Object[]> pairRanking, HsicIndex[] best, double[][] goodRange) {
        this.importance = importance;
        this.interactions = interactions;
        this.tradeoff = tradeoff;
        this.estimator = estimator;
        this.pairRanking = pairRanking;
        this.best = best;
        this.goodRange = goodRange;
    }

    /**
     * Computes the three tables: exactly on the driver's matrix when the table has at most
     * {@code exact_limit} ok trials, else importance and interactions with Spark over every trial
     * ({@link AggregatedHsic}); the trade-off curves and good ranges use the driver's sample.
     */
    public static HsicTables compute(SparkSession spark, AnalysisInput in, TrialMatrix t, AnalysisSettings s, long seed) {
        Bandwidth bw = Bandwidth.parse(s.bandwidth());
        int d = t.d();
        HsicIndex[][] idx;
        List<AggregatedHsic.PairIndex> pairs;
        String estimator;
        if (in.okRows() > s.exactLimit()) {
            AggregatedHsic.Result r = AggregatedHsic.compute(in, t.groups(), s.bestFraction(), bw, MIN_ROWS);
            idx = new HsicIndex[][] {r.best(), r.worst()};
            pairs = r.pairs();
            estimator = "binned on all " + in.okRows() + " trials (" + AggregatedHsic.BINS + "-point grid, "
                    + AggregatedHsic.PAIR_BINS + "x" + AggregatedHsic.PAIR_BINS + " for pairs)";
        } else {
            idx = new HsicIndex[][] {exactSingles(t, s, bw, true, seed), exactSingles(t, s, bw, false, seed)};
            pairs = exactPairs(t, s, bw, seed);
            estimator = "exact";
        }
        double[][] good = new double[d][];
        for (int j = 0; j < d; j++) {
            int[] rowsJ = t.activeRows(j);
            if (rowsJ.length >= MIN_ROWS) {
                double[] x = TrialMatrix.pick(t.column(j), rowsJ);
                boolean[] z = GoalTarget.best(TrialMatrix.pick(t.objective(), rowsJ), s.bestFraction(), t.direction());
                good[j] = in.space().parameters().get(j) instanceof CategoricalParameter c
                        ? overRepresentedCells(x, z, c.choices().size()) : quantileRange(x, z);
            }
        }
        List<Row> imp = new ArrayList<>();
        String[] targets = {"best", "worst"};
        for (int k = 0; k < 2; k++) {
            for (Map.Entry<String, List<Integer>> g : t.byGroup().entrySet()) {
                List<Integer> inGroup = new ArrayList<>();
                for (int j : g.getValue()) {
                    if (idx[k][j] != null) {
                        inGroup.add(j);
                    }
                }
                HsicIndex[] byParam = idx[k];
                inGroup.sort(Comparator.comparingDouble(j -> -byParam[j].s()));
                for (int rank = 0; rank < inGroup.size(); rank++) {
                    int j = inGroup.get(rank);
                    HsicIndex h = byParam[j];
                    imp.add(RowFactory.create(t.parameters().get(j), g.getKey(), targets[k], h.s(), h.hsicV(), SqlValues.orNull(h.hsicU()),
                            h.r2(), SqlValues.orNull(h.pPermutation()), SqlValues.orNull(h.pGamma()), SqlValues.orNull(h.pValue()), (int) h.n(),
                            (int) h.m(), h.bandwidth(), rank + 1, h.pValue() < 0.05, estimator.startsWith("binned") ? "binned" : estimator));
                }
                for (int j : g.getValue()) {
                    if (byParam[j] == null) {
                        imp.add(RowFactory.create(t.parameters().get(j), g.getKey(), targets[k], null, null, null,
                                null, null, null, null, t.activeRows(j).length, 0, null, null, false,
                                "insufficient: fewer than " + MIN_ROWS + " active trials"));
                    }
                }
            }
        }
        List<Row> inter = new ArrayList<>();
        List<Object[]> ranking = new ArrayList<>();
        for (AggregatedHsic.PairIndex p : pairs) {
            HsicIndex pair = p.pair();
            double sa = p.singleA();
            double sb = p.singleB();
            inter.add(RowFactory.create(t.parameters().get(p.a()), t.parameters().get(p.b()), p.group(), pair.s(), sa, sb,
                    pair.s() - (sa + sb), pair.s() - Math.max(sa, sb), pair.r2(), SqlValues.orNull(pair.pGamma()), (int) pair.n()));
            ranking.add(new Object[] {p.a(), p.b(), pair.s() - Math.max(sa, sb), pair.pGamma()});
        }
        ranking.sort(Comparator.comparingDouble(r -> -(Double) r[2]));
        List<Row> trade = HsicTradeoffRows.rows(in, t, s, bw, TRIMS, seed);
        if (estimator.equals("exact") && t.n() < in.okRows()) {
            estimator = "exact on a seeded sample of " + t.n() + " of " + in.okRows() + " trials";
        }
        return new HsicTables(spark.createDataFrame(imp, IMPORTANCE), spark.createDataFrame(inter, INTERACTIONS),
                spark.createDataFrame(trade, HsicTradeoffRows.SCHEMA), estimator, ranking, idx[0], good);
    }

    /** Exact best- or worst-p% indices of every parameter on its active rows (null below MIN_ROWS). */
    private static HsicIndex[] exactSingles(TrialMatrix t, AnalysisSettings s, Bandwidth bw, boolean best, long seed) {
        HsicIndex[] out = new HsicIndex[t.d()];
        for (int j = 0; j < t.d(); j++) {
            int[] rowsJ = t.activeRows(j);
            if (rowsJ.length >= MIN_ROWS) {
                double[] y = TrialMatrix.pick(t.objective(), rowsJ);
                boolean[] z = best ? GoalTarget.best(y, s.bestFraction(), t.direction())
                        : GoalTarget.worst(y, s.bestFraction(), t.direction());
                out[j] = new HsicEstimator(bw, s.permutations())
                        .single(TrialMatrix.pick(t.column(j), rowsJ), z, Seeds.derive(seed, Seeds.Purpose.ANALYSIS, j));
            }
        }
        return out;
    }

    /** Exact pair indices (P2) on at most PAIR_ROWS rows, with the singles on the same rows. */
    private static List<AggregatedHsic.PairIndex> exactPairs(TrialMatrix t, AnalysisSettings s, Bandwidth bw, long seed) {
        List<AggregatedHsic.PairIndex> out = new ArrayList<>();
        TrialMatrix pairT = t.n() > PAIR_ROWS ? t.subset(firstRows(PAIR_ROWS)) : t;
        HsicEstimator pairEstimator = new HsicEstimator(bw, 0);
        Map<Integer, Double> singleOnAllRows = new java.util.HashMap<>();
        int d = t.d();
        for (int a = 0; a < d; a++) {
            for (int b = a + 1; b < d; b++) {
                String ga = t.groups().get(a);
                String gb = t.groups().get(b);
                if (!ga.isEmpty() && !gb.isEmpty() && !ga.equals(gb)) {
                    continue;
                }
                int[] rows = bothActive(pairT, a, b);
                if (rows.length < MIN_ROWS) {
                    continue;
                }
                double[] y = TrialMatrix.pick(pairT.objective(), rows);
                boolean[] z = GoalTarget.best(y, s.bestFraction(), t.direction());
                double[] xa = TrialMatrix.pick(pairT.column(a), rows);
                double[] xb = TrialMatrix.pick(pairT.column(b), rows);
                HsicIndex pair = pairEstimator.joint(new double[][] {xa, xb}, z, seed);
                // a pair on all rows shares its rows and Z with every other such pair: singles once
                boolean allRows = rows.length == pairT.n();
                double sa = allRows ? singleOnAllRows.computeIfAbsent(a, k -> pairEstimator.single(xa, z, seed).s())
                        : pairEstimator.single(xa, z, seed).s();
                double sb = allRows ? singleOnAllRows.computeIfAbsent(b, k -> pairEstimator.single(xb, z, seed).s())
                        : pairEstimator.single(xb, z, seed).s();
                out.add(new AggregatedHsic.PairIndex(a, b, ga.isEmpty() ? gb : ga, pair, sa, sb));
            }
        }
        return out;
    }

    /** The unit range [5%, 95%] of X among the Z = 1 rows: where the best trials put the parameter. */
    private static double[] quantileRange(double[] x, boolean[] z) {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (z[i]) {
                v.add(x[i]);
            }
        }
        if (v.size() < 5) {
            return null;
        }
        v.sort(Double::compare);
        return new double[] {v.get((int) Math.floor(0.05 * (v.size() - 1))), v.get((int) Math.ceil(0.95 * (v.size() - 1)))};
    }

    /** For a categorical: the span of the cells whose share among the best trials exceeds their overall share. */
    private static double[] overRepresentedCells(double[] x, boolean[] z, int k) {
        double[] all = new double[k];
        double[] best = new double[k];
        double m = 0;
        for (int i = 0; i < x.length; i++) {
            int c = Math.min(k - 1, (int) Math.floor(x[i] * k));
            all[c]++;
            best[c] += z[i] ? 1 : 0;
            m += z[i] ? 1 : 0;
        }
        int lo = -1;
        int hi = -1;
        for (int c = 0; c < k; c++) {
            if (m > 0 && all[c] > 0 && best[c] / m > all[c] / x.length) {
                lo = lo < 0 ? c : lo;
                hi = c;
            }
        }
        return lo < 0 ? null : new double[] {(double) lo / k, (hi + 1.0) / k};
    }

    private static int[] firstRows(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i; // the matrix is already in seeded-hash order when it was sampled
        }
        return r;
    }

    private static int[] bothActive(TrialMatrix t, int a, int b) {
        int[] out = new int[t.n()];
        int k = 0;
        for (int i = 0; i < t.n(); i++) {
            if (!Double.isNaN(t.unit()[i][a]) && !Double.isNaN(t.unit()[i][b])) {
                out[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }


    /** Pairs (a, b) with the largest excess over the larger single, at most {@code k}, significant ones first. */
    public List<int[]> topPairs(int k) {
        List<int[]> out = new ArrayList<>();
        for (Object[] r : pairRanking) {
            if (out.size() < k && (Double) r[2] > 0) {
                out.add(new int[] {(Integer) r[0], (Integer) r[1]});
            }
        }
        return out;
    }

    /** The best-p% index of parameter j, null when insufficient. */
    public HsicIndex best(int j) {
        return best[j];
    }

    /** The unit range of parameter j among the best trials, null when too few. */
    public double[] goodRange(int j) {
        return goodRange[j];
    }

    /** Which estimator produced the tables. */
    public String estimator() {
        return estimator;
    }

    /** {@code hsic_importance}. */
    public Dataset<Row> importance() {
        return importance;
    }

    /** {@code hsic_interactions}. */
    public Dataset<Row> interactions() {
        return interactions;
    }

    /** {@code hsic_tradeoff}. */
    public Dataset<Row> tradeoff() {
        return tradeoff;
    }

    static final StructType IMPORTANCE = new StructType().add("parameter", DataTypes.StringType, false)
            .add("group", DataTypes.StringType, false).add("target", DataTypes.StringType, false)
            .add("s", DataTypes.DoubleType, true).add("hsic_v", DataTypes.DoubleType, true)
            .add("hsic_u", DataTypes.DoubleType, true).add("r2_hsic", DataTypes.DoubleType, true)
            .add("p_permutation", DataTypes.DoubleType, true).add("p_gamma", DataTypes.DoubleType, true)
            .add("p_value", DataTypes.DoubleType, true).add("n", DataTypes.IntegerType, false)
            .add("m", DataTypes.IntegerType, false).add("bandwidth", DataTypes.DoubleType, true)
            .add("rank_in_group", DataTypes.IntegerType, true).add("significant", DataTypes.BooleanType, false)
            .add("estimator", DataTypes.StringType, false);
    static final StructType INTERACTIONS = new StructType().add("parameter_a", DataTypes.StringType, false)
            .add("parameter_b", DataTypes.StringType, false).add("group", DataTypes.StringType, false)
            .add("s_pair", DataTypes.DoubleType, false).add("s_a", DataTypes.DoubleType, false)
            .add("s_b", DataTypes.DoubleType, false).add("excess_over_sum", DataTypes.DoubleType, false)
            .add("excess_over_max", DataTypes.DoubleType, false).add("r2_hsic", DataTypes.DoubleType, false)
            .add("p_gamma", DataTypes.DoubleType, true).add("n", DataTypes.IntegerType, false);
}

package org.xhpo.jobs.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.regression.GBTRegressionModel;
import org.apache.spark.ml.stat.Summarizer$;
import org.apache.spark.ml.stat.SummarizerBuffer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.random.XORShiftRandom;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.TrialMatrix;
import org.xhpo.analysis.pdp.PdpGrid;
import org.xhpo.space.SearchSpace;

/**
 * The GBT partial dependence of a table the driver already holds (every ok trial in its trial matrix),
 * computed without a Spark job and equal to the bit to {@link GbtPartialDependence}'s Spark path, which
 * {@code DriverPartialDependenceTest} checks: the same 80/20 split ({@code Dataset.randomSplit} on one
 * partition in trial order: Spark's {@code BernoulliCellSampler}, one {@link XORShiftRandom} draw per row,
 * seeded with the seed + partition 0), the same trees ({@link DriverGbtFit}), the hold-out R² as
 * {@code RegressionEvaluator} computes it (Spark's own {@code SummarizerBuffer}, rows in the same order,
 * {@code RegressionMetrics.r2}), and each PDP grid point's mean and sample sd as Spark's {@code avg} and
 * {@code stddev_samp} accumulate them over the background rows in background order (one partial
 * aggregate per grid point, merged into an empty one). On a small table Spark's per-job cost was most of
 * the analysis (issue 18: the quickstart's split, R², background and PDP jobs).
 */
public final class DriverPartialDependence {
    private DriverPartialDependence() {
    }

    /**
     * Whether the driver path applies: every ok trial is in the driver's matrix (at most {@code exact_limit}),
     * few enough for the driver fit, and all of them fit in the PDP background.
     *
     * @param okRows the ok trials of the table
     * @param settings the analysis settings
     */
    public static boolean applies(long okRows, AnalysisSettings settings) {
        return okRows > 0 && okRows <= Math.min(settings.exactLimit(),
                Math.min(DriverGbtFit.MAX_ROWS, GbtPartialDependence.MAX_BACKGROUND));
    }

    /**
     * @param spark the session (the result tables are DataFrames of driver rows)
     * @param space the space
     * @param matrix every ok trial, in the background order ({@link TrialMatrixCollector}: a seeded hash of the
     *     trial id, then the id)
     * @param keys row i's trial id
     * @param objective the objective's name (for the log-target message)
     * @param settings grid size, log target
     * @param pairs parameter index pairs that get a 2-D PDP
     * @param seed the analysis seed
     * @return the result, or null when the driver fit does not cover the rows (the caller uses the Spark path)
     */
    public static GbtPartialDependence.Result run(SparkSession spark, SearchSpace space, TrialMatrix matrix,
                                                  long[] keys, String objective, AnalysisSettings settings,
                                                  List<int[]> pairs, long seed) {
        int n = matrix.n();
        int d = space.dimension();
        double[][] background = matrix.filled(GbtPartialDependence.INACTIVE);
        double[] label = labels(matrix.objective(), settings.logTarget(), objective);
        // the fit reads the trials as one partition in trial order
        Integer[] byKey = new Integer[n];
        for (int i = 0; i < n; i++) {
            byKey[i] = i;
        }
        Arrays.sort(byKey, Comparator.comparingLong(i -> keys[i]));
        // Dataset.randomSplit([0.8, 0.2], seed): cumulative bounds 0, 0.8, 1; each split re-seeds the sampler,
        // so row i's one draw u decides both: training when u < 0.8, hold-out otherwise
        XORShiftRandom rng = new XORShiftRandom(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i : byKey) {
            (rng.nextDouble() < 0.8 ? train : test).add(i);
        }
        double[][] x = new double[train.size()][];
        double[] y = new double[train.size()];
        for (int t = 0; t < x.length; t++) {
            x[t] = background[train.get(t)];
            y[t] = label[train.get(t)];
        }
        GBTRegressionModel model = DriverGbtFit.fit(GbtPartialDependence.regressor(seed), x, y);
        if (model == null) {
            return null;
        }
        double r2 = test.isEmpty() ? Double.NaN : heldOutR2(model, background, label, test);
        List<Row> aggregates = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            int[] rows = activeRows(space, background, j, -1);
            double[] grid = PdpGrid.unitGrid(space.parameters().get(j), settings.pdpGrid());
            aggregate(model, background, rows, j, grid, -1, new double[] {0.0}, j, aggregates);
        }
        for (int q = 0; q < pairs.size(); q++) {
            int[] pr = pairs.get(q);
            int[] rows = activeRows(space, background, pr[0], pr[1]);
            aggregate(model, background, rows, pr[0], PdpGrid.unitGrid(space.parameters().get(pr[0]),
                    GbtPartialDependence.GRID_2D), pr[1], PdpGrid.unitGrid(space.parameters().get(pr[1]),
                    GbtPartialDependence.GRID_2D), d + q, aggregates);
        }
        return GbtPartialDependence.tables(spark, space, settings, pairs, aggregates, model, r2);
    }

    /** The label column: the objective, or its natural log ({@code StrictMath.log}, as Spark's {@code log}). */
    private static double[] labels(double[] y, boolean logTarget, String objective) {
        if (!logTarget) {
            return y.clone();
        }
        double min = Double.POSITIVE_INFINITY;
        for (double v : y) {
            min = Math.min(min, v);
        }
        GbtPartialDependence.requirePositive(min, objective);
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = StrictMath.log(y[i]);
        }
        return out;
    }

    /** {@code RegressionEvaluator} "r2": Spark's summarizer over (label, label − prediction, prediction). */
    static double heldOutR2(GBTRegressionModel model, double[][] x, double[] label, List<Integer> rows) {
        SummarizerBuffer summary = Summarizer$.MODULE$.createSummarizerBuffer(scala.collection.JavaConverters
                .asScalaBuffer(List.of("mean", "normL1", "normL2", "variance")).toSeq());
        for (int i : rows) {
            double prediction = model.predict(Vectors.dense(x[i]));
            summary.add(Vectors.dense(label[i], label[i] - prediction, prediction), 1.0);
        }
        double ssErr = Math.pow(summary.normL2().apply(1), 2);
        double ssTot = summary.variance().apply(0) * (summary.weightSum() - 1);
        return 1 - ssErr / ssTot;
    }

    /** Background rows where parameter a (and b, when b ≥ 0) is active: all when unconditional. */
    private static int[] activeRows(SearchSpace space, double[][] background, int a, int b) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < background.length; i++) {
            if (active(space, background[i], a) && (b < 0 || active(space, background[i], b))) {
                rows.add(i);
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean active(SearchSpace space, double[] row, int j) {
        return space.parameters().get(j).when().isEmpty() || row[j] != GbtPartialDependence.INACTIVE;
    }

    /**
     * The aggregates of one plot, accumulated in the order Spark's exploded rows have: background row by
     * row, grid a, then grid b within it. Equal grid values fall into one group, as in Spark's group-by.
     */
    private static void aggregate(GBTRegressionModel model, double[][] background, int[] rows, int a, double[] gridA,
                                  int b, double[] gridB, int plot, List<Row> out) {
        Map<List<Double>, Moments> groups = new LinkedHashMap<>();
        for (int i : rows) {
            double[] x = background[i].clone();
            for (double ga : gridA) {
                x[a] = ga;
                for (double gb : gridB) {
                    if (b >= 0) {
                        x[b] = gb;
                    }
                    groups.computeIfAbsent(List.of(normalized(ga), normalized(gb)), k -> new Moments())
                            .add(model.predict(Vectors.dense(x)));
                }
            }
        }
        groups.forEach((k, m) -> out.add(RowFactory.create(plot, k.get(0), k.get(1), m.mean(), m.sampleSd(),
                m.count)));
    }

    /** Spark groups −0.0 with 0.0. */
    private static double normalized(double v) {
        return v == 0.0 ? 0.0 : v;
    }

    /**
     * Spark's {@code avg} (a running sum from 0.0, merged into an empty buffer, divided by the count) and
     * {@code stddev_samp} (CentralMomentAgg's running n, mean, M2; null for one row) of one group.
     */
    private static final class Moments {
        private double sum;
        private long count;
        private double n;
        private double avg;
        private double m2;

        void add(double v) {
            sum = sum + v;
            count++;
            double newN = n + 1.0;
            double delta = v - avg;
            double deltaN = delta / newN;
            avg = avg + deltaN;
            m2 = m2 + delta * (delta - deltaN);
            n = newN;
        }

        double mean() {
            return (0.0 + sum) / (double) count;
        }

        Double sampleSd() {
            double merged = 0.0 + m2 + 0.0;
            return n == 1.0 ? null : Math.sqrt(merged / (n - 1.0));
        }
    }
}

package org.xhpo.jobs.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.evaluation.RegressionEvaluator;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.regression.GBTRegressionModel;
import org.apache.spark.ml.regression.GBTRegressor;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.ExplainInput;
import org.xhpo.analysis.TrialMatrix;
import org.xhpo.analysis.pdp.PdpGrid;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;

/**
 * Partial dependence from a Spark MLlib gradient-boosted regressor (Friedman 2001, §8.2;
 * fi-random-search-sdcmi.md appendix B; docs/methods/pdp.md): fit {@code GBTRegressor} on the
 * unit-space inputs (inactive conditional values encoded as −0.5, outside [0, 1], so trees split
 * them off), report its hold-out R², then for every grid value overwrite the parameter in every
 * background row, score, and average: PDP = mean, ICE spread = sd across rows. The grid × rows
 * product of every 1-D and 2-D plot is one DataFrame ({@code explode}) scored by the model and
 * aggregated by Spark in one job. Up to {@link #MAX_FIT_ROWS} trials the fit reads them as one
 * partition in trial order, so the model depends on the trials and the seed only, not on the layout
 * of the trials files; up to {@link DriverGbtFit#MAX_ROWS} trials the same trees are grown on the driver
 * ({@link DriverGbtFit}), which takes milliseconds where MLlib's job per tree level takes seconds.
 */
public final class GbtPartialDependence {
    /** The value that encodes "inactive" for the trees. */
    public static final double INACTIVE = TrialMatrix.INACTIVE;
    /** Most rows the GBT is fitted on, and the background size of the PDP. */
    public static final int MAX_FIT_ROWS = 100_000;
    /** Background rows the PDP averages over. */
    public static final int MAX_BACKGROUND = 10_000;
    /** Grid size per axis of a 2-D PDP. */
    public static final int GRID_2D = 10;

    /**
     * Everything the GBT produced.
     *
     * @param pdp1d rows of {@code pdp_1d}
     * @param pdp2d rows of {@code pdp_2d}
     * @param importance rows of {@code gbt_importance}
     * @param heldOutR2 R² of the model on the 20% of trials it did not see
     * @param pdpImportance per parameter, the PDP-based importance (sd of the PDP; range/4 for categoricals)
     * @param featureImportance per parameter, MLlib's impurity-based importance
     */
    public record Result(Dataset<Row> pdp1d, Dataset<Row> pdp2d, Dataset<Row> importance, double heldOutR2,
                         double[] pdpImportance, double[] featureImportance) {
    }

    /**
     * A fitted GBT and what its partial dependence needs.
     *
     * @param model the regressor
     * @param assembler features → vector
     * @param features the x columns, in parameter order
     * @param background at most {@link #MAX_BACKGROUND} rows in a seeded order, one partition, cached
     * @param heldOutR2 R² on the 20% of trials it did not see
     */
    public record Fitted(GBTRegressionModel model, VectorAssembler assembler, String[] features,
                         Dataset<Row> background, double heldOutR2) {
    }

    private GbtPartialDependence() {
    }

    /**
     * Fits the GBT and computes the PDPs (what {@link #fit} then {@link #partialDependence} do).
     *
     * @param in the prepared trials
     * @param settings grid size, log target
     * @param pairs parameter index pairs that get a 2-D PDP
     * @param seed the analysis seed
     */
    public static Result run(AnalysisInput in, AnalysisSettings settings, List<int[]> pairs, long seed) {
        return partialDependence(fit(in, settings, seed), in, settings, pairs);
    }

    /**
     * Fits the GBT on 80% of the trials, measures its R² on the rest and caches the PDP background.
     * Needs no HSIC result, so it can run while the driver computes the other explanations.
     *
     * @param in the prepared trials
     * @param settings log target
     * @param seed the analysis seed (split, subsampling, background order)
     */
    public static Fitted fit(AnalysisInput in, AnalysisSettings settings, long seed) {
        int d = in.space().dimension();
        String[] features = new String[d];
        List<Column> filled = new ArrayList<>();
        filled.add(col("row"));
        for (int j = 0; j < d; j++) {
            features[j] = AnalysisInput.x(j);
            filled.add(functions.coalesce(col(features[j]), lit(INACTIVE)).as(features[j]));
        }
        Column label = col("y");
        if (settings.logTarget()) {
            requirePositive(in.prepared().agg(functions.min("y")).first().getDouble(0), in.objective());
            label = functions.log(col("y"));
        }
        filled.add(label.as("label"));
        filled.add(col("y"));
        Dataset<Row> data = in.prepared().select(filled.toArray(new Column[0]));
        if (in.okRows() > MAX_FIT_ROWS) {
            data = data.sample(false, Math.min(1.0, 1.1 * MAX_FIT_ROWS / in.okRows()), seed).limit(MAX_FIT_ROWS);
        } else {
            // one partition in trial order: randomSplit and MLlib's subsampling draw per partition, so the model
            // would otherwise depend on how the trial files happen to be packed into partitions (their sizes vary
            // with the recorded times), and two runs of one study would not explain it alike
            data = data.coalesce(1).sortWithinPartitions("row");
        }
        VectorAssembler assembler = new VectorAssembler().setInputCols(features).setOutputCol("features");
        Dataset<Row> assembled = assembler.transform(data).cache();
        Dataset<Row>[] split = assembled.randomSplit(new double[] {0.8, 0.2}, seed);
        GBTRegressor gbt = regressor(seed);
        // a table small enough is fitted on the driver, with MLlib's trees to the bit and without MLlib's one Spark
        // job per tree level (160 of the quickstart analysis's 188 jobs); larger ones by MLlib
        GBTRegressionModel model = in.okRows() <= DriverGbtFit.MAX_ROWS
                ? DriverGbtFit.fit(gbt, split[0].select(gbt.getFeaturesCol(), gbt.getLabelCol()).collectAsList())
                : null;
        if (model == null) {
            model = gbt.fit(split[0]);
        }
        double r2 = split[1].isEmpty() ? Double.NaN : new RegressionEvaluator().setMetricName("r2")
                .evaluate(model.transform(split[1]));
        // the driver's trial matrix is in this order too (TrialMatrixCollector), which DriverPartialDependence uses
        Dataset<Row> background = data.orderBy(functions.hash(col("row"), lit(seed)), col("row")).limit(MAX_BACKGROUND)
                .cache();
        assembled.unpersist();
        return new Fitted(model, assembler, features, background, r2);
    }

    /**
     * The 1-D PDP of every parameter and the 2-D PDP of every pair, from one Spark job: every grid
     * point's background copy is one exploded DataFrame, scored once and aggregated by grid point.
     * A grid point's rows all come from one partition in background order, so each mean and sd is
     * the same sum as when every PDP had its own job.
     *
     * @param f the fitted model
     * @param in the prepared trials
     * @param settings grid size, log target
     * @param pairs parameter index pairs that get a 2-D PDP
     */
    public static Result partialDependence(Fitted f, AnalysisInput in, AnalysisSettings settings, List<int[]> pairs) {
        SparkSession spark = in.prepared().sparkSession();
        SearchSpace space = in.space();
        int d = space.dimension();
        String[] features = f.features();
        Dataset<Row> exploded = null;
        for (int j = 0; j < d; j++) {
            Dataset<Row> bg = activeRows(f.background(), space, features, j);
            Dataset<Row> e = bg.withColumn("ga", functions.explode(gridArray(PdpGrid.unitGrid(space.parameters().get(j),
                    settings.pdpGrid())))).withColumn("gb", lit(0.0)).withColumn(features[j], col("ga"))
                    .withColumn("plot", lit(j));
            exploded = exploded == null ? e : exploded.unionByName(e);
        }
        for (int q = 0; q < pairs.size(); q++) {
            int[] pr = pairs.get(q);
            Dataset<Row> bg = activeRows(activeRows(f.background(), space, features, pr[0]), space, features, pr[1]);
            Dataset<Row> e = bg.withColumn("ga", functions.explode(gridArray(PdpGrid.unitGrid(space.parameters()
                    .get(pr[0]), GRID_2D)))).withColumn("gb", functions.explode(gridArray(PdpGrid.unitGrid(space
                    .parameters().get(pr[1]), GRID_2D)))).withColumn(features[pr[0]], col("ga"))
                    .withColumn(features[pr[1]], col("gb")).withColumn("plot", lit(d + q));
            exploded = exploded.unionByName(e);
        }
        List<Row> agg = f.model().transform(f.assembler().transform(exploded)).groupBy("plot", "ga", "gb")
                .agg(functions.avg("prediction"), functions.stddev_samp("prediction"), functions.count(lit(1)))
                .collectAsList();
        f.background().unpersist();
        return tables(spark, space, settings, pairs, agg, f.model(), f.heldOutR2());
    }

    /**
     * The result tables from the PDP aggregates.
     *
     * @param spark the session
     * @param space the space
     * @param settings log target
     * @param pairs the 2-D plots' parameter pairs
     * @param aggregates one row per plot and grid point, in any order: plot (int; 0..d−1 the 1-D plots, then
     *     d + q the pairs), grid values a and b (double), mean and sample sd (null for one row) of the
     *     predictions, rows (long)
     * @param model the fitted GBT
     * @param heldOutR2 its hold-out R²
     */
    static Result tables(SparkSession spark, SearchSpace space, AnalysisSettings settings, List<int[]> pairs,
                         List<Row> aggregates, GBTRegressionModel model, double heldOutR2) {
        int d = space.dimension();
        String scale = settings.logTarget() ? "log" : "identity";
        List<Row> agg = new ArrayList<>(aggregates);
        agg.sort(java.util.Comparator.<Row>comparingInt(r -> r.getInt(0)).thenComparingDouble(r -> r.getDouble(1))
                .thenComparingDouble(r -> r.getDouble(2)));
        List<Row> rows1 = new ArrayList<>();
        double[] pdpImportance = new double[d];
        for (int j = 0; j < d; j++) {
            Parameter p = space.parameters().get(j);
            List<Double> curve = new ArrayList<>();
            int gi = 0;
            for (Row r : agg) {
                if (r.getInt(0) != j) {
                    continue;
                }
                double u = r.getDouble(1);
                Object nat = p.fromUnit(u);
                rows1.add(RowFactory.create(p.name(), ExplainInput.groupOf(p), gi++, u, String.valueOf(nat),
                        numeric(nat), r.getDouble(3), r.isNullAt(4) ? 0.0 : r.getDouble(4), r.getLong(5), scale));
                curve.add(r.getDouble(3));
            }
            pdpImportance[j] = PdpGrid.importance(curve.stream().mapToDouble(Double::doubleValue).toArray(),
                    PdpGrid.categorical(p));
        }
        List<Row> rows2 = new ArrayList<>();
        for (int q = 0; q < pairs.size(); q++) {
            Parameter a = space.parameters().get(pairs.get(q)[0]);
            Parameter b = space.parameters().get(pairs.get(q)[1]);
            for (Row r : agg) {
                if (r.getInt(0) != d + q) {
                    continue;
                }
                rows2.add(RowFactory.create(a.name(), b.name(), r.getDouble(1), r.getDouble(2),
                        String.valueOf(a.fromUnit(r.getDouble(1))), String.valueOf(b.fromUnit(r.getDouble(2))),
                        r.getDouble(3), r.isNullAt(4) ? 0.0 : r.getDouble(4), r.getLong(5), scale));
            }
        }
        Vector fi = model.featureImportances();
        double[] featureImportance = new double[d];
        List<Row> imp = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            featureImportance[j] = fi.apply(j);
            imp.add(RowFactory.create(space.parameters().get(j).name(), ExplainInput.groupOf(space.parameters().get(j)),
                    fi.apply(j), pdpImportance[j], heldOutR2, (long) model.getNumTrees()));
        }
        return new Result(spark.createDataFrame(rows1, PdpSchemas.PDP_1D), spark.createDataFrame(rows2,
                PdpSchemas.PDP_2D), spark.createDataFrame(imp, PdpSchemas.GBT_IMPORTANCE), heldOutR2,
                pdpImportance, featureImportance);
    }

    /** The regressor every analysis fits: 40 trees of depth 4, step 0.1, 80% subsamples, at least 2 rows a leaf. */
    static GBTRegressor regressor(long seed) {
        return new GBTRegressor().setMaxIter(40).setMaxDepth(4).setStepSize(0.1).setSubsamplingRate(0.8)
                .setMinInstancesPerNode(2).setSeed(seed);
    }

    /** {@code analysis.log_target} needs positive objective values. */
    static void requirePositive(double minY, String objective) {
        if (!(minY > 0)) {
            throw new IllegalArgumentException("analysis.log_target: the objective '" + objective
                    + "' has values <= 0 (min " + minY + "); log_target needs positive values");
        }
    }

    /** The background rows where parameter j is active (all of them when it is always active). */
    private static Dataset<Row> activeRows(Dataset<Row> background, SearchSpace space, String[] features, int j) {
        return space.parameters().get(j).when().isPresent() ? background.where(col(features[j]).notEqual(INACTIVE))
                : background;
    }

    private static Column gridArray(double[] grid) {
        Column[] g = new Column[grid.length];
        for (int i = 0; i < grid.length; i++) {
            g[i] = lit(grid[i]);
        }
        return functions.array(g);
    }

    private static Double numeric(Object v) {
        return v instanceof Number n ? n.doubleValue() : v instanceof Boolean b ? (b ? 1.0 : 0.0) : null;
    }

    /** Schemas of the PDP tables, defined once. */
    static final class PdpSchemas {
        static final StructType PDP_1D = new StructType().add("parameter", DataTypes.StringType, false)
                .add("group", DataTypes.StringType, false).add("grid_index", DataTypes.IntegerType, false)
                .add("unit_value", DataTypes.DoubleType, false).add("value", DataTypes.StringType, false)
                .add("value_numeric", DataTypes.DoubleType, true).add("pdp", DataTypes.DoubleType, false)
                .add("ice_sd", DataTypes.DoubleType, false).add("rows", DataTypes.LongType, false)
                .add("target_scale", DataTypes.StringType, false);
        static final StructType PDP_2D = new StructType().add("parameter_a", DataTypes.StringType, false)
                .add("parameter_b", DataTypes.StringType, false).add("unit_a", DataTypes.DoubleType, false)
                .add("unit_b", DataTypes.DoubleType, false).add("value_a", DataTypes.StringType, false)
                .add("value_b", DataTypes.StringType, false).add("pdp", DataTypes.DoubleType, false)
                .add("ice_sd", DataTypes.DoubleType, false).add("rows", DataTypes.LongType, false)
                .add("target_scale", DataTypes.StringType, false);
        static final StructType GBT_IMPORTANCE = new StructType().add("parameter", DataTypes.StringType, false)
                .add("group", DataTypes.StringType, false).add("feature_importance", DataTypes.DoubleType, false)
                .add("pdp_importance", DataTypes.DoubleType, false).add("r2_holdout", DataTypes.DoubleType, true)
                .add("trees", DataTypes.LongType, false);

        private PdpSchemas() {
        }
    }
}

package org.xhpo.jobs.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.TrialMatrix;
import org.xhpo.analysis.shap.MlpEnsemble;
import org.xhpo.analysis.shap.ShapDependence;
import org.xhpo.analysis.shap.ShapExplainer;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Seeds;

/**
 * {@code shap_values} and {@code shap_summary} (metamodel-shap-hp-analysis.md §3–4): an MLP
 * ensemble meta-model of the objective on unit-space inputs (inactive values as −0.5), interventional
 * SHAP values of a seeded sample of trials averaged over the members with their spread, and per
 * parameter mean |SHAP|, the binned dependence, the favourable range and the fixable flag.
 */
public final class ShapTables {
    /** Most trials the meta-model is trained on. */
    public static final int MAX_TRAIN = 2_000;
    /** Units per hidden layer (METHODS.md decision 17 proposes 64; 32 explains 3× faster and fits as well here). */
    public static final int HIDDEN = 32;
    private final Dataset<Row> values;
    private final Dataset<Row> summary;
    private final double heldOutR2;
    private final ShapDependence[] dependence;

    private ShapTables(Dataset<Row> values, Dataset<Row> summary, double heldOutR2, ShapDependence[] dependence) {
        this.values = values;
        this.summary = summary;
        this.heldOutR2 = heldOutR2;
        this.dependence = dependence;
    }

    /** Fits the meta-model and explains the trials. */
    public static ShapTables compute(SparkSession spark, SearchSpace space, String metric, TrialMatrix t, long[] keys,
                                     AnalysisSettings s, long seed) {
        int n = Math.min(t.n(), MAX_TRAIN);
        double[][] x = java.util.Arrays.copyOf(t.filled(GbtPartialDependence.INACTIVE), n);
        double[] y = java.util.Arrays.copyOf(t.objective(), n);
        if (s.logTarget()) {
            for (int i = 0; i < n; i++) {
                y[i] = Math.log(y[i]);
            }
        }
        MlpEnsemble ens = MlpEnsemble.fit(x, y, s.shapMembers(), HIDDEN, 200, Seeds.derive(seed, Seeds.Purpose.ANALYSIS, 101));
        int rows = Math.min(n, s.shapRows());
        double[][] explained = java.util.Arrays.copyOf(x, rows);
        double[][] background = java.util.Arrays.copyOfRange(x, Math.max(0, n - s.shapBackground()), n);
        ShapExplainer.ShapMatrix m = ShapExplainer.explain(ens, explained, background,
                Seeds.derive(seed, Seeds.Purpose.ANALYSIS, 102));
        double mu = 0;
        for (double v : y) {
            mu += v / n;
        }
        double sd = 0;
        for (double v : y) {
            sd += (v - mu) * (v - mu) / n;
        }
        sd = Math.sqrt(sd);
        List<Row> vals = new ArrayList<>();
        List<Row> sum = new ArrayList<>();
        ShapDependence[] deps = new ShapDependence[t.d()];
        for (int j = 0; j < t.d(); j++) {
            double[] u = new double[rows];
            double[] phi = new double[rows];
            for (int i = 0; i < rows; i++) {
                u[i] = t.unit()[i][j];
                phi[i] = m.mean()[i][j];
                vals.add(RowFactory.create(keys[i], t.parameters().get(j), t.groups().get(j), Double.isNaN(u[i]) ? null : u[i],
                        Double.isNaN(u[i]) ? null : String.valueOf(space.parameters().get(j).fromUnit(u[i])), phi[i],
                        m.sd()[i][j], metric, m.baseValue()));
            }
            deps[j] = ShapDependence.of(u, phi, 10, sd, t.direction());
            List<Row> bins = new ArrayList<>();
            for (double[] b : deps[j].bins()) {
                bins.add(RowFactory.create(b[0], b[1], (long) b[2], b[3], b[4]));
            }
            sum.add(RowFactory.create(t.parameters().get(j), t.groups().get(j), metric, deps[j].meanAbs(), deps[j].fixable(),
                    SqlValues.orNull(deps[j].rangeLow()), SqlValues.orNull(deps[j].rangeHigh()), deps[j].maxBinMean(), deps[j].threshold(),
                    ens.heldOutR2(), m.exact() ? "exact" : "kernel", bins));
        }
        return new ShapTables(spark.createDataFrame(vals, VALUES), spark.createDataFrame(sum, SUMMARY), ens.heldOutR2(), deps);
    }


    /** {@code shap_values}. */
    public Dataset<Row> values() {
        return values;
    }

    /** {@code shap_summary}. */
    public Dataset<Row> summary() {
        return summary;
    }

    /** R² of the meta-model on held-out trials. */
    public double heldOutR2() {
        return heldOutR2;
    }

    /** The dependence of parameter j. */
    public ShapDependence dependence(int j) {
        return dependence[j];
    }

    static final StructType VALUES = new StructType().add("trial", DataTypes.LongType, false)
            .add("parameter", DataTypes.StringType, false).add("group", DataTypes.StringType, false)
            .add("unit_value", DataTypes.DoubleType, true).add("value", DataTypes.StringType, true)
            .add("shap", DataTypes.DoubleType, false).add("shap_sd", DataTypes.DoubleType, false)
            .add("metric", DataTypes.StringType, false).add("base_value", DataTypes.DoubleType, false);
    static final StructType BIN = new StructType().add("unit_low", DataTypes.DoubleType, false)
            .add("unit_high", DataTypes.DoubleType, false).add("trials", DataTypes.LongType, false)
            .add("mean_shap", DataTypes.DoubleType, false).add("sd_shap", DataTypes.DoubleType, false);
    static final StructType SUMMARY = new StructType().add("parameter", DataTypes.StringType, false)
            .add("group", DataTypes.StringType, false).add("metric", DataTypes.StringType, false)
            .add("mean_abs_shap", DataTypes.DoubleType, false).add("fixable", DataTypes.BooleanType, false)
            .add("favourable_unit_low", DataTypes.DoubleType, true).add("favourable_unit_high", DataTypes.DoubleType, true)
            .add("max_bin_mean", DataTypes.DoubleType, false).add("fixable_threshold", DataTypes.DoubleType, false)
            .add("metamodel_r2_holdout", DataTypes.DoubleType, false).add("shap_method", DataTypes.StringType, false)
            .add("dependence", DataTypes.createArrayType(BIN, false), false);
}

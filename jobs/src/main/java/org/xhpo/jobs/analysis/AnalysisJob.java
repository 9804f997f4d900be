package org.xhpo.jobs.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.TrialMatrix;

/**
 * Explains a trials table: goal-oriented HSIC (hsic-explainable-hpo.md), MLlib gradient-boosting
 * partial dependence (fi-random-search-sdcmi.md appendix B) and meta-model SHAP
 * (metamodel-shap-hp-analysis.md), then recommendations that combine them. Every result is a
 * table written under the study directory, all-or-nothing ({@link AnalysisTableWriter}).
 */
public final class AnalysisJob {
    private final SparkSession spark;
    private final PrintStream log;

    /**
     * @param spark the session
     * @param log where progress lines go
     */
    public AnalysisJob(SparkSession spark, PrintStream log) {
        this.spark = spark;
        this.log = log;
    }

    /**
     * Runs every analysis and writes the tables.
     *
     * @param in the prepared trials
     * @param settings what to compute
     * @param study the study name (the {@code study} column of every table)
     * @param studyDir where the tables go
     * @param seed the analysis seed
     * @return table name → row count
     */
    public Map<String, Long> run(AnalysisInput in, AnalysisSettings settings, String study, Path studyDir, long seed)
            throws IOException {
        long t0 = System.nanoTime();
        Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
        TrialMatrixCollector.Collected collected = TrialMatrixCollector.collect(in, settings.exactLimit(), seed);
        TrialMatrix matrix = collected.matrix();
        log.println("[xhpo] analyze: " + in.okRows() + " trials of " + in.totalRows() + ", " + in.space().dimension()
                + " parameters, objective " + in.objective() + " (" + in.direction().label() + ")");

        HsicTables hsic = HsicTables.compute(spark, in, matrix, settings, seed);
        tables.put("hsic_importance", hsic.importance());
        tables.put("hsic_interactions", hsic.interactions());
        tables.put("hsic_tradeoff", hsic.tradeoff());
        log.println("[xhpo] analyze: HSIC (" + hsic.estimator() + ") done");

        List<int[]> pairs = hsic.topPairs(settings.pdpPairs());
        GbtPartialDependence.Result gbt = GbtPartialDependence.run(in, settings, pairs, seed);
        tables.put("pdp_1d", gbt.pdp1d());
        tables.put("pdp_2d", gbt.pdp2d());
        tables.put("gbt_importance", gbt.importance());
        log.println("[xhpo] analyze: GBT partial dependence done (hold-out R² " + String.format("%.3f", gbt.heldOutR2()) + ")");

        ShapTables shap = ShapTables.compute(spark, in.space(), in.objective(), matrix, collected.keys(), settings, seed);
        tables.put("shap_values", shap.values());
        tables.put("shap_summary", shap.summary());
        log.println("[xhpo] analyze: SHAP done (meta-model hold-out R² " + String.format("%.3f", shap.heldOutR2()) + ")");

        tables.put("recommendations", RecommendationTable.build(spark, in, matrix, hsic, gbt, shap, settings));

        Map<String, Dataset<Row>> withStudy = new LinkedHashMap<>();
        tables.forEach((k, v) -> withStudy.put(k, v.withColumn("study", functions.lit(study))));
        AnalysisTableWriter.write(spark, studyDir, withStudy, provenance(in, settings, study, seed, gbt, shap));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : withStudy.keySet()) {
            counts.put(name, spark.read().parquet(new Path(studyDir, name).toString()).count());
        }
        log.println("[xhpo] analyze: tables " + new ArrayList<>(counts.keySet()) + " in " + studyDir + " ("
                + String.format("%.1f", (System.nanoTime() - t0) / 1e9) + " s)");
        return counts;
    }

    private static String provenance(AnalysisInput in, AnalysisSettings s, String study, long seed,
                                     GbtPartialDependence.Result gbt, ShapTables shap) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode n = json.createObjectNode();
        n.put("study", study);
        n.put("created", Instant.now().toString());
        n.put("source", in.source());
        n.put("objective", in.objective());
        n.put("direction", in.direction().label());
        n.put("trials_total", in.totalRows());
        n.put("trials_analyzed", in.okRows());
        n.put("space", in.space().toString());
        n.put("seed", seed);
        n.set("settings", json.valueToTree(s));
        n.put("gbt_r2_holdout", gbt.heldOutR2());
        n.put("metamodel_r2_holdout", shap.heldOutR2());
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(n);
    }
}

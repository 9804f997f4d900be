package org.xhpo.jobs.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.xhpo.jobs.analysis.AnalysisJob;
import org.xhpo.jobs.analysis.AnalysisTableWriter;

/**
 * The result of {@link Explainer#explain}: every analysis table as a DataFrame (README "Explaining a
 * sweep" lists them and their columns) and the provenance that {@code analysis.json} records.
 *
 * @param tables table name → rows ({@code hsic_importance}, {@code hsic_interactions},
 *     {@code hsic_tradeoff}, {@code pdp_1d}, {@code pdp_2d}, {@code gbt_importance}, {@code shap_values},
 *     {@code shap_summary}, {@code recommendations})
 * @param provenance the JSON text of {@code analysis.json} (settings, seed, source, model R², input hash)
 */
public record Explanation(Map<String, Dataset<Row>> tables, String provenance) {
    /** Copies the map, keeping its order. */
    public Explanation {
        tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /**
     * One table.
     *
     * @throws IllegalArgumentException naming the tables there are
     */
    public Dataset<Row> table(String name) {
        Dataset<Row> t = tables.get(name);
        if (t == null) {
            throw new IllegalArgumentException("table: expected one of " + tables.keySet() + ", got '" + name + "'");
        }
        return t;
    }

    /**
     * Writes every table (with a {@code study} column) and {@code analysis.json} under a study
     * directory, all-or-nothing ({@link AnalysisTableWriter}).
     *
     * @return table name → rows written
     */
    public Map<String, Long> write(SparkSession spark, Path studyDir, String study) throws IOException {
        Map<String, Dataset<Row>> withStudy = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.forEach((k, v) -> withStudy.put(k, v.withColumn("study", functions.lit(study))));
        AnalysisTableWriter.write(spark, studyDir, withStudy, AnalysisJob.withStudy(provenance, study));
        counts.putAll(org.xhpo.jobs.analysis.ConcurrentJobs.each(new java.util.ArrayList<>(tables.keySet()),
                name -> rows(tables.get(name))));
        return counts;
    }

    /** Rows of a table: a driver-side table (every analysis table is one) is counted without a Spark job. */
    private static long rows(Dataset<Row> table) {
        return table.isLocal() ? table.collectAsList().size() : table.count();
    }
}

package org.xhpo.jobs.report;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.xhpo.report.ReportInput;
import org.xhpo.report.ReportTable;
import org.xhpo.report.ReportTrial;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialColumns;

/**
 * Reads a study directory into a {@link ReportInput}: {@code study.json}, {@code analysis.json},
 * the trials (XHPO's trials table, or for an imported study the table named as the analysis'
 * source, see {@link ImportedTrials}) and every analysis table that exists. Studies with more than
 * {@link #MAX_TRIALS} trials are shown as a deterministic sample: every k-th trial id plus the best
 * tenth of the sample size.
 */
public final class StudyReportReader {
    /** Most trials embedded in a report. */
    public static final int MAX_TRIALS = 5_000;
    /** The analysis tables a report reads, when present. */
    public static final List<String> TABLES = List.of("hsic_importance", "hsic_interactions", "hsic_tradeoff", "pdp_1d",
            "pdp_2d", "gbt_importance", "shap_values", "shap_summary", "recommendations", "search_decisions");
    private static final int MAX_TABLE_ROWS = 200_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SparkSession spark;
    private final PrintStream log;

    /**
     * @param spark the session
     * @param log where notes go (e.g. an imported study whose source table is gone)
     */
    public StudyReportReader(SparkSession spark, PrintStream log) {
        this.spark = spark;
        this.log = log;
    }

    /**
     * Reads a study.
     *
     * @param studyDir {@code OUT/STUDY}
     * @throws IllegalArgumentException when the directory holds no study (naming it)
     */
    public ReportInput read(Path studyDir) throws IOException {
        FileSystem fs = studyDir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        JsonNode studyMeta = json(fs, new Path(studyDir, "study.json"));
        JsonNode analysisMeta = json(fs, new Path(studyDir, "analysis.json"));
        Path trialsDir = new Path(studyDir, "trials");
        boolean hasTrials = fs.exists(trialsDir);
        if (studyMeta == null && analysisMeta == null && !hasTrials) {
            throw new IllegalArgumentException("--study: '" + studyDir + "' holds no study (no study.json, trials or "
                    + "analysis.json); run xhpo run or xhpo analyze first");
        }
        List<String> present = new ArrayList<>();
        for (String name : TABLES) {
            if (fs.exists(new Path(studyDir, name))) {
                present.add(name);
            }
        }
        Map<String, ReportTable> tables = new LinkedHashMap<>(); // read concurrently (small jobs), kept in TABLES order
        tables.putAll(org.xhpo.jobs.analysis.ConcurrentJobs.each(present, name -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Row r : spark.read().parquet(new Path(studyDir, name).toString()).limit(MAX_TABLE_ROWS).collectAsList()) {
                rows.add(SparkRows.toMap(r));
            }
            return new ReportTable(name, rows);
        }));
        String direction = analysisMeta != null && analysisMeta.has("direction") ? analysisMeta.path("direction").asText()
                : studyMeta != null ? studyMeta.path("direction").asText("minimize") : "minimize";
        Direction dir = "maximize".equals(direction) ? Direction.MAXIMIZE : Direction.MINIMIZE;
        String study = studyMeta != null ? studyMeta.path("study").asText(studyDir.getName()) : studyDir.getName();
        if (hasTrials) {
            Dataset<Row> df = spark.read().parquet(trialsDir.toString());
            List<String> cols = Arrays.asList(df.columns());
            List<String> params = new ArrayList<>();
            for (String c : cols) {
                if (!c.startsWith(TrialColumns.UNIT_PREFIX) && cols.contains(TrialColumns.UNIT_PREFIX + c)) {
                    params.add(c);
                }
            }
            long total = df.count();
            List<ReportTrial> trials = new ArrayList<>();
            for (Row r : sample(df, total, dir).collectAsList()) {
                trials.add(xhpoTrial(SparkRows.toMap(r), params));
            }
            return new ReportInput(study, studyMeta == null, "value", dir, params, trials, total, studyMeta, analysisMeta,
                    tables);
        }
        ImportedTrials imported = ImportedTrials.read(spark, analysisMeta, dir, MAX_TRIALS, log);
        List<String> params = imported.parameters().isEmpty() ? parametersOf(tables) : imported.parameters();
        return new ReportInput(study, true, analysisMeta.path("objective").asText("value"), dir, params,
                imported.trials(), Math.max(imported.total(), imported.trials().size()), studyMeta, analysisMeta, tables);
    }

    /** All trials, or every k-th trial id plus the best MAX_TRIALS/10 when there are more than MAX_TRIALS. */
    private static Dataset<Row> sample(Dataset<Row> df, long total, Direction dir) {
        if (total <= MAX_TRIALS) {
            return df;
        }
        long k = (long) Math.ceil(total / (MAX_TRIALS * 0.9));
        Dataset<Row> ok = df.where(col(TrialColumns.STATUS).equalTo("ok"));
        Dataset<Row> best = ok.orderBy(dir == Direction.MINIMIZE ? col(TrialColumns.VALUE).asc()
                : col(TrialColumns.VALUE).desc()).limit(MAX_TRIALS / 10);
        return df.where(col(TrialColumns.TRIAL_ID).mod(k).equalTo(0)).union(best).dropDuplicates(TrialColumns.TRIAL_ID);
    }

    private static ReportTrial xhpoTrial(Map<String, Object> r, List<String> params) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Double> unit = new LinkedHashMap<>();
        for (String p : params) {
            if (r.get(p) != null) {
                values.put(p, r.get(p));
            }
            if (r.get(TrialColumns.UNIT_PREFIX + p) instanceof Number u) {
                unit.put(p, u.doubleValue());
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (r.get(TrialColumns.METRICS) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
                    metrics.put(String.valueOf(k), n.doubleValue());
                }
            });
        }
        String status = ReportTable.str(r, TrialColumns.STATUS, "ok");
        Double value = r.get(TrialColumns.VALUE) instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
        if ("ok".equals(status) && value == null) {
            status = "failed";
        }
        return new ReportTrial(((Number) r.get(TrialColumns.TRIAL_ID)).longValue(),
                r.get(TrialColumns.ROUND) instanceof Number n ? n.intValue() : null,
                (String) r.get(TrialColumns.SAMPLER), status, value, values, unit, metrics,
                r.get(TrialColumns.DURATION) instanceof Number d ? d.doubleValue() : null,
                (String) r.get(TrialColumns.START), (String) r.get(TrialColumns.END));
    }

    /** Parameter names from the analysis tables, when the trials are gone. */
    private static List<String> parametersOf(Map<String, ReportTable> tables) {
        List<String> out = new ArrayList<>();
        ReportTable t = tables.get("hsic_importance");
        if (t != null) {
            t.rows().forEach(r -> {
                String p = ReportTable.str(r, "parameter", null);
                if (p != null && !out.contains(p)) {
                    out.add(p);
                }
            });
        }
        return out;
    }

    private static JsonNode json(FileSystem fs, Path file) throws IOException {
        if (!fs.exists(file)) {
            return null;
        }
        try (InputStream in = fs.open(file)) {
            return JSON.readTree(in);
        }
    }
}

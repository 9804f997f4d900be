package org.xhpo.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.xhpo.jobs.analysis.AnalysisInput;
import org.xhpo.jobs.analysis.TrialsSource;
import org.xhpo.report.ReportTrial;
import org.xhpo.space.SearchSpace;
import org.xhpo.space.SpaceJson;
import org.xhpo.study.Direction;

/**
 * The trials of an imported study (an Optuna {@code trials_dataframe()} CSV or a plain table that
 * {@code xhpo analyze} read): the table named as the source in {@code analysis.json}, read again
 * through {@link TrialsSource} with the analysis' seed, so the unit-space values are the ones the
 * analysis used. Optuna's {@code state} becomes the status (COMPLETE → ok, FAIL → failed, others
 * lower-cased); there are no rounds and no sampler.
 *
 * @param parameters parameter names (the inferred space's order)
 * @param trials the trials
 * @param total rows in the source table
 */
record ImportedTrials(List<String> parameters, List<ReportTrial> trials, long total) {

    /** Reads the source table, or returns no trials (with a note) when it is gone or unreadable. */
    static ImportedTrials read(SparkSession spark, JsonNode analysisMeta, Direction dir, int max, PrintStream log) {
        String source = analysisMeta == null ? null : analysisMeta.path("source").asText(null);
        if (source == null) {
            return new ImportedTrials(List.of(), List.of(), 0);
        }
        String objective = analysisMeta.path("objective").asText("value");
        List<String> costs = new ArrayList<>();
        analysisMeta.path("settings").path("costs").forEach(c -> costs.add(c.asText()));
        AnalysisInput in;
        try {
            // the space the analysis used (declared with --space, or inferred and printed then), not inferred again
            JsonNode stored = analysisMeta.path("space");
            SearchSpace space = stored.isObject() || stored.isArray()
                    ? SpaceJson.read(stored, "analysis.json: space") : null;
            in = new TrialsSource(spark, log).load(source, null, objective, dir, space, costs,
                    analysisMeta.path("seed").asLong(12345));
        } catch (IllegalArgumentException | IOException e) {
            log.println("[xhpo] report: the trials of the imported study are not shown: " + e.getMessage());
            return new ImportedTrials(List.of(), List.of(), 0);
        }
        List<String> params = in.space().names();
        Map<Long, Row> unitRows = new HashMap<>();
        for (Row r : in.prepared().limit(max).collectAsList()) {
            unitRows.put(r.getLong(0), r);
        }
        boolean csv = source.toLowerCase(Locale.ROOT).endsWith(".csv");
        Dataset<Row> raw = csv ? spark.read().option("header", true).option("inferSchema", true).csv(source)
                : spark.read().parquet(source);
        List<String> cols = Arrays.asList(raw.columns());
        List<ReportTrial> trials = new ArrayList<>();
        long index = 0;
        for (Row row : raw.limit(max).collectAsList()) {
            Map<String, Object> r = SparkRows.toMap(row);
            long id = r.get("number") instanceof Number n ? n.longValue() : index;
            index++;
            Row u = unitRows.get(id);
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Double> unit = new LinkedHashMap<>();
            for (int j = 0; j < params.size(); j++) {
                String p = params.get(j);
                Object v = r.get(cols.contains("params_" + p) ? "params_" + p : p);
                if (v != null) {
                    values.put(p, v);
                }
                if (u != null && !u.isNullAt(1 + j)) {
                    unit.put(p, u.getDouble(1 + j));
                }
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (int k = 0; u != null && k < in.costMetrics().size(); k++) {
                int at = 2 + params.size() + k;
                if (!u.isNullAt(at)) {
                    metrics.put(in.costMetrics().get(k), u.getDouble(at));
                }
            }
            Double value = u != null ? (Double) u.getDouble(1 + params.size()) : null;
            String state = r.get("state") == null ? "COMPLETE" : r.get("state").toString();
            String status = u != null ? "ok" : state.equals("COMPLETE") ? "failed" : state.toLowerCase(Locale.ROOT);
            trials.add(new ReportTrial(id, null, null, status, value, values, unit, metrics, duration(r), null, null));
        }
        return new ImportedTrials(params, trials, in.totalRows());
    }

    /** Optuna's duration column ("0 days 00:00:01.234000"), in seconds, or null. */
    private static Double duration(Map<String, Object> r) {
        Object d = r.get("duration");
        if (d instanceof Number n) {
            return n.doubleValue();
        }
        if (d instanceof String s && s.matches("\\d+ days \\d\\d:\\d\\d:\\d\\d(\\.\\d+)?")) {
            String[] dayRest = s.split(" days ");
            String[] hms = dayRest[1].split(":");
            return Long.parseLong(dayRest[0]) * 86400.0 + Integer.parseInt(hms[0]) * 3600.0
                    + Integer.parseInt(hms[1]) * 60.0 + Double.parseDouble(hms[2]);
        }
        return null;
    }
}

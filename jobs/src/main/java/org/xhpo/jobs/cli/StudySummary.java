package org.xhpo.jobs.cli;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.xhpo.analysis.hsic.HsicImportance;
import org.xhpo.jobs.analysis.AnalysisInput;
import org.xhpo.jobs.analysis.TrialsFiles;
import org.xhpo.jobs.store.ResultTables;
import org.xhpo.jobs.sweep.FailureMessages;
import org.xhpo.space.Parameter;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialColumns;

/**
 * The short explanation that ends {@code xhpo run} and {@code xhpo analyze}, read from the tables just written in
 * the study directory: the best trial, failed trials by message, the parameters that matter (HSIC p-values on the
 * best p%), what to tune and what to fix at which value ({@code recommendations}), the report when it exists, and
 * the next command to try, spelled as the user runs it. Missing tables (analysis off, an external table without a
 * trials table) leave their lines out.
 */
public final class StudySummary {
    /** Most failure kinds listed. */
    static final int MAX_FAILURE_KINDS = 5;
    /** Most parameters named per line. */
    static final int MAX_PARAMETERS = 8;
    private static final int MAX_MESSAGE_CHARS = 100;

    private StudySummary() {
    }

    /**
     * The summary lines of a study.
     *
     * @param studyDir OUT/STUDY
     * @param direction which objective values are better
     */
    public static List<String> lines(SparkSession spark, Path studyDir, Direction direction) throws IOException {
        return lines(spark, studyDir, direction, null);
    }

    /**
     * The summary lines of a study whose trials may live outside it (an external table analyzed into it): without a
     * trials table in the study directory the best trial is read from the analysis input.
     *
     * @param input the analyzed table, or null
     */
    public static List<String> lines(SparkSession spark, Path studyDir, Direction direction, AnalysisInput input)
            throws IOException {
        FileSystem fs = studyDir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        String study = studyDir.getName();
        String out = studyDir.getParent() == null ? "." : studyDir.getParent().toString();
        List<String> lines = new ArrayList<>();
        Map<String, String> best = Map.of();
        Dataset<Row> trials = table(spark, fs, studyDir, "trials");
        if (trials != null) {
            best = trialLines(trials, direction, lines);
        } else if (input != null) {
            best = bestAnalyzedRow(input, lines);
        }
        Dataset<Row> hsic = table(spark, fs, studyDir, "hsic_importance");
        if (hsic != null) {
            lines.add(mattersLine(hsic));
        }
        Dataset<Row> recs = table(spark, fs, studyDir, "recommendations");
        if (recs != null) {
            lines.addAll(recommendationLines(recs, best));
        }
        Path report = new Path(new Path(studyDir, "report"), "index.html");
        if (fs.exists(report)) {
            String file = report.toString();
            lines.add("report: " + (file.startsWith("file:") ? file.substring("file:".length()) : file));
        }
        String view = ResultTables.safeIdentifier(study);
        lines.add("query it: " + (recs != null
                ? XhpoMain.launcher() + " sql \"SELECT parameter, action, value_low, value_high, evidence"
                        + " FROM recommendations_"
                        + view + "\" --out " + out
                : XhpoMain.launcher() + " sql \"SELECT * FROM trials_" + view + " WHERE status = 'ok' ORDER BY value "
                        + (direction == Direction.MAXIMIZE ? "DESC " : "") + "LIMIT 5\" --out " + out)
                + "   (or " + XhpoMain.launcher() + " sql --out " + out + " for a shell)");
        return lines;
    }

    /** Prints the summary lines of an XHPO study. */
    public static void print(SparkSession spark, Path studyDir, Direction direction, PrintStream out)
            throws IOException {
        print(spark, studyDir, direction, null, out);
    }

    /** Prints the summary lines; the best trial comes from {@code input} when the study has no trials table. */
    public static void print(SparkSession spark, Path studyDir, Direction direction, AnalysisInput input,
                             PrintStream out) throws IOException {
        for (String line : lines(spark, studyDir, direction, input)) {
            out.println(line);
        }
    }

    /** The best row of an analyzed table, its unit values decoded by the space. */
    private static Map<String, String> bestAnalyzedRow(AnalysisInput in, List<String> lines) {
        List<Row> top = in.prepared().orderBy(in.direction() == Direction.MAXIMIZE ? col("y").desc() : col("y").asc(),
                col("row").asc()).limit(1).collectAsList();
        Map<String, String> values = new LinkedHashMap<>();
        if (top.isEmpty()) {
            return values;
        }
        Row r = top.get(0);
        List<Parameter> params = in.space().parameters();
        for (int j = 0; j < params.size(); j++) {
            Object u = r.getAs(AnalysisInput.x(j));
            if (u != null) {
                values.put(params.get(j).name(), brief(params.get(j).fromUnit(((Number) u).doubleValue())));
            }
        }
        String from = java.util.Arrays.asList(r.schema().fieldNames()).contains(AnalysisInput.SOURCE)
                ? r.getAs(AnalysisInput.SOURCE) : in.source(); // a pooled row names its own table
        lines.add("best trial (row " + r.getAs("row") + " of " + from + "): " + in.objective() + " "
                + brief(r.getAs("y")) + " with " + values);
        return values;
    }

    private static Dataset<Row> table(SparkSession spark, FileSystem fs, Path studyDir, String name)
            throws IOException {
        Path p = new Path(studyDir, name);
        return fs.exists(p) ? spark.read().parquet(p.toString()) : null;
    }

    /** Adds the best-trial and failure lines; returns the best trial's parameter values. */
    private static Map<String, String> trialLines(Dataset<Row> trials, Direction direction, List<String> lines) {
        List<String> params = new ArrayList<>();
        List<String> columns = List.of(trials.columns());
        for (String c : columns) {
            if (!TrialColumns.RESERVED.contains(c) && !c.startsWith(TrialColumns.UNIT_PREFIX)
                    && columns.contains(TrialColumns.UNIT_PREFIX + c)) {
                params.add(c);
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        Dataset<Row> ok = trials.filter(col(TrialColumns.STATUS).equalTo("ok"));
        List<Row> top = ok.orderBy(direction == Direction.MAXIMIZE ? col(TrialColumns.VALUE).desc()
                : col(TrialColumns.VALUE).asc(), col(TrialColumns.TRIAL_ID).asc()).limit(1).collectAsList();
        if (top.isEmpty()) {
            lines.add("best trial: none finished ok");
        } else {
            Row r = top.get(0);
            for (String p : params) {
                Object v = r.getAs(p);
                if (v != null) {
                    values.put(p, brief(v));
                }
            }
            lines.add("best trial " + r.getAs(TrialColumns.TRIAL_ID) + ": value " + brief(r.getAs(TrialColumns.VALUE))
                    + " with " + values);
            repeatedLine(trials, params, direction).ifPresent(lines::add);
        }
        FailureMessages failures = new FailureMessages();
        for (Row r : trials.filter(col(TrialColumns.STATUS).notEqual("ok")).groupBy(col(TrialColumns.ERROR)).count()
                .orderBy(col("count").desc()).limit(10_000).collectAsList()) {
            failures.add(r.getString(0), r.getLong(1));
        }
        if (!failures.isEmpty()) {
            List<String> kinds = new ArrayList<>();
            List<Map.Entry<String, Long>> byCount = failures.byCount();
            for (int i = 0; i < Math.min(MAX_FAILURE_KINDS, byCount.size()); i++) {
                kinds.add(FailureMessages.format(byCount.get(i), MAX_MESSAGE_CHARS));
            }
            int rest = byCount.size() - MAX_FAILURE_KINDS;
            String more = rest > 0 ? "; " + rest + " more kinds" : "";
            lines.add("failed trials (" + failures.total() + ") by message: " + String.join("; ", kinds) + more);
        }
        return values;
    }

    /**
     * On a noisy objective evaluated more than once at some configuration (fi-random's {@code intensify}
     * re-evaluates its challengers), the best trial is partly luck: the configuration with the best mean among
     * those evaluated more than once, all ok, with evaluations that differ — the incumbent of an intensifying
     * sampler. Empty when no configuration qualifies (every configuration once, or a deterministic objective).
     */
    static Optional<String> repeatedLine(Dataset<Row> trials, List<String> params, Direction direction) {
        if (params.isEmpty()) {
            return Optional.empty();
        }
        Column value = col(TrialColumns.VALUE);
        Column[] keys = params.stream().map(TrialsFiles::quoted).toArray(Column[]::new);
        Column mean = col("mean");
        List<Row> top = trials.groupBy(keys).agg(count(lit(1)).as("n"),
                        sum(when(col(TrialColumns.STATUS).equalTo("ok"), 1).otherwise(0)).as("ok"),
                        avg(value).as("mean"), min(value).as("low"), max(value).as("high"),
                        sort_array(collect_list(col(TrialColumns.TRIAL_ID))).as("ids"))
                .filter(col("n").gt(1).and(col("ok").equalTo(col("n"))).and(col("low").lt(col("high"))))
                .orderBy(direction == Direction.MAXIMIZE ? mean.desc() : mean.asc(), col("ids").getItem(0).asc())
                .limit(1).collectAsList();
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Row r = top.get(0);
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : params) {
            Object v = r.getAs(p);
            if (v != null) {
                values.put(p, brief(v));
            }
        }
        List<Long> ids = r.getList(r.fieldIndex("ids"));
        return Optional.of("best repeated configuration (trials " + ids.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + "): mean value " + brief(r.getAs("mean"))
                + " over " + ids.size() + " evaluations (" + brief(r.getAs("low")) + " to " + brief(r.getAs("high"))
                + ") with " + values);
    }

    private static String mattersLine(Dataset<Row> hsic) {
        Dataset<Row> best = hsic.filter(col("target").equalTo("best"));
        if (List.of(hsic.columns()).contains("own_group")) { // P3's co-active rows repeat a parameter in a group
            best = best.filter(col("own_group"));
        }
        List<Row> rows = best.orderBy(col("p_value").asc_nulls_last(), col("s").desc(), col("parameter").asc())
                .select("parameter", "group", "p_value").collectAsList();
        List<String> matter = new ArrayList<>();
        List<String> not = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Row r : rows) {
            String name = r.getString(0) + (r.getString(1).isEmpty() ? "" : " (when " + HsicImportance.readableGroup(r.getString(1)) + ")");
            double p = r.isNullAt(2) ? Double.NaN : r.getDouble(2);
            if (Double.isNaN(p)) {
                unknown.add(name);
            } else if (p < 0.05) {
                matter.add(name + (p < 0.001 ? " (p<0.001)" : " (p=" + String.format(Locale.ROOT, "%.2g", p) + ")"));
            } else {
                not.add(name);
            }
        }
        String line = matter.isEmpty() ? "parameters that matter: none significant (HSIC p < 0.05 on the best trials);"
                + " more trials may tell" : "parameters that matter (HSIC, best trials, p < 0.05): " + cap(matter);
        return line + (not.isEmpty() ? "; no evidence for " + cap(not) : "")
                + (unknown.isEmpty() ? "" : "; too few active trials to tell for " + cap(unknown));
    }

    private static List<String> recommendationLines(Dataset<Row> recs, Map<String, String> best) {
        List<String> tune = new ArrayList<>();
        List<String> fix = new ArrayList<>();
        List<String> abstain = new ArrayList<>();
        for (Row r : recs.orderBy(col("parameter")).select("parameter", "action", "value_low", "value_high")
                .collectAsList()) {
            String p = r.getString(0);
            String low = r.isNullAt(2) ? null : brief(r.getString(2));
            String high = r.isNullAt(3) ? null : brief(r.getString(3));
            if (r.getString(1).equals("abstain")) {
                abstain.add(p);
            } else if (r.getString(1).equals("tune")) {
                tune.add(low == null ? p : p + " in [" + low + ", " + high + "]");
            } else if (low != null) {
                fix.add(p + " at " + low);
            } else if (best.containsKey(p)) {
                fix.add(p + " at " + best.get(p) + " (the best trial's)");
            } else {
                fix.add(p + " at any value");
            }
        }
        List<String> out = new ArrayList<>();
        if (!tune.isEmpty()) {
            out.add("tune: " + cap(tune));
        }
        if (!fix.isEmpty()) {
            out.add("fix: " + cap(fix));
        }
        if (!abstain.isEmpty()) {
            out.add("no advice yet (too little evidence either way; keep as declared or run more trials): "
                    + cap(abstain));
        }
        return out;
    }

    /** A value as printed: numbers with at most 4 significant digits, anything else as it is. */
    static String brief(Object v) {
        if (v instanceof Double || v instanceof Float) {
            return briefNumber(((Number) v).doubleValue());
        }
        if (v instanceof String text && text.matches("-?[0-9]*\\.[0-9]+([eE][-+]?[0-9]+)?|-?[0-9]+[eE][-+]?[0-9]+")) {
            return briefNumber(Double.parseDouble(text));
        }
        return String.valueOf(v);
    }

    private static String briefNumber(double d) {
        if (!Double.isFinite(d) || d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Double.isFinite(d) ? Long.toString((long) d) : Double.toString(d);
        }
        String s = String.format(Locale.ROOT, "%.4g", d);
        if (s.contains("e")) {
            String[] parts = s.split("e");
            return parts[0].replaceAll("0+$", "").replaceAll("\\.$", "") + "e" + Integer.parseInt(parts[1]);
        }
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String cap(List<String> items) {
        if (items.size() <= MAX_PARAMETERS) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, MAX_PARAMETERS)) + " and " + (items.size() - MAX_PARAMETERS)
                + " more";
    }
}

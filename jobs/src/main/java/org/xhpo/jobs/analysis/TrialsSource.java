package org.xhpo.jobs.analysis;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialColumns;

/**
 * Reads a trials table for analysis and refuses tables it cannot analyze with one clear message:
 * XHPO's own trials table (unit-space {@code u_*} columns, {@code status}), an Optuna
 * {@code study.trials_dataframe()} export ({@code params_*}, {@code value}, {@code state}), or any
 * table with parameter columns beside the objective column.
 */
public final class TrialsSource {
    /** Fewest analyzable trials: below this no index means anything. */
    public static final int MIN_TRIALS = 10;
    private static final Set<String> OPTUNA_META = Set.of("number", "datetime_start", "datetime_complete", "duration",
            "state", "value");

    private final SparkSession spark;
    private final PrintStream log;

    /**
     * @param spark the session
     * @param log where notes go
     */
    public TrialsSource(SparkSession spark, PrintStream log) {
        this.spark = spark;
        this.log = log;
    }

    /**
     * Loads and validates a table.
     *
     * @param path a Parquet directory or file, a CSV file, or an XHPO study directory
     * @param format parquet, csv, or null to decide by the file name
     * @param objective the column to analyze ({@code value} by default; an XHPO metric name works too)
     * @param direction minimize or maximize, or null for XHPO's stored direction (else minimize)
     * @param space the declared space, or null to infer it
     * @param costs cost names from the settings; those that are metrics become c columns
     * @param seed seeds the jitter of discrete values inside their unit cells
     * @throws IllegalArgumentException naming the option and what was wrong
     */
    public AnalysisInput load(String path, String format, String objective, Direction direction, SearchSpace space,
                              List<String> costs, long seed) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(p)) {
            throw new IllegalArgumentException("--trials: '" + path + "' does not exist");
        }
        if (fs.getFileStatus(p).isDirectory() && fs.exists(new Path(p, "trials"))) {
            p = new Path(p, "trials");
        }
        String fmt = format != null ? format : path.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? "csv" : "parquet";
        Dataset<Row> raw;
        try {
            raw = fmt.equals("csv") ? spark.read().option("header", true).option("inferSchema", true).csv(p.toString())
                    : spark.read().parquet(p.toString());
            raw.schema();
        } catch (Exception e) {
            throw new IllegalArgumentException("--trials: cannot read '" + path + "' as " + fmt + ": " + firstLine(e));
        }
        List<String> cols = Arrays.asList(raw.columns());
        boolean xhpo = cols.contains(TrialColumns.STATUS) && cols.stream().anyMatch(c -> c.startsWith(TrialColumns.UNIT_PREFIX));
        boolean optuna = !xhpo && cols.stream().anyMatch(c -> c.startsWith("params_"));

        Column y = objectiveColumn(raw, objective, xhpo);
        Map<String, String> paramCols = parameterColumns(raw, cols, objective, costs, xhpo, optuna);
        Dataset<Row> ok = raw;
        if (xhpo) {
            ok = ok.where(col(TrialColumns.STATUS).equalTo("ok"));
        } else if (optuna && cols.contains("state")) {
            ok = ok.where(col("state").equalTo("COMPLETE"));
        }
        ok = ok.withColumn("_y", y.cast("double"))
                .where(col("_y").isNotNull().and(functions.not(functions.isnan(col("_y"))))
                        .and(functions.abs(col("_y")).notEqual(Double.POSITIVE_INFINITY)));
        long total = raw.count();
        long n = ok.count();
        if (n < MIN_TRIALS) {
            String statuses = xhpo ? " (by status: " + raw.groupBy(TrialColumns.STATUS).count().collectAsList().stream()
                    .map(r -> r.get(0) + " " + r.get(1)).reduce((a, b) -> a + ", " + b).orElse("none") + ")" : "";
            throw new IllegalArgumentException("--trials: '" + path + "' has " + n + " analyzable trial" + (n == 1 ? "" : "s")
                    + " of " + total + statuses + "; the analysis needs at least " + MIN_TRIALS
                    + " finished trials with a finite '" + objective + "'");
        }
        SearchSpace s = space != null ? checked(ok, space, paramCols) : SpaceInference.infer(ok, paramCols, log);
        List<String> costMetrics = new ArrayList<>();
        List<Column> costExprs = new ArrayList<>();
        for (String c : costs) {
            if (s.names().contains(c)) {
                continue;
            }
            Column e = metricColumn(raw, c, xhpo);
            if (e == null) {
                throw new IllegalArgumentException("analysis.costs: '" + c + "' is neither a parameter " + s.names()
                        + " nor a metric column of the trials table");
            }
            costMetrics.add(c);
            costExprs.add(e.cast("double").as("_c" + costMetrics.size()));
        }
        Column key = cols.contains(TrialColumns.TRIAL_ID) ? col(TrialColumns.TRIAL_ID).cast("long")
                : cols.contains("number") ? col("number").cast("long") : functions.monotonically_increasing_id();
        List<Column> select = new ArrayList<>();
        select.add(key.as("_row"));
        for (Parameter prm : s.parameters()) {
            String c = paramCols.get(prm.name());
            select.add(col(c).as("_p_" + prm.name()));
            String u = TrialColumns.UNIT_PREFIX + prm.name();
            select.add((xhpo && cols.contains(u) ? col(u).cast("double") : functions.lit(null).cast("double")).as("_u_" + prm.name()));
        }
        select.add(col("_y"));
        select.addAll(costExprs);
        Dataset<Row> narrow = ok.select(select.toArray(new Column[0]));
        Dataset<Row> prepared = narrow.map(new UnitRowMapper(s, seed), Encoders.row(preparedSchema(s.dimension(), costMetrics.size())));
        Direction dir = direction != null ? direction : storedDirection(fs, p);
        return new AnalysisInput(path, s, prepared, total, n, objective, dir, costMetrics);
    }

    private static StructType preparedSchema(int d, int costs) {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("row", DataTypes.LongType, false));
        for (int j = 0; j < d; j++) {
            f.add(DataTypes.createStructField(AnalysisInput.x(j), DataTypes.DoubleType, true));
        }
        f.add(DataTypes.createStructField("y", DataTypes.DoubleType, false));
        for (int k = 0; k < costs; k++) {
            f.add(DataTypes.createStructField(AnalysisInput.c(k), DataTypes.DoubleType, true));
        }
        return DataTypes.createStructType(f);
    }

    private Column objectiveColumn(Dataset<Row> raw, String objective, boolean xhpo) {
        Column y = metricColumn(raw, objective, xhpo);
        if (y == null) {
            throw new IllegalArgumentException("--objective: no column '" + objective + "' in the trials table"
                    + (xhpo ? " and no metric of that name" : "") + "; columns: " + Arrays.toString(raw.columns()));
        }
        if (Arrays.asList(raw.columns()).contains(objective)) {
            DataType t = raw.schema().apply(objective).dataType();
            if (!(t instanceof NumericType)) {
                throw new IllegalArgumentException("--objective: column '" + objective + "' holds " + t.simpleString()
                        + " values; expected numbers");
            }
        }
        return y;
    }

    /** A plain numeric column, or for XHPO tables an entry of the metrics map; null if neither. */
    private static Column metricColumn(Dataset<Row> raw, String name, boolean xhpo) {
        if (Arrays.asList(raw.columns()).contains(name)) {
            return col(name);
        }
        if (xhpo && raw.schema().getFieldIndex(TrialColumns.METRICS).isDefined()
                && raw.schema().apply(TrialColumns.METRICS).dataType() instanceof MapType) {
            long present = raw.where(col(TrialColumns.METRICS).getItem(name).isNotNull()).limit(1).count();
            return present > 0 ? col(TrialColumns.METRICS).getItem(name) : null;
        }
        return null;
    }

    private static Map<String, String> parameterColumns(Dataset<Row> raw, List<String> cols, String objective,
                                                        List<String> costs, boolean xhpo, boolean optuna) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String c : cols) {
            if (xhpo) {
                if (!c.startsWith(TrialColumns.UNIT_PREFIX) && cols.contains(TrialColumns.UNIT_PREFIX + c)) {
                    out.put(c, c);
                }
            } else if (optuna) {
                if (c.startsWith("params_")) {
                    out.put(c.substring("params_".length()), c);
                }
            } else if (!c.equals(objective) && !costs.contains(c) && !OPTUNA_META.contains(c)
                    && !c.startsWith("user_attrs_") && !c.startsWith("system_attrs_") && !c.equals(TrialColumns.TRIAL_ID)) {
                out.put(c, c);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--trials: no parameter columns found; expected params_* columns (Optuna's "
                    + "trials_dataframe()), u_* companions (XHPO's trials table) or plain columns beside --objective; columns: "
                    + cols);
        }
        return out;
    }

    /** Checks a declared space against the table: every parameter has a column and its values fit. */
    private static SearchSpace checked(Dataset<Row> ok, SearchSpace space, Map<String, String> paramCols) {
        for (Parameter prm : space.parameters()) {
            String c = paramCols.get(prm.name());
            if (c == null) {
                throw new IllegalArgumentException("--space: parameter '" + prm.name() + "' has no column in the trials table;"
                        + " parameter columns: " + paramCols.values());
            }
            if (prm instanceof CategoricalParameter cat) {
                for (Row r : ok.select(col(c)).where(col(c).isNotNull()).distinct().limit(10_000).collectAsList()) {
                    if (cat.indexOf(r.get(0)) < 0) {
                        throw new IllegalArgumentException("--space: parameter '" + prm.name() + "' has value " + r.get(0)
                                + " in the table, not one of " + cat.choices());
                    }
                }
            } else {
                Row mm = ok.agg(functions.min(col(c).cast("double")), functions.max(col(c).cast("double"))).first();
                if (!mm.isNullAt(0) && (!prm.contains(native_(prm, mm.getDouble(0))) || !prm.contains(native_(prm, mm.getDouble(1))))) {
                    throw new IllegalArgumentException("--space: parameter '" + prm.name() + "' has values in ["
                            + mm.getDouble(0) + ", " + mm.getDouble(1) + "] in the table, outside its declared range");
                }
            }
        }
        return space;
    }

    private static Object native_(Parameter prm, double v) {
        return prm instanceof org.xhpo.space.IntParameter && v == Math.rint(v) ? (Object) (long) v : (Object) v;
    }

    private static Direction storedDirection(FileSystem fs, Path trials) {
        try {
            Path meta = new Path(trials.getParent(), "study.json");
            if (trials.getParent() != null && fs.exists(meta)) {
                try (java.io.InputStream in = fs.open(meta)) {
                    String d = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("direction").asText("minimize");
                    return d.equals("maximize") ? Direction.MAXIMIZE : Direction.MINIMIZE;
                }
            }
        } catch (IOException e) {
            // fall through to the default
        }
        return Direction.MINIMIZE;
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}

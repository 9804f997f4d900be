package org.xhpo.jobs.analysis;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.xhpo.config.DriverBounds;
import org.xhpo.jobs.analysis.optuna.OptunaStorages;
import org.xhpo.jobs.analysis.optuna.OptunaStudy;
import org.xhpo.jobs.analysis.optuna.OptunaTable;
import org.xhpo.jobs.store.StudyDirectory;
import org.xhpo.jobs.store.StudyMetadata;
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
    /** The pooled rows' table and id columns while pooling (names no writer uses). */
    private static final String POOL_SOURCE = "__xhpo_pool_source";
    private static final String POOL_ID = "__xhpo_pool_id";
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
     * @param space the declared space, or null for an XHPO study's stored space (else inferred)
     * @param costs cost names from the settings; those that are metrics become c columns
     * @param seed seeds the jitter of discrete values inside their unit cells
     * @throws IllegalArgumentException naming the option and what was wrong
     */
    public AnalysisInput load(String path, String format, String objective, Direction direction, SearchSpace space,
                              List<String> costs, long seed) throws IOException {
        Table t = read(path, format);
        if (space == null && t.stored() != null && t.stored().space() != null) {
            space = t.stored().space();
            log.println("[xhpo] analyze: using the space stored in " + t.study().metadata());
        } else if (space == null && t.study() != null) {
            log.println("[xhpo] analyze: " + t.study().root() + " has no stored space (study.json is missing"
                    + " or of format 1: resume the study once with xhpo run to upgrade it); inferring it");
        }
        return prepare(t.raw(), path, objective, direction != null ? direction : t.stored() != null
                ? t.stored().direction() : Direction.MINIMIZE, space, costs, seed, null);
    }

    /**
     * Loads several trials tables and pools them into one analysis, as the appendix B of
     * {@code fi-random-search-sdcmi.md} pools the trials of all its methods: each table is read as
     * {@link #load} reads one, the rows keep the path they came from (the prepared data's
     * {@code source} column, not a parameter), and trial ids are made unique by shifting each table's
     * ids past the previous tables' largest (the first table keeps its own). XHPO studies must have
     * identical stored spaces and directions, else the pool is refused naming the two paths and the
     * first differing parameter; a declared {@code space} replaces the stored ones and is checked
     * against every table.
     *
     * @param paths two or more tables (one path goes to {@link #load})
     * @throws IllegalArgumentException naming {@code --trials}, the paths and what differs
     */
    public AnalysisInput loadPooled(List<String> paths, String format, String objective, Direction direction,
                                    SearchSpace space, List<String> costs, long seed) throws IOException {
        if (paths.size() == 1) {
            return load(paths.get(0), format, objective, direction, space, costs, seed);
        }
        List<Table> tables = new ArrayList<>();
        for (String path : paths) {
            if (paths.indexOf(path) != paths.lastIndexOf(path)) {
                throw new IllegalArgumentException("--trials: '" + path + "' is listed twice; each table is pooled once");
            }
            tables.add(read(path, format));
        }
        for (Table t : tables) {
            if (!kind(t.raw()).equals(kind(tables.get(0).raw()))) {
                throw new IllegalArgumentException("--trials: '" + tables.get(0).path() + "' is " + kind(tables.get(0)
                        .raw()) + " and '" + t.path() + "' is " + kind(t.raw()) + "; pool tables of one kind");
            }
        }
        Table first = null; // the first XHPO study with a stored space: the others must agree with it
        for (Table t : tables) {
            if (t.stored() == null) {
                continue;
            }
            if (first == null) {
                first = t;
                continue;
            }
            if (space == null && t.stored().space() != null && first.stored().space() != null) {
                String diff = SpaceDifference.first(first.stored().space(), t.stored().space());
                if (diff != null) {
                    throw new IllegalArgumentException("--trials: the spaces stored in '" + first.path() + "' and '"
                            + t.path() + "' differ at " + diff + "; pool studies of one space (or declare one with"
                            + " --space)");
                }
            }
            if (direction == null && t.stored().direction() != first.stored().direction()) {
                throw new IllegalArgumentException("--trials: '" + first.path() + "' is " + first.stored().direction()
                        .label() + "d and '" + t.path() + "' " + t.stored().direction().label() + "d; give --direction");
            }
        }
        if (space == null && first != null && first.stored().space() != null) {
            space = first.stored().space();
            log.println("[xhpo] analyze: using the space stored in " + first.study().metadata()
                    + " (every pooled study stores the same)");
        }
        Dataset<Row> pooled = null;
        long offset = 0;
        StringBuilder note = new StringBuilder("[xhpo] analyze: pooling " + tables.size() + " tables:");
        for (Table t : tables) {
            List<String> cols = Arrays.asList(t.raw().columns());
            Column id = cols.contains(TrialColumns.TRIAL_ID) ? col(TrialColumns.TRIAL_ID).cast("long")
                    : cols.contains("number") ? col("number").cast("long") : functions.monotonically_increasing_id();
            Dataset<Row> keyed = t.raw().withColumn(POOL_ID, id);
            Row span = keyed.agg(functions.max(col(POOL_ID)), functions.count(functions.lit(1))).first();
            keyed = keyed.withColumn(TrialColumns.TRIAL_ID, col(POOL_ID).plus(offset)).drop(POOL_ID)
                    .withColumn(POOL_SOURCE, functions.lit(t.path()));
            note.append(" ").append(t.path()).append(" (").append(span.getLong(1)).append(" rows, ids +")
                    .append(offset).append(")");
            offset += span.isNullAt(0) ? 0 : span.getLong(0) + 1;
            pooled = pooled == null ? keyed : pooled.unionByName(keyed, true);
        }
        log.println(note);
        return prepare(pooled, String.join(",", paths), objective, direction != null ? direction : first != null
                ? first.stored().direction() : Direction.MINIMIZE, space, costs, seed, POOL_SOURCE);
    }

    /** What kind of trials table, as {@link #prepare} tells them apart. */
    private static String kind(Dataset<Row> raw) {
        List<String> cols = Arrays.asList(raw.columns());
        if (cols.contains(TrialColumns.STATUS) && cols.stream().anyMatch(c -> c.startsWith(TrialColumns.UNIT_PREFIX))) {
            return "an XHPO trials table";
        }
        return cols.stream().anyMatch(c -> c.startsWith("params_")) ? "an Optuna table (params_*)" : "a plain table";
    }

    /** A table as read: the rows, and for an XHPO study its directory and stored metadata (null otherwise). */
    private record Table(String path, Dataset<Row> raw, StudyDirectory study, StudyMetadata stored) {
    }

    private Table read(String path, String format) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(p)) {
            throw new IllegalArgumentException("--trials: '" + path + "' does not exist");
        }
        Optional<StudyDirectory> xhpoStudy = StudyDirectory.locate(spark.sparkContext().hadoopConfiguration(), p);
        StudyMetadata stored = null;
        if (xhpoStudy.isPresent()) {
            p = xhpoStudy.get().trials();
            stored = xhpoStudy.get().hasMetadata() ? StudyMetadata.read(xhpoStudy.get()) : null;
        }
        String fmt = format != null ? format : path.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? "csv" : "parquet";
        Dataset<Row> raw;
        if (fmt.equals("csv")) {
            raw = TrialsFiles.readCsv(spark, p, path);
        } else {
            TrialsFiles.checkParquet(fs, p, spark.sparkContext().hadoopConfiguration(), "--trials");
            try {
                raw = spark.read().parquet(p.toString());
                raw.schema();
            } catch (Exception e) {
                throw new IllegalArgumentException("--trials: cannot read '" + path + "' as " + fmt + ": " + firstLine(e));
            }
        }
        return new Table(path, raw, xhpoStudy.orElse(null), stored);
    }

    /**
     * Loads a study from an Optuna storage: an RDB storage URL ({@code sqlite:///optuna.db}, a JDBC URL,
     * {@code postgresql://…}) or a JournalStorage file; every parameter's declared distribution comes
     * from the storage, parameters a trial did not suggest are inactive, only COMPLETE trials count.
     *
     * @param storage the storage URL or journal file
     * @param study the Optuna study name
     * @param direction overrides the storage's direction when not null
     * @param space overrides the storage's distributions when not null
     * @param costs cost names (parameters only: an Optuna storage has no metric columns)
     * @param seed seeds the jitter of discrete values inside their unit cells
     */
    public AnalysisInput loadOptuna(String storage, String study, Direction direction, SearchSpace space,
                                    List<String> costs, long seed) throws IOException {
        OptunaStudy s = OptunaStorages.read(spark.sparkContext().hadoopConfiguration(), storage, study);
        OptunaTable t = OptunaTable.of(spark, s, log);
        AnalysisInput in = prepare(t.rows(), storage + " (study " + study + ")", "value", direction != null ? direction
                : s.direction(), space != null ? space : t.space(), costs, seed, null);
        if (space == null) {
            log.println("[xhpo] analyze: space declared in the storage (save it and pass --space FILE to change it):\n"
                    + org.xhpo.space.SpaceYaml.render(t.space()).stripTrailing());
        }
        return in;
    }

    /** @param pool the column naming each row's table when pooling (kept as {@code source}), else null */
    private AnalysisInput prepare(Dataset<Row> raw, String path, String objective, Direction direction,
                                  SearchSpace space, List<String> costs, long seed, String pool) {
        List<String> cols = Arrays.asList(raw.columns());
        boolean xhpo = cols.contains(TrialColumns.STATUS) && cols.stream().anyMatch(c -> c.startsWith(TrialColumns.UNIT_PREFIX));
        boolean optuna = !xhpo && cols.stream().anyMatch(c -> c.startsWith("params_"));
        Column y;
        Map<String, String> paramCols;
        try {
            y = objectiveColumn(raw, objective, xhpo);
            paramCols = parameterColumns(raw, cols, objective, costs, xhpo, optuna, pool);
        } catch (IllegalArgumentException e) {
            if (raw.isEmpty()) { // an empty table is named as such first
                throw noRows(path);
            }
            throw e;
        }
        Column done = xhpo ? col(TrialColumns.STATUS).equalTo("ok")
                : optuna && cols.contains("state") ? col("state").equalTo("COMPLETE") : functions.lit(true);
        Column finite = col("_y").isNotNull().and(functions.not(functions.isnan(col("_y"))))
                .and(functions.abs(col("_y")).notEqual(Double.POSITIVE_INFINITY));
        Dataset<Row> withY = raw.withColumn("_y", y.cast("double"));
        // the three counts in one job: rows, finished rows, finished rows with a finite objective
        Row counts = withY.agg(functions.count(functions.lit(1)), functions.count(functions.when(done, 1)),
                functions.count(functions.when(done.and(finite), 1))).first();
        long total = counts.getLong(0);
        if (total == 0) {
            throw noRows(path);
        }
        int d = space != null ? space.dimension() : paramCols.size();
        if (d > DriverBounds.MAX_PARAMETERS) {
            throw new IllegalArgumentException("--trials: '" + path + "' has " + d + " parameter columns, more than the "
                    + DriverBounds.MAX_PARAMETERS + " one analysis holds on the driver; analyze a table of the parameter"
                    + " columns that matter (e.g. a narrower CSV) or declare them with --space");
        }
        Dataset<Row> ok = withY.where(done).where(finite);
        long n = counts.getLong(2);
        long nonFinite = counts.getLong(1) - n;
        if (n < MIN_TRIALS) {
            String statuses = xhpo ? " (by status: " + raw.groupBy(TrialColumns.STATUS).count().collectAsList().stream()
                    .map(r -> r.get(0) + " " + r.get(1)).reduce((a, b) -> a + ", " + b).orElse("none") + ")" : "";
            throw new IllegalArgumentException("--trials: '" + path + "' has " + n + " analyzable trial" + (n == 1 ? "" : "s")
                    + " of " + total + statuses + "; the analysis needs at least " + MIN_TRIALS
                    + " finished trials with a finite '" + objective + "'");
        }
        if (nonFinite > 0) {
            log.println("[xhpo] analyze: " + nonFinite + " finished row" + (nonFinite == 1 ? "" : "s") + " with an empty,"
                    + " NaN or infinite '" + objective + "' ignored");
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
        if (space == null) {
            SpaceInference.print(s, log);
        }
        Column key = cols.contains(TrialColumns.TRIAL_ID) ? col(TrialColumns.TRIAL_ID).cast("long")
                : cols.contains("number") ? col("number").cast("long") : functions.monotonically_increasing_id();
        List<Column> select = new ArrayList<>();
        select.add(key.as("_row"));
        for (Parameter prm : s.parameters()) {
            String c = paramCols.get(prm.name());
            select.add(TrialsFiles.quoted(c).as("_p_" + prm.name()));
            String u = TrialColumns.UNIT_PREFIX + prm.name();
            select.add((xhpo && cols.contains(u) ? col(u).cast("double") : functions.lit(null).cast("double")).as("_u_" + prm.name()));
        }
        select.add(col("_y"));
        select.addAll(costExprs);
        if (pool != null) {
            select.add(col(pool));
        }
        Dataset<Row> narrow = ok.select(select.toArray(new Column[0]));
        Dataset<Row> prepared = narrow.map(new UnitRowMapper(s, seed), Encoders.row(preparedSchema(s.dimension(),
                costMetrics.size(), pool != null)));
        return new AnalysisInput(path, s, prepared, total, n, objective, direction, costMetrics);
    }

    private static IllegalArgumentException noRows(String path) {
        return new IllegalArgumentException("--trials: '" + path + "' has no rows (a header only); nothing to analyze");
    }

    private static StructType preparedSchema(int d, int costs, boolean pooled) {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("row", DataTypes.LongType, false));
        for (int j = 0; j < d; j++) {
            f.add(DataTypes.createStructField(AnalysisInput.x(j), DataTypes.DoubleType, true));
        }
        f.add(DataTypes.createStructField("y", DataTypes.DoubleType, false));
        for (int k = 0; k < costs; k++) {
            f.add(DataTypes.createStructField(AnalysisInput.c(k), DataTypes.DoubleType, true));
        }
        if (pooled) {
            f.add(DataTypes.createStructField(AnalysisInput.SOURCE, DataTypes.StringType, false));
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
            return TrialsFiles.quoted(name);
        }
        if (xhpo && raw.schema().getFieldIndex(TrialColumns.METRICS).isDefined()
                && raw.schema().apply(TrialColumns.METRICS).dataType() instanceof MapType) {
            long present = raw.where(col(TrialColumns.METRICS).getItem(name).isNotNull()).limit(1).count();
            return present > 0 ? col(TrialColumns.METRICS).getItem(name) : null;
        }
        return null;
    }

    private static Map<String, String> parameterColumns(Dataset<Row> raw, List<String> cols, String objective,
                                                        List<String> costs, boolean xhpo, boolean optuna,
                                                        String pool) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String c : cols) {
            if (c.equals(pool)) {
                continue;
            }
            if (xhpo) {
                if (!c.startsWith(TrialColumns.UNIT_PREFIX) && cols.contains(TrialColumns.UNIT_PREFIX + c)) {
                    out.put(c, c);
                }
            } else if (optuna) {
                if (c.startsWith("params_")) {
                    put(out, c.substring("params_".length()), c);
                }
            } else if (!c.equals(objective) && !costs.contains(c) && !OPTUNA_META.contains(c)
                    && !c.startsWith("user_attrs_") && !c.startsWith("system_attrs_") && !c.equals(TrialColumns.TRIAL_ID)
                    && !SpaceInference.identifiesTrials(c)) {
                put(out, c, c);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--trials: no parameter columns found; expected params_* columns (Optuna's "
                    + "trials_dataframe()), u_* companions (XHPO's trials table) or plain columns beside --objective; columns: "
                    + cols);
        }
        return out;
    }

    /** Adds a parameter under a valid name (letters, digits, _): other characters become _, collisions are refused. */
    private static void put(Map<String, String> out, String name, String column) {
        String p = ParameterNames.of(name);
        String prev = out.put(p, column);
        if (prev != null) {
            throw new IllegalArgumentException("--trials: columns '" + prev + "' and '" + column + "' both map to parameter"
                    + " name '" + p + "'; rename one");
        }
    }

    /** Checks a declared space against the table: every parameter has a column and its values fit. */
    private static SearchSpace checked(Dataset<Row> ok, SearchSpace space, Map<String, String> paramCols) {
        List<Column> ranges = new ArrayList<>(); // min and max of every numeric parameter, in one job
        for (Parameter prm : space.parameters()) {
            String c = paramCols.get(prm.name());
            if (c != null && !(prm instanceof CategoricalParameter)) {
                ranges.add(functions.min(TrialsFiles.quoted(c).cast("double")));
                ranges.add(functions.max(TrialsFiles.quoted(c).cast("double")));
            }
        }
        Row mm = ranges.isEmpty() ? null
                : ok.agg(ranges.get(0), ranges.subList(1, ranges.size()).toArray(new Column[0])).first();
        int numeric = 0;
        for (Parameter prm : space.parameters()) {
            String c = paramCols.get(prm.name());
            if (c == null) {
                throw new IllegalArgumentException("--space: parameter '" + prm.name() + "' has no column in the trials table;"
                        + " parameter columns: " + paramCols.values());
            }
            if (prm instanceof CategoricalParameter cat) {
                for (Row r : ok.select(TrialsFiles.quoted(c)).where(TrialsFiles.quoted(c).isNotNull()).distinct().limit(10_000)
                        .collectAsList()) {
                    if (cat.indexOf(r.get(0)) < 0) {
                        throw new IllegalArgumentException("--space: parameter '" + prm.name() + "' has value " + r.get(0)
                                + " in the table, not one of " + cat.choices());
                    }
                }
            } else {
                int lo = 2 * numeric++;
                if (!mm.isNullAt(lo) && (!prm.contains(native_(prm, mm.getDouble(lo)))
                        || !prm.contains(native_(prm, mm.getDouble(lo + 1))))) {
                    throw new IllegalArgumentException("--space: parameter '" + prm.name() + "' has values in ["
                            + mm.getDouble(lo) + ", " + mm.getDouble(lo + 1)
                            + "] in the table, outside its declared range");
                }
            }
        }
        return space;
    }

    private static Object native_(Parameter prm, double v) {
        return prm instanceof org.xhpo.space.IntParameter && v == Math.rint(v) ? (Object) (long) v : (Object) v;
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}

package org.xhpo.jobs.store;

import java.io.IOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.xhpo.space.FixedParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.space.ValueType;
import org.xhpo.study.Seeds;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialColumns;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * The trials table of one study: Parquet under {@code STUDY/trials}, partitioned by round
 * ({@code round=N}). A round is committed atomically: written to a staging directory, then renamed
 * into place, so readers see all of a round's rows or none. Before its commit starts a round is
 * staged ({@link #stageRound}: {@code STUDY/_pending/round=N.json}); a commit that fails leaves it
 * staged, and {@link #commitStaged} commits it on the next run without evaluating it again.
 */
public final class TrialTable {
    private final SparkSession spark;
    private final SearchSpace space;
    private final String study;
    private final long studySeed;
    private final StudyDirectory dir;
    private final Path trialsDir;
    private final Path stagingDir;
    private final Path pendingDir;
    private final StructType schema;

    /**
     * @param spark the session
     * @param studyDir the study's directory ({@code OUT/STUDY})
     * @param study the study name
     * @param studySeed the study seed (unit-space jitter of discrete values derives from it)
     * @param space the search space (defines the parameter columns)
     */
    public TrialTable(SparkSession spark, StudyDirectory studyDir, String study, long studySeed, SearchSpace space) {
        this.spark = spark;
        this.space = space;
        this.study = study;
        this.studySeed = studySeed;
        this.dir = studyDir;
        this.trialsDir = studyDir.trials();
        this.stagingDir = studyDir.staging();
        this.pendingDir = studyDir.pending();
        this.schema = storedSchema(space);
    }

    /** A table in the study directory at {@code studyDir} (a path string), on its default file system. */
    public TrialTable(SparkSession spark, String studyDir, String study, long studySeed, SearchSpace space) {
        this(spark, at(spark, studyDir), study, studySeed, space);
    }

    private static StudyDirectory at(SparkSession spark, String studyDir) {
        Path root = new Path(studyDir);
        try {
            return new StudyDirectory(root.getFileSystem(spark.sparkContext().hadoopConfiguration()), root);
        } catch (IOException e) {
            throw new IllegalArgumentException("output.dir: cannot open '" + studyDir + "': " + e.getMessage(), e);
        }
    }

    /** The schema of the Parquet files (without the {@code round} partition column). */
    public static StructType storedSchema(SearchSpace space) {
        List<StructField> fields = new ArrayList<>();
        for (TrialColumns.Column c : TrialColumns.storedColumns(space)) {
            fields.add(DataTypes.createStructField(c.name(), sparkType(c.kind()), c.nullable()));
        }
        return DataTypes.createStructType(fields);
    }

    /** The schema users see: the stored columns plus {@code round} (integer). */
    public static StructType tableSchema(SearchSpace space) {
        return storedSchema(space).add(TrialColumns.ROUND, DataTypes.IntegerType, false);
    }

    private static DataType sparkType(TrialColumns.Kind k) {
        switch (k) {
            case STRING:
                return DataTypes.StringType;
            case LONG:
                return DataTypes.LongType;
            case INT:
                return DataTypes.IntegerType;
            case DOUBLE:
                return DataTypes.DoubleType;
            case BOOLEAN:
                return DataTypes.BooleanType;
            case METRIC_MAP:
                return DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false);
            default:
                return DataTypes.TimestampType;
        }
    }

    /** The directory holding the table. */
    public Path path() {
        return trialsDir;
    }

    /** Converts results to rows of the stored schema. */
    public List<Row> toRows(List<TrialResult> results, String sampler) {
        List<Row> rows = new ArrayList<>(results.size());
        for (TrialResult r : results) {
            Trial t = r.trial();
            List<Parameter> ps = space.parameters();
            double[] unit = space.toUnitJittered(t.config(),
                    new SplittableRandom(Seeds.derive(studySeed, Seeds.Purpose.UNIT_JITTER, t.id())));
            Object[] v = new Object[schema.size()];
            int i = 0;
            v[i++] = study;
            v[i++] = t.id();
            v[i++] = sampler;
            for (Parameter p : ps) {
                v[i++] = column(p.valueType(), t.config().get(p.name()));
            }
            for (FixedParameter f : space.fixed()) {
                v[i++] = column(f.valueType(), f.value());
            }
            for (double u : unit) {
                v[i++] = Double.isNaN(u) ? null : u;
            }
            v[i++] = r.ok() ? r.value() : null;
            v[i++] = new LinkedHashMap<>(r.metrics());
            v[i++] = r.status().label();
            v[i++] = r.error();
            v[i++] = t.seed();
            v[i++] = r.start() == null ? null : Timestamp.from(r.start());
            v[i++] = r.end() == null ? null : Timestamp.from(r.end());
            double d = r.durationSeconds();
            v[i++] = Double.isNaN(d) ? null : d;
            v[i] = r.executorId();
            rows.add(RowFactory.create(v));
        }
        return rows;
    }

    private static Object column(ValueType t, Object value) {
        if (value == null) {
            return null;
        }
        switch (t) {
            case DOUBLE:
                return ((Number) value).doubleValue();
            case LONG:
                return ((Number) value).longValue();
            case BOOLEAN:
                return value;
            default:
                return String.valueOf(value);
        }
    }

    /** Writes one round's results and commits them by renaming the round directory into place. */
    public void commitRound(int round, List<TrialResult> results, String sampler) throws IOException {
        FileSystem fs = fileSystem();
        Path staging = new Path(stagingDir, "round=" + round + "-" + UUID.randomUUID());
        Dataset<Row> df = spark.createDataFrame(toRows(results, sampler), schema);
        df.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(staging.toString());
        Path target = dir.round(round);
        fs.mkdirs(trialsDir);
        if (fs.exists(target)) {
            fs.delete(staging, true);
            throw new IOException("round " + round + " is already committed at " + target);
        }
        if (!fs.rename(staging, target)) {
            throw new IOException("could not commit round " + round + ": rename " + staging + " -> " + target + " failed");
        }
        new PendingRounds(fs, pendingDir, space).delete(round);
    }

    /**
     * Stages a finished round before its commit: written whole (by rename) to {@code _pending}, and
     * deleted by {@link #commitRound} once the round is in the table.
     */
    public void stageRound(int round, List<TrialResult> results, String sampler) throws IOException {
        new PendingRounds(fileSystem(), pendingDir, space).write(round, sampler, results);
    }

    /**
     * Commits every round a failed commit left staged, in round order, without evaluating anything;
     * a staged round that is already in the table (the driver died between commit and clean-up) is
     * only removed.
     *
     * @return the number of trials committed
     */
    public int commitStaged() throws IOException {
        FileSystem fs = fileSystem();
        PendingRounds pending = new PendingRounds(fs, pendingDir, space);
        int trials = 0;
        for (PendingRounds.Round r : pending.read()) {
            if (fs.exists(new Path(trialsDir, "round=" + r.round()))) {
                pending.delete(r.round());
            } else {
                commitRound(r.round(), r.results(), r.sampler());
                trials += r.results().size();
            }
        }
        return trials;
    }

    /** Removes uncommitted staging output left by a killed driver. */
    public void clearStaging() throws IOException {
        FileSystem fs = fileSystem();
        if (fs.exists(stagingDir)) {
            fs.delete(stagingDir, true);
        }
    }

    /** Whether any round is committed. */
    public boolean exists() throws IOException {
        return !dir.committedRounds().isEmpty();
    }

    /** Reads the committed table (with the round column). */
    public Dataset<Row> read() {
        return spark.read().schema(tableSchema(space)).parquet(trialsDir.toString());
    }

    /** Reads all committed trials back as results, ordered by trial id (for resume). */
    public List<TrialResult> readResults() throws IOException {
        if (!exists()) {
            return List.of();
        }
        org.xhpo.jobs.analysis.TrialsFiles.checkParquet(fileSystem(), trialsDir, spark.sparkContext().hadoopConfiguration(),
                "trials table of study " + study);
        List<TrialResult> out = new ArrayList<>();
        for (Row row : read().collectAsList()) {
            out.add(fromRow(row));
        }
        out.sort(Comparator.comparingLong(r -> r.trial().id()));
        return out;
    }

    private TrialResult fromRow(Row row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter p : space.parameters()) {
            Object v = row.getAs(p.name());
            if (v != null) {
                values.put(p.name(), v);
            }
        }
        org.xhpo.space.Configuration config = space.configuration(values);
        Trial trial = new Trial(row.<Long>getAs(TrialColumns.TRIAL_ID), row.<Integer>getAs(TrialColumns.ROUND),
                row.<Long>getAs(TrialColumns.SEED), config);
        TrialStatus status = TrialStatus.fromLabel(row.getAs(TrialColumns.STATUS));
        Double value = row.getAs(TrialColumns.VALUE);
        scala.collection.Map<String, Double> sm = row.getAs(TrialColumns.METRICS);
        Map<String, Double> metrics = new LinkedHashMap<>(scala.collection.JavaConverters.mapAsJavaMap(sm));
        Timestamp start = row.getAs(TrialColumns.START);
        Timestamp end = row.getAs(TrialColumns.END);
        return new TrialResult(trial, status, value == null ? Double.NaN : value, metrics, row.getAs(TrialColumns.ERROR),
                start == null ? null : start.toInstant(), end == null ? null : end.toInstant(),
                row.getAs(TrialColumns.EXECUTOR));
    }

    private FileSystem fileSystem() throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        return trialsDir.getFileSystem(conf);
    }
}

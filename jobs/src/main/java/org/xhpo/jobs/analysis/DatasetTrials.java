package org.xhpo.jobs.analysis;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructType;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialColumns;

/**
 * Prepares a trials DataFrame a Spark user already holds, with its declared space, for the analysis
 * (the {@link AnalysisInput} layout): one column per parameter named as in the space (native values,
 * null when inactive), a numeric objective column, optionally XHPO's {@code u_*} unit columns (used
 * as they are), {@code status} (only {@code ok} rows count) or Optuna's {@code state} (only
 * {@code COMPLETE}), {@code trial_id} or {@code number} as the row key, and cost metrics as columns
 * or entries of a {@code metrics} map. Files go through {@link TrialsSource} instead, which also
 * infers spaces.
 */
public final class DatasetTrials {
    private DatasetTrials() {
    }

    /**
     * @param raw the trials
     * @param space the declared space
     * @param objective the objective column
     * @param direction minimize or maximize
     * @param costs cost names from the settings; those that are not parameters must be columns or metrics
     * @param seed seeds the jitter of discrete values that have no stored unit value
     * @param source a label for messages and provenance
     * @throws IllegalArgumentException naming the missing or mistyped column, or too few finished trials
     */
    public static AnalysisInput prepare(Dataset<Row> raw, SearchSpace space, String objective, Direction direction,
                                        List<String> costs, long seed, String source) {
        List<String> cols = Arrays.asList(raw.columns());
        if (!cols.contains(objective)) {
            throw new IllegalArgumentException("trials: no objective column '" + objective + "'; columns: " + cols);
        }
        if (!(raw.schema().apply(objective).dataType() instanceof NumericType)) {
            throw new IllegalArgumentException("trials: objective column '" + objective + "' holds "
                    + raw.schema().apply(objective).dataType().simpleString() + " values; expected numbers");
        }
        for (Parameter p : space.parameters()) {
            if (!cols.contains(p.name())) {
                throw new IllegalArgumentException("trials: no column for parameter '" + p.name() + "'; columns: "
                        + cols);
            }
        }
        Dataset<Row> ok = raw;
        if (cols.contains(TrialColumns.STATUS)) {
            ok = ok.where(col(TrialColumns.STATUS).equalTo("ok"));
        } else if (cols.contains("state")) {
            ok = ok.where(col("state").equalTo("COMPLETE"));
        }
        ok = ok.withColumn("_y", col(objective).cast("double"))
                .where(col("_y").isNotNull().and(functions.not(functions.isnan(col("_y"))))
                        .and(functions.abs(col("_y")).notEqual(Double.POSITIVE_INFINITY)));
        List<String> costMetrics = new ArrayList<>();
        List<Column> costExprs = new ArrayList<>();
        boolean metricsMap = raw.schema().getFieldIndex(TrialColumns.METRICS).isDefined()
                && raw.schema().apply(TrialColumns.METRICS).dataType() instanceof MapType;
        for (String c : costs) {
            if (space.names().contains(c)) {
                continue;
            }
            Column e = cols.contains(c) ? col(c) : metricsMap ? col(TrialColumns.METRICS).getItem(c) : null;
            if (e == null) {
                throw new IllegalArgumentException("analysis.costs: '" + c + "' is neither a parameter " + space.names()
                        + " nor a column of the trials" + (metricsMap ? " nor a metric" : ""));
            }
            costMetrics.add(c);
            costExprs.add(e.cast("double").as("_c" + costMetrics.size()));
        }
        Column key = cols.contains(TrialColumns.TRIAL_ID) ? col(TrialColumns.TRIAL_ID).cast("long")
                : cols.contains("number") ? col("number").cast("long") : functions.monotonically_increasing_id();
        List<Column> select = new ArrayList<>();
        select.add(key.as("_row"));
        for (Parameter p : space.parameters()) {
            select.add(col(p.name()).as("_p_" + p.name()));
            String u = TrialColumns.UNIT_PREFIX + p.name();
            select.add((cols.contains(u) ? col(u).cast("double") : functions.lit(null).cast("double"))
                    .as("_u_" + p.name()));
        }
        select.add(col("_y"));
        select.addAll(costExprs);
        Dataset<Row> prepared = ok.select(select.toArray(new Column[0]))
                .map(new UnitRowMapper(space, seed), Encoders.row(schema(space.dimension(), costMetrics.size())));
        long total = raw.count();
        long n = ok.count();
        if (n < TrialsSource.MIN_TRIALS) {
            throw new IllegalArgumentException("trials: " + source + " has " + n + " analyzable trials of " + total
                    + "; the analysis needs at least " + TrialsSource.MIN_TRIALS + " finished trials with a finite '"
                    + objective + "'");
        }
        return new AnalysisInput(source, space, prepared, total, n, objective, direction, costMetrics);
    }

    private static StructType schema(int d, int costs) {
        StructType s = new StructType().add("row", DataTypes.LongType, false);
        for (int j = 0; j < d; j++) {
            s = s.add(AnalysisInput.x(j), DataTypes.DoubleType, true);
        }
        s = s.add("y", DataTypes.DoubleType, false);
        for (int k = 0; k < costs; k++) {
            s = s.add(AnalysisInput.c(k), DataTypes.DoubleType, true);
        }
        return s;
    }
}

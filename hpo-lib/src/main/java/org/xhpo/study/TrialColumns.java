package org.xhpo.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xhpo.space.FixedParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.space.ValueType;

/**
 * The trials table's columns as data, defined once: the Spark schema in {@code jobs} is built from
 * this list. Parameter columns carry the parameter's own name (null when inactive); unit-space
 * columns are {@code u_<name>} (NaN-free: null when inactive). Fixed parameters have a native
 * column after the sampled ones and no unit-space column (they are not sampled, so analyses,
 * which read the {@code u_} columns, skip them).
 */
public final class TrialColumns {
    /** Study name. */
    public static final String STUDY = "study";
    /** Trial id, unique within the study. */
    public static final String TRIAL_ID = "trial_id";
    /** Round that proposed the trial; the table is partitioned by it. */
    public static final String ROUND = "round";
    /** Sampler name. */
    public static final String SAMPLER = "sampler";
    /** The optimized metric. */
    public static final String VALUE = "value";
    /** The other metrics, name → value. */
    public static final String METRICS = "metrics";
    /** ok, failed or timeout. */
    public static final String STATUS = "status";
    /** Failure message, null when ok. */
    public static final String ERROR = "error";
    /** The trial's seed. */
    public static final String SEED = "seed";
    /** When evaluation started. */
    public static final String START = "start_time";
    /** When it ended. */
    public static final String END = "end_time";
    /** Seconds from start to end. */
    public static final String DURATION = "duration_s";
    /** The executor that ran it. */
    public static final String EXECUTOR = "executor_id";
    /** Prefix of unit-space columns. */
    public static final String UNIT_PREFIX = "u_";

    /** Column names a parameter may not take. */
    public static final Set<String> RESERVED = Set.of(STUDY, TRIAL_ID, ROUND, SAMPLER, VALUE, METRICS, STATUS,
            ERROR, SEED, START, END, DURATION, EXECUTOR);

    /** Column kinds, mapped to Spark types in {@code jobs}. */
    public enum Kind {
        /** text */ STRING,
        /** 64-bit integer */ LONG,
        /** 32-bit integer */ INT,
        /** double */ DOUBLE,
        /** boolean */ BOOLEAN,
        /** map of text to double */ METRIC_MAP,
        /** timestamp */ TIMESTAMP
    }

    /**
     * One column.
     *
     * @param name column name
     * @param kind its type
     * @param nullable whether it may be null
     */
    public record Column(String name, Kind kind, boolean nullable) {
    }

    private TrialColumns() {
    }

    /** Refuses parameter names that collide with a fixed column or the unit prefix. */
    public static void checkNames(SearchSpace space) {
        for (Parameter p : space.parameters()) {
            if (RESERVED.contains(p.name()) || p.name().startsWith(UNIT_PREFIX)) {
                throw new IllegalArgumentException("space." + p.name() + ": name collides with a trials-table column;"
                        + " reserved: " + RESERVED + " and names starting with '" + UNIT_PREFIX + "'");
            }
        }
        for (FixedParameter f : space.fixed()) {
            if (RESERVED.contains(f.name()) || f.name().startsWith(UNIT_PREFIX)) {
                throw new IllegalArgumentException("space." + f.name() + ": name collides with a trials-table column;"
                        + " reserved: " + RESERVED + " and names starting with '" + UNIT_PREFIX + "'");
            }
        }
    }

    /** The columns stored in the Parquet files (the round is the partition directory, not a column). */
    public static List<Column> storedColumns(SearchSpace space) {
        List<Column> cols = new ArrayList<>();
        cols.add(new Column(STUDY, Kind.STRING, false));
        cols.add(new Column(TRIAL_ID, Kind.LONG, false));
        cols.add(new Column(SAMPLER, Kind.STRING, false));
        for (Parameter p : space.parameters()) {
            cols.add(new Column(p.name(), kind(p.valueType()), true));
        }
        for (FixedParameter f : space.fixed()) {
            cols.add(new Column(f.name(), kind(f.valueType()), true));
        }
        for (Parameter p : space.parameters()) {
            cols.add(new Column(UNIT_PREFIX + p.name(), Kind.DOUBLE, true));
        }
        cols.add(new Column(VALUE, Kind.DOUBLE, true));
        cols.add(new Column(METRICS, Kind.METRIC_MAP, false));
        cols.add(new Column(STATUS, Kind.STRING, false));
        cols.add(new Column(ERROR, Kind.STRING, true));
        cols.add(new Column(SEED, Kind.LONG, false));
        cols.add(new Column(START, Kind.TIMESTAMP, true));
        cols.add(new Column(END, Kind.TIMESTAMP, true));
        cols.add(new Column(DURATION, Kind.DOUBLE, true));
        cols.add(new Column(EXECUTOR, Kind.STRING, true));
        return cols;
    }

    /** The column kind of a parameter value type. */
    public static Kind kind(ValueType t) {
        switch (t) {
            case DOUBLE:
                return Kind.DOUBLE;
            case LONG:
                return Kind.LONG;
            case BOOLEAN:
                return Kind.BOOLEAN;
            default:
                return Kind.STRING;
        }
    }
}

package org.xhpo.study;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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

    /**
     * The one naming rule for parameters and metrics: a letter, then letters, digits or '_', at most
     * this many characters. Spark SQL reads such a name unquoted and Parquet stores it as is.
     */
    public static final int MAX_NAME_LENGTH = 128;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /**
     * Refuses parameter names that collide with each other, a fixed column or the unit prefix, compared
     * as Spark compares column names (case-insensitively).
     *
     * @throws IllegalArgumentException starting with {@code space.NAME: }
     */
    public static void checkNames(SearchSpace space) {
        Map<String, String> seen = new HashMap<>();
        for (Parameter p : space.parameters()) {
            String problem = nameProblem(p.name());
            if (problem != null) {
                throw new IllegalArgumentException("space." + p.name() + ": " + problem);
            }
            String other = seen.put(p.name().toLowerCase(Locale.ROOT), p.name());
            if (other != null) {
                throw new IllegalArgumentException("space." + p.name() + ": name collides with parameter '" + other
                        + "' (Spark compares column names case-insensitively)");
            }
        }
        for (FixedParameter f : space.fixed()) {
            String problem = nameProblem(f.name());
            if (problem != null) {
                throw new IllegalArgumentException("space." + f.name() + ": " + problem);
            }
            String other = seen.put(f.name().toLowerCase(Locale.ROOT), f.name());
            if (other != null) {
                throw new IllegalArgumentException("space." + f.name() + ": name collides with parameter '" + other
                        + "' (Spark compares column names case-insensitively)");
            }
        }
    }

    /**
     * Why a name cannot be a parameter or metric name, or null when it can: the pattern, the length,
     * a reserved column or the {@code u_} prefix (case-insensitively).
     */
    public static String nameProblem(String name) {
        if (name == null) {
            return "a name is required, got nothing";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return "names are at most " + MAX_NAME_LENGTH + " characters, got " + name.length();
        }
        if (!NAME.matcher(name).matches()) {
            return "name must start with a letter and contain only letters, digits and '_', got '" + name + "'";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (RESERVED.contains(lower) || lower.startsWith(UNIT_PREFIX)) {
            return "name collides with a trials-table column (compared case-insensitively); reserved: "
                    + new java.util.TreeSet<>(RESERVED) + " and names starting with '" + UNIT_PREFIX + "'";
        }
        return null;
    }

    /**
     * Why an objective's metric names cannot be stored, or null when they can: each follows
     * {@link #nameProblem}, and no two metrics, nor a metric and a parameter, differ only in case.
     *
     * @param metricNames the names the objective returned (may contain null)
     * @param parameterNames the space's parameter names
     */
    public static String metricNamesProblem(Collection<String> metricNames, Collection<String> parameterNames) {
        Map<String, String> seen = new HashMap<>();
        for (String p : parameterNames) {
            seen.put(p.toLowerCase(Locale.ROOT), "parameter '" + p + "'");
        }
        for (String m : metricNames) {
            String problem = nameProblem(m);
            String shown = m == null ? "null" : "'" + shorten(m) + "'";
            if (problem != null) {
                return "metric name " + shown + ": " + (m != null && m.length() > MAX_NAME_LENGTH
                        ? problem : problem.replace(", got '" + m + "'", ""));
            }
            String other = seen.put(m.toLowerCase(Locale.ROOT), "metric '" + m + "'");
            if (other != null) {
                return "metric name " + shown + " collides with " + other + " (compared case-insensitively)";
            }
        }
        return null;
    }

    /** At most 40 characters of a name, for messages. */
    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
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

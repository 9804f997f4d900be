package org.xhpo.jobs.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.ScaleTest;
import org.xhpo.space.SearchSpace;
import org.xhpo.space.SpaceYaml;

/**
 * Infers a search space from the parameter columns of a table that came without one (an Optuna
 * {@code trials_dataframe()} CSV, say): text and boolean columns become categoricals; whole-number
 * columns become ints on [min, max]; other numbers floats on [min, max], on a log scale only when
 * the log of the sample is clearly closer to uniform than the sample itself ({@link ScaleTest}: a
 * Kolmogorov–Smirnov comparison, on a seeded sample of at most {@value #SCALE_SAMPLE} values).
 * Constant columns carry no information and are left out, with a note; so are columns that identify
 * trials rather than configure them ({@link #identifiesTrials}: {@code trial}, {@code number},
 * {@code trial_id}, {@code id}, {@code index}, {@code datetime_*}, {@code *_time}, timestamps, and
 * any integer column whose values are unique and consecutive). The inferred space is printed as
 * the YAML {@code --space} reads, so the user can correct it.
 */
public final class SpaceInference {
    /** Most distinct values a text column may have to be read as a categorical parameter. */
    public static final int MAX_CHOICES = 1000;
    /** Most values the scale test looks at per column. */
    public static final int SCALE_SAMPLE = 5000;
    private static final java.util.Set<String> TRIAL_IDS = java.util.Set.of("trial", "trial_id", "trialid", "number",
            "id", "index", "unnamed: 0", "_c0", "trial_number", "timestamp", "duration", "datetime");

    private SpaceInference() {
    }

    /**
     * @param table the rows that will be analyzed
     * @param columns parameter name → column name in {@code table}
     * @param log where notes go
     * @return the inferred space, without conditions (conditional parameters show up as nulls)
     */
    public static SearchSpace infer(Dataset<Row> table, Map<String, String> columns, PrintStream log) {
        List<Column> aggs = new ArrayList<>();
        for (String c : columns.values()) {
            DataType t = table.schema().apply(c).dataType();
            if (t instanceof NumericType) {
                Column x = TrialsFiles.quoted(c).cast("double");
                aggs.add(min(x));
                aggs.add(max(x));
                aggs.add(max(x.minus(org.apache.spark.sql.functions.floor(x))));
                aggs.add(org.apache.spark.sql.functions.countDistinct(x));
                aggs.add(org.apache.spark.sql.functions.count(x));
            }
        }
        Row stats = aggs.isEmpty() ? null
                : table.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0])).first();
        List<Parameter> params = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, String> e : columns.entrySet()) {
            String name = e.getKey();
            String c = e.getValue();
            DataType t = table.schema().apply(c).dataType();
            if (t instanceof NumericType) {
                Object lo = stats.get(k);
                Object hi = stats.get(k + 1);
                Object frac = stats.get(k + 2);
                long distinct = stats.getLong(k + 3);
                long count = stats.getLong(k + 4);
                k += 5;
                if (lo == null) {
                    log.println("[xhpo] analyze: column " + c + " is empty in every analyzed trial; left out");
                    continue;
                }
                double low = (Double) lo;
                double high = (Double) hi;
                if (low == high) {
                    log.println("[xhpo] analyze: column " + c + " is constant (" + low + "); left out");
                    continue;
                }
                boolean whole = (Double) frac == 0.0 && !(t instanceof DoubleType || t instanceof FloatType)
                        || (Double) frac == 0.0 && high - low <= 10_000;
                if (whole && distinct == count && high - low + 1 == count && count > 2) {
                    log.println("[xhpo] analyze: column " + c + " holds unique consecutive integers (a trial number);"
                            + " not a parameter");
                    continue;
                }
                boolean logScale = low > 0 && ScaleTest.isLogScale(sample(table, c));
                if (whole) {
                    params.add(new IntParameter(name, (long) low, (long) high, logScale && low >= 1, 1, null, null));
                } else {
                    params.add(new FloatParameter(name, low, high, logScale, null, null));
                }
            } else if (t instanceof StringType || t instanceof BooleanType) {
                List<Row> distinct = table.select(TrialsFiles.quoted(c)).where(TrialsFiles.quoted(c).isNotNull()).distinct()
                        .limit(MAX_CHOICES + 1).collectAsList();
                if (distinct.size() > MAX_CHOICES) {
                    throw new IllegalArgumentException("--trials: column " + c + " has more than " + MAX_CHOICES
                            + " distinct values; expected a categorical parameter (or give --space)");
                }
                if (distinct.size() < 2) {
                    log.println("[xhpo] analyze: column " + c + " has " + distinct.size() + " distinct value(s); left out");
                    continue;
                }
                List<Object> choices = new ArrayList<>();
                distinct.forEach(r -> choices.add(r.get(0)));
                choices.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
                params.add(new CategoricalParameter(name, choices, null, null));
            } else if (t instanceof org.apache.spark.sql.types.TimestampType || t instanceof org.apache.spark.sql.types.DateType) {
                log.println("[xhpo] analyze: column " + c + " holds times; not a parameter");
            } else {
                throw new IllegalArgumentException("--trials: column " + c + " has type " + t.simpleString()
                        + "; expected numbers, text or booleans for a parameter");
            }
        }
        if (params.isEmpty()) {
            throw new IllegalArgumentException("--trials: no parameter column varies across the analyzed trials");
        }
        return new SearchSpace(params);
    }

    /** Prints an inferred space as the YAML {@code --space} reads, so the user can correct it. */
    public static void print(SearchSpace space, PrintStream log) {
        log.println("[xhpo] analyze: inferred space (save it to a file and pass --space FILE to correct it):\n"
                + SpaceYaml.render(space).stripTrailing());
    }

    /**
     * Whether a column name says it identifies trials rather than configures them: {@code trial},
     * {@code number}, {@code trial_id}, {@code id}, {@code index}, pandas' {@code Unnamed: 0},
     * {@code datetime_*}, {@code *_time}, {@code timestamp}, {@code duration}.
     */
    public static boolean identifiesTrials(String column) {
        String c = column.strip().toLowerCase(java.util.Locale.ROOT);
        return TRIAL_IDS.contains(c) || c.startsWith("datetime_") || c.endsWith("_time") || c.endsWith("_timestamp");
    }

    /** A seeded sample (at most SCALE_SAMPLE) of a numeric column's non-null values. */
    private static double[] sample(Dataset<Row> table, String c) {
        Column x = TrialsFiles.quoted(c).cast("double");
        Dataset<Row> v = table.select(x.as("v")).where(col("v").isNotNull());
        long n = v.count();
        Dataset<Row> s = n > SCALE_SAMPLE ? v.sample(false, Math.min(1.0, 1.2 * SCALE_SAMPLE / n), 17L).limit(SCALE_SAMPLE) : v;
        return s.collectAsList().stream().mapToDouble(r -> r.getDouble(0)).toArray();
    }

    /** Parameter name → column, in the table's column order. */
    public static Map<String, String> ordered(List<String> names, Map<String, String> columns) {
        Map<String, String> out = new LinkedHashMap<>();
        names.forEach(n -> out.put(n, columns.get(n)));
        return out;
    }
}

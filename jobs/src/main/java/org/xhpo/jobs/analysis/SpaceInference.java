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
import org.xhpo.space.SearchSpace;

/**
 * Infers a search space from the parameter columns of a table that came without one (an Optuna
 * {@code trials_dataframe()} CSV, say): text and boolean columns become categoricals; whole-number
 * columns become ints on [min, max]; other numbers floats on [min, max], on a log scale when all
 * values are positive and span at least two decades (learning rates, weight decays). Constant
 * columns carry no information and are left out, with a note.
 */
public final class SpaceInference {
    /** Most distinct values a text column may have to be read as a categorical parameter. */
    public static final int MAX_CHOICES = 1000;

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
                aggs.add(min(col(c).cast("double")));
                aggs.add(max(col(c).cast("double")));
                aggs.add(max(col(c).cast("double").minus(org.apache.spark.sql.functions.floor(col(c).cast("double")))));
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
                k += 3;
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
                boolean logScale = low > 0 && high / low >= 100;
                if (whole) {
                    params.add(new IntParameter(name, (long) low, (long) high, logScale && low >= 1, 1, null, null));
                } else {
                    params.add(new FloatParameter(name, low, high, logScale, null, null));
                }
            } else if (t instanceof StringType || t instanceof BooleanType) {
                List<Row> distinct = table.select(col(c)).where(col(c).isNotNull()).distinct().limit(MAX_CHOICES + 1)
                        .collectAsList();
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

    /** Parameter name → column, in the table's column order. */
    public static Map<String, String> ordered(List<String> names, Map<String, String> columns) {
        Map<String, String> out = new LinkedHashMap<>();
        names.forEach(n -> out.put(n, columns.get(n)));
        return out;
    }
}

package org.xhpo.jobs.analysis.optuna;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.xhpo.jobs.analysis.ParameterNames;
import org.xhpo.space.OptunaDistributions;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;

/**
 * An {@link OptunaStudy} as a trials table in the shape of Optuna's {@code trials_dataframe()}
 * ({@code number}, {@code value}, {@code state}, {@code params_NAME} with native values, null where a
 * trial did not suggest the parameter) together with the space its distributions declare.
 *
 * @param rows the table
 * @param space the declared space, in the order parameters were first suggested
 */
public record OptunaTable(Dataset<Row> rows, SearchSpace space) {

    /** Builds the table; notes about distributions XHPO cannot represent exactly go to {@code log}. */
    public static OptunaTable of(SparkSession spark, OptunaStudy s, PrintStream log) {
        Map<String, Parameter> params = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : s.distributions().entrySet()) {
            String name = ParameterNames.of(e.getKey());
            OptunaDistributions.Mapped m = OptunaDistributions.parameter(name, e.getValue());
            if (m.note() != null) {
                log.println("[xhpo] analyze: " + m.note());
            }
            if (m.parameter() != null) {
                if (params.containsKey(e.getKey()) || params.values().stream().anyMatch(p -> p.name().equals(name))) {
                    throw new IllegalArgumentException("--optuna-study: parameters of '" + s.name() + "' collide as '"
                            + name + "'; rename one in the study");
                }
                params.put(e.getKey(), m.parameter());
            }
        }
        if (params.isEmpty()) {
            throw new IllegalArgumentException("--optuna-study: '" + s.name() + "' has no parameter that varies");
        }
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("number", DataTypes.LongType, false));
        fields.add(DataTypes.createStructField("value", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("state", DataTypes.StringType, false));
        for (Parameter p : params.values()) {
            fields.add(DataTypes.createStructField("params_" + p.name(), type(p), true));
        }
        List<Row> rows = new ArrayList<>();
        for (OptunaStudy.Trial t : s.trials()) {
            Object[] v = new Object[3 + params.size()];
            v[0] = t.number();
            v[1] = t.complete() ? t.value() : null;
            v[2] = t.state();
            int i = 3;
            for (Map.Entry<String, Parameter> e : params.entrySet()) {
                Double internal = t.params().get(e.getKey());
                v[i++] = internal == null ? null : column(e.getValue(), OptunaDistributions.external(e.getValue(), internal));
            }
            rows.add(RowFactory.create(v));
        }
        return new OptunaTable(spark.createDataFrame(rows, DataTypes.createStructType(fields)),
                new SearchSpace(new ArrayList<>(params.values())));
    }

    private static DataType type(Parameter p) {
        return switch (p.valueType()) {
            case DOUBLE -> DataTypes.DoubleType;
            case LONG -> DataTypes.LongType;
            case BOOLEAN -> DataTypes.BooleanType;
            default -> DataTypes.StringType;
        };
    }

    private static Object column(Parameter p, Object value) {
        return switch (p.valueType()) {
            case DOUBLE -> ((Number) value).doubleValue();
            case LONG -> ((Number) value).longValue();
            case BOOLEAN -> value;
            default -> String.valueOf(value);
        };
    }
}

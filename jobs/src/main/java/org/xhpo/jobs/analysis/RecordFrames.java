package org.xhpo.jobs.analysis;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.xhpo.analysis.RowTable;

/**
 * Turns the typed rows of the analysis library ({@link RowTable}) into DataFrames: one column per
 * record component, named in snake case ({@code pPermutation} → {@code p_permutation},
 * {@code r2Hsic} → {@code r2_hsic}); {@code double} → double (NaN written as null), {@code int} /
 * {@code Integer} → int, {@code long} → bigint, {@code boolean} → boolean, {@code String} → string,
 * a {@code List} of records → an array of structs. The schema comes from the record type, so an
 * empty table keeps its columns. {@link #toRecords} reads such a table back into its records.
 */
public final class RecordFrames {
    private RecordFrames() {
    }

    /** The DataFrame of a table. */
    public static Dataset<Row> toFrame(SparkSession spark, RowTable<?> table) {
        StructType schema = schema(table.rowType());
        List<Row> rows = new ArrayList<>(table.rows().size());
        for (Record r : table.rows()) {
            rows.add(row(r));
        }
        return spark.createDataFrame(rows, schema);
    }

    /**
     * The rows of a table written by {@link #toFrame}, read back as records: each component from the
     * column of its snake-case name; a column the table lacks (written by an older XHPO) or a null
     * reads as NaN for a double, 0 or false for the other primitives, an empty list, else null.
     */
    public static <R extends Record> List<R> toRecords(Dataset<Row> frame, Class<R> type) {
        List<R> out = new ArrayList<>();
        for (Row r : frame.collectAsList()) {
            out.add(record(r, type));
        }
        return out;
    }

    private static <R> R record(Row r, Class<R> type) {
        RecordComponent[] cs = type.getRecordComponents();
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        List<String> columns = List.of(r.schema().fieldNames());
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            int at = columns.indexOf(snake(cs[i].getName()));
            Object v = at < 0 || r.isNullAt(at) ? null : r.get(at);
            if (v != null && List.class.isAssignableFrom(types[i])) {
                Class<?> element = (Class<?>) ((ParameterizedType) cs[i].getGenericType()).getActualTypeArguments()[0];
                List<Object> nested = new ArrayList<>();
                for (Object e : r.getList(at)) {
                    nested.add(record((Row) e, element));
                }
                v = nested;
            }
            args[i] = v != null ? v : types[i] == double.class ? Double.NaN : types[i] == int.class ? 0
                    : types[i] == long.class ? 0L : types[i] == boolean.class ? false
                    : List.class.isAssignableFrom(types[i]) ? List.of() : null;
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("RecordFrames: cannot read a " + type.getSimpleName() + " from " + r, e);
        }
    }

    /** The Spark schema of a record type. */
    public static StructType schema(Class<?> type) {
        StructType s = new StructType();
        for (RecordComponent c : type.getRecordComponents()) {
            s = s.add(snake(c.getName()), dataType(c.getType(), c.getGenericType()), nullable(c.getType()));
        }
        return s;
    }

    /** camelCase → snake_case: an underscore before each upper-case letter, all lower case. */
    static String snake(String name) {
        StringBuilder b = new StringBuilder();
        for (char ch : name.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                b.append('_').append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static boolean nullable(Class<?> t) {
        return !(t == int.class || t == long.class || t == boolean.class);
    }

    private static DataType dataType(Class<?> t, Type generic) {
        if (t == double.class || t == Double.class) {
            return DataTypes.DoubleType;
        } else if (t == int.class || t == Integer.class) {
            return DataTypes.IntegerType;
        } else if (t == long.class || t == Long.class) {
            return DataTypes.LongType;
        } else if (t == boolean.class || t == Boolean.class) {
            return DataTypes.BooleanType;
        } else if (t == String.class) {
            return DataTypes.StringType;
        } else if (List.class.isAssignableFrom(t) && generic instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return DataTypes.createArrayType(schema(element), false);
        }
        throw new IllegalArgumentException("RecordFrames: no Spark type for " + generic);
    }

    private static Row row(Record r) {
        RecordComponent[] cs = r.getClass().getRecordComponents();
        Object[] out = new Object[cs.length];
        try {
            for (int i = 0; i < cs.length; i++) {
                Object v = cs[i].getAccessor().invoke(r);
                if (v instanceof Double d && d.isNaN()) {
                    v = null;
                } else if (v instanceof List<?> list) {
                    List<Row> nested = new ArrayList<>(list.size());
                    for (Object e : list) {
                        nested.add(row((Record) e));
                    }
                    v = nested;
                }
                out[i] = v;
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("RecordFrames: cannot read " + r.getClass().getSimpleName(), e);
        }
        return RowFactory.create(out);
    }
}

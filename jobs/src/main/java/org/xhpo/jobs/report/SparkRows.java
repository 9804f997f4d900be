package org.xhpo.jobs.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import scala.collection.JavaConverters;

/** Converts Spark rows to plain Java values for the report: structs → maps, arrays → lists, times → text. */
final class SparkRows {
    private SparkRows() {
    }

    /** A row as column name → plain value. */
    static Map<String, Object> toMap(Row row) {
        Map<String, Object> m = new LinkedHashMap<>();
        StructField[] fields = row.schema().fields();
        for (int i = 0; i < fields.length; i++) {
            m.put(fields[i].name(), plain(row.get(i)));
        }
        return m;
    }

    /** A Spark cell as a plain Java value. */
    static Object plain(Object v) {
        if (v instanceof Row r) {
            return toMap(r);
        }
        if (v instanceof scala.collection.Seq<?> s) {
            List<Object> out = new ArrayList<>();
            JavaConverters.seqAsJavaList(s).forEach(x -> out.add(plain(x)));
            return out;
        }
        if (v instanceof scala.collection.Map<?, ?> sm) {
            Map<String, Object> out = new LinkedHashMap<>();
            JavaConverters.mapAsJavaMap(sm).forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
            return out;
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toString();
        }
        return v;
    }
}

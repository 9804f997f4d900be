package org.xhpo.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One analysis table read back for the report: its rows as column name → value (numbers as
 * {@link Number}, text as {@link String}, nested structs as maps, arrays as lists, null as null).
 *
 * @param name the table name ({@code hsic_importance}, …)
 * @param rows the rows, in the order they were read
 */
public record ReportTable(String name, List<Map<String, Object>> rows) {
    /** Validates and copies. */
    public ReportTable {
        Objects.requireNonNull(name, "name");
        rows = List.copyOf(rows);
    }

    /** Whether any row holds the column (with a non-null value). */
    public boolean has(String column) {
        return rows.stream().anyMatch(r -> r.get(column) != null);
    }

    /** A number cell as a double, NaN when absent, null or not a number. */
    public static double num(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** A cell as text, {@code fallback} when absent or null. */
    public static String str(Map<String, Object> row, String column, String fallback) {
        Object v = row.get(column);
        return v == null ? fallback : v.toString();
    }

    /** A boolean cell; false when absent or not a boolean. */
    public static boolean bool(Map<String, Object> row, String column) {
        return Boolean.TRUE.equals(row.get(column));
    }
}

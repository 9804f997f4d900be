package org.xhpo.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A table of typed rows: the record type (its components are the columns, in order) and the rows.
 * The type is kept so an empty table still has its columns.
 *
 * @param rowType the record class of the rows
 * @param rows the rows
 * @param <R> the row type
 */
public record RowTable<R extends Record>(Class<R> rowType, List<R> rows) {
    /** Copies the rows. */
    public RowTable {
        Objects.requireNonNull(rowType, "rowType");
        rows = List.copyOf(rows);
    }

    /** A table of the given rows. */
    public static <R extends Record> RowTable<R> of(Class<R> rowType, List<R> rows) {
        return new RowTable<>(rowType, rows);
    }
}

package org.xhpo.analysis;

import java.util.Map;

/**
 * What an {@link ExplanationMethod} returns: one or more named tables of typed rows
 * ({@link RowTable}). The Spark side writes each table as it is, one column per record component
 * in snake case ({@code hsicV} becomes {@code hsic_v}); a {@code double} that is NaN becomes null.
 */
public interface ResultTables {
    /** Table name → rows, in a stable order. */
    Map<String, RowTable<?>> tables();
}

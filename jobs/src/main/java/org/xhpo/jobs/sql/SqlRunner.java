package org.xhpo.jobs.sql;

import java.io.PrintStream;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.xhpo.jobs.store.ResultTables;

/**
 * Runs one statement of {@code xhpo sql} on the registered views: refuses it unless it only reads
 * ({@link ReadOnlyStatements}), runs it, prints at most {@code limit} rows. Every failure — parse
 * error, unknown table or column, unreadable Parquet file — becomes one line.
 */
public final class SqlRunner {
    private final SparkSession spark;
    private final ResultTables.Registered views;
    private final int limit;

    /**
     * @param spark the session holding the views
     * @param views what {@link ResultTables#register} registered
     * @param limit most rows printed per statement (≥ 1)
     */
    public SqlRunner(SparkSession spark, ResultTables.Registered views, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit: expected a whole number >= 1, got " + limit);
        }
        this.spark = spark;
        this.views = views;
        this.limit = limit;
    }

    /** The registered views. */
    public ResultTables.Registered views() {
        return views;
    }

    /** The session. */
    public SparkSession spark() {
        return spark;
    }

    /**
     * Runs a statement and prints its result.
     *
     * @throws IllegalArgumentException one line saying why the statement was refused or failed
     */
    public void run(String statement, PrintStream out) {
        ReadOnlyStatements.check(spark, statement);
        String table;
        try {
            Dataset<Row> result = spark.sql(statement);
            table = result.showString(limit, 0, false);
        } catch (Exception e) {
            if (e instanceof AnalysisException) {
                throw new IllegalArgumentException("sql: " + SqlErrors.oneLine(e) + " (views: "
                        + String.join(", ", views.unions().keySet()) + " and one per study: .tables or SHOW TABLES)");
            }
            throw new IllegalArgumentException("sql: " + SqlErrors.oneLine(e));
        }
        out.print(table.endsWith("\n") ? table : table + "\n");
    }
}

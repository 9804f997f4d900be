package org.xhpo.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.xhpo.jobs.store.ResultTables;

/**
 * {@code xhpo sql "QUERY"}: registers every table under the output directory as a view ({@link ResultTables})
 * and prints the query's result.
 */
public final class SqlCommand implements CliCommand {

    @Override
    public Set<String> options() {
        return Set.of("out", "master", "limit");
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public List<String> usage() {
        return List.of("xhpo sql \"SELECT ...\" [--out DIR] [--master URL] [--limit N]");
    }

    @Override
    public int run(CliArgs a, PrintStream out, PrintStream err) throws IOException {
        if (a.positional().size() != 1) {
            throw new IllegalArgumentException("sql: expects exactly one query in quotes, got " + a.positional() + "\n"
                    + XhpoMain.USAGE);
        }
        int limit = a.intOption("limit", 100, 0, 1_000_000);
        SparkSession spark = SparkSessions.create("xhpo sql", a.option("master", null));
        Map<String, List<String>> views = ResultTables.register(spark, a.option("out", "results"));
        Dataset<Row> result;
        try {
            result = spark.sql(a.positional().get(0));
        } catch (Exception e) {
            if (e instanceof AnalysisException ae) {
                throw new IllegalArgumentException("sql: " + ae.getSimpleMessage() + "; views: " + views.keySet());
            }
            if (e instanceof ParseException pe) {
                throw new IllegalArgumentException("sql: " + pe.getMessage());
            }
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
        out.println(result.showString(limit, 0, false));
        return XhpoMain.OK;
    }
}

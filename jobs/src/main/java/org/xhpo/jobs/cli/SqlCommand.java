package org.xhpo.jobs.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.xhpo.jobs.sql.SqlRunner;
import org.xhpo.jobs.sql.SqlShell;
import org.xhpo.jobs.store.ResultTables;

/**
 * {@code xhpo sql ["QUERY"]}: registers every table under the output directory as a view ({@link ResultTables})
 * and runs one read-only query, or, without a query, opens the interactive shell ({@link SqlShell}) on standard
 * input: one Spark session for many statements.
 */
public final class SqlCommand implements CliCommand {
    /** The history file of the interactive shell, in the user's home directory. */
    public static final String HISTORY_FILE = ".xhpo_sql_history";

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
        return List.of("xhpo sql [\"SELECT ...\"] [--out DIR] [--master URL] [--limit N]   (no query: interactive shell)");
    }

    @Override
    public int run(CliArgs a, PrintStream out, PrintStream err) throws IOException {
        if (a.positional().size() > 1) {
            throw new IllegalArgumentException("sql: expects at most one query in quotes (none opens the shell), got "
                    + a.positional() + "\n" + XhpoMain.USAGE);
        }
        int limit = a.intOption("limit", 100, 1, 1_000_000);
        SparkSession spark = SparkSessions.create("xhpo sql", a.option("master", null));
        ResultTables.Registered views = ResultTables.register(spark, a.option("out", "results"), err);
        SqlRunner runner = new SqlRunner(spark, views, limit);
        if (a.positional().size() == 1) {
            runner.run(a.positional().get(0), out);
            return XhpoMain.OK;
        }
        boolean interactive = System.console() != null;
        Path history = interactive ? Paths.get(System.getProperty("user.home"), HISTORY_FILE) : null;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return new SqlShell(runner, out, err, interactive, history).run(in);
    }
}

package org.xhpo.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.xhpo.jobs.report.ReportWriter;

/**
 * {@code xhpo report --study NAME [--out DIR]}: writes the study's self-contained HTML report to
 * {@code DIR/NAME/report/index.html} and prints its path. {@code run} and {@code analyze} call {@link #write}
 * at their end too.
 */
public final class ReportCommand implements CliCommand {

    @Override
    public Set<String> options() {
        return Set.of("out", "study", "master");
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public List<String> usage() {
        return List.of("xhpo report --study NAME [--out DIR] [--master URL]   (writes OUT/STUDY/report/index.html)");
    }

    @Override
    public int run(CliArgs a, PrintStream out, PrintStream err) throws IOException {
        if (!a.positional().isEmpty() || !a.has("study")) {
            throw new IllegalArgumentException("report: expects --study NAME (and --out DIR, default 'results'), got "
                    + (a.positional().isEmpty() ? "no --study" : a.positional()));
        }
        String study = a.option("study", null);
        if (!study.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("--study: expected letters, digits, _ . -, got '" + study + "'");
        }
        SparkSession spark = SparkSessions.create("xhpo report", a.option("master", null));
        out.println(write(spark, new Path(a.option("out", "results"), study), err));
        return XhpoMain.OK;
    }

    /** Writes the report of a study directory and returns the file's path (without a file: prefix). */
    static String write(SparkSession spark, Path studyDir, PrintStream err) throws IOException {
        String file = new ReportWriter(spark, err).write(studyDir).toString();
        return file.startsWith("file:") ? file.substring("file:".length()) : file;
    }
}

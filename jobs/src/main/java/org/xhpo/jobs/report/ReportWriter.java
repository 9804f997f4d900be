package org.xhpo.jobs.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.xhpo.report.ReportInput;
import org.xhpo.report.ReportPage;

/**
 * Writes {@code OUT/STUDY/report/index.html}: reads the study ({@link StudyReportReader}), renders
 * the standard page and replaces the previous report atomically (temporary file, then rename).
 */
public final class ReportWriter {
    /** The report's directory under the study directory. */
    public static final String DIR = "report";
    /** The report's file name. */
    public static final String FILE = "index.html";
    private final SparkSession spark;
    private final PrintStream log;

    /**
     * @param spark the session
     * @param log where notes go
     */
    public ReportWriter(SparkSession spark, PrintStream log) {
        this.spark = spark;
        this.log = log;
    }

    /**
     * Writes the report of a study.
     *
     * @param studyDir {@code OUT/STUDY}
     * @return the written file
     */
    public Path write(Path studyDir) throws IOException {
        ReportInput in = new StudyReportReader(spark, log).read(studyDir);
        String html = ReportPage.standard().render(in);
        FileSystem fs = studyDir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs instanceof LocalFileSystem local) {
            fs = local.getRawFileSystem(); // no .crc file beside the report
        }
        Path dir = new Path(studyDir, DIR);
        fs.mkdirs(dir);
        Path tmp = new Path(dir, "_" + FILE + ".tmp");
        try (OutputStream out = fs.create(tmp, true)) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        Path target = new Path(dir, FILE);
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
            throw new IOException("could not write " + target);
        }
        return fs.makeQualified(target);
    }
}

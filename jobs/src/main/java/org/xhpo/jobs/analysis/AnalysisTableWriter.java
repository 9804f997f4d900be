package org.xhpo.jobs.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the analysis tables of a study all-or-nothing: every table goes to
 * {@code STUDY/_analysis_staging/NAME} first (the tables concurrently, {@link ConcurrentJobs}); only
 * when all are written does each replace
 * {@code STUDY/NAME} by a rename, followed by {@code analysis.json} (provenance). A failure while
 * writing leaves the previous tables untouched and removes the staging directory.
 */
public final class AnalysisTableWriter {
    /** The provenance file beside the tables. */
    public static final String PROVENANCE = "analysis.json";
    private static final String STAGING = "_analysis_staging";

    private AnalysisTableWriter() {
    }

    /**
     * @param spark the session
     * @param studyDir the study directory
     * @param tables table name → rows (each written as one small Parquet table)
     * @param provenance the JSON text of {@code analysis.json}
     */
    public static void write(SparkSession spark, Path studyDir, Map<String, Dataset<Row>> tables, String provenance)
            throws IOException {
        FileSystem fs = studyDir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        Path staging = new Path(studyDir, STAGING);
        fs.delete(staging, true);
        try {
            ConcurrentJobs.each(new java.util.ArrayList<>(tables.keySet()), name -> {
                tables.get(name).coalesce(1).write().mode(SaveMode.Overwrite)
                        .parquet(new Path(staging, name).toString());
                return name;
            });
            try (OutputStream out = fs.create(new Path(staging, PROVENANCE), true)) {
                out.write(provenance.getBytes(StandardCharsets.UTF_8));
            }
            for (String name : tables.keySet()) {
                Path target = new Path(studyDir, name);
                fs.delete(target, true);
                if (!fs.rename(new Path(staging, name), target)) {
                    throw new IOException("could not move " + name + " into " + studyDir);
                }
            }
            Path meta = new Path(studyDir, PROVENANCE);
            fs.delete(meta, false);
            fs.rename(new Path(staging, PROVENANCE), meta);
        } finally {
            fs.delete(staging, true);
        }
    }
}

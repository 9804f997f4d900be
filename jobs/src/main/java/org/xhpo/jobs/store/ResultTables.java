package org.xhpo.jobs.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Registers every table under an output directory as a temporary view for Spark SQL: each
 * {@code OUT/STUDY/NAME/} Parquet directory becomes part of view {@code NAME}, the studies' tables
 * of one name unioned by column name (the {@code study} column tells them apart).
 */
public final class ResultTables {
    private ResultTables() {
    }

    /**
     * Registers the views and returns their names with the studies that contributed.
     *
     * @throws IllegalArgumentException when the directory holds no XHPO tables
     */
    public static Map<String, List<String>> register(SparkSession spark, String outDir) throws IOException {
        Path root = new Path(outDir);
        FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
            throw new IllegalArgumentException("--out: '" + outDir + "' is not a directory of XHPO results");
        }
        Map<String, List<Path>> byName = new TreeMap<>();
        Map<String, List<String>> studies = new LinkedHashMap<>();
        for (FileStatus study : fs.listStatus(root)) {
            if (!study.isDirectory() || !fs.exists(new Path(study.getPath(), "study.json"))
                    && !fs.exists(new Path(study.getPath(), "analysis.json"))) {
                continue;
            }
            for (FileStatus t : fs.listStatus(study.getPath())) {
                String name = t.getPath().getName();
                if (t.isDirectory() && !name.startsWith("_") && !name.startsWith(".") && hasData(fs, t.getPath())) {
                    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(t.getPath());
                    studies.computeIfAbsent(name, k -> new ArrayList<>()).add(study.getPath().getName());
                }
            }
        }
        if (byName.isEmpty()) {
            throw new IllegalArgumentException("--out: no XHPO tables under '" + outDir
                    + "' (expected STUDY/trials/ directories written by xhpo run)");
        }
        for (Map.Entry<String, List<Path>> e : byName.entrySet()) {
            Dataset<Row> df = null;
            for (Path p : e.getValue()) {
                Dataset<Row> one = spark.read().parquet(p.toString());
                df = df == null ? one : df.unionByName(one, true);
            }
            df.createOrReplaceTempView(e.getKey());
        }
        return studies;
    }

    private static boolean hasData(FileSystem fs, Path dir) throws IOException {
        for (FileStatus s : fs.listStatus(dir)) {
            String n = s.getPath().getName();
            if (s.isDirectory() && !n.startsWith("_") || n.endsWith(".parquet")) {
                return true;
            }
        }
        return false;
    }
}

package org.xhpo.jobs.analysis;

import static org.apache.spark.sql.functions.col;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;

/**
 * Reads trials tables written by others as their writers meant them. CSV (pandas, Optuna's
 * {@code trials_dataframe().to_csv()}): RFC 4180 quoting (doubled quotes, line breaks inside quoted
 * fields), duplicate header names refused (compared case-insensitively, as Spark does), and a text
 * column whose values all read as numbers once {@code inf}, {@code -inf}, {@code Infinity},
 * {@code NaN} (any case) are allowed becomes a number column (Spark's cast reads those spellings).
 * Parquet: every data file's footer is read first, so a corrupt or truncated file is refused with
 * its name before any Spark job.
 */
public final class TrialsFiles {
    private TrialsFiles() {
    }

    /** A column reference that takes the name literally (dots and spaces included). */
    public static Column quoted(String name) {
        return col("`" + name.replace("`", "``") + "`");
    }

    /**
     * Reads a CSV file (or a directory of CSV files) with a header.
     *
     * @throws IllegalArgumentException naming {@code --trials}, the file and the column at fault
     */
    public static Dataset<Row> readCsv(SparkSession spark, Path p, String given) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        FileSystem fs = p.getFileSystem(conf);
        List<Path> files = dataFiles(fs, p);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("--trials: '" + given + "' holds no CSV file");
        }
        for (Path f : files) {
            checkHeader(fs, f);
        }
        Dataset<Row> raw = spark.read().option("header", true).option("inferSchema", true).option("multiLine", true)
                .option("escape", "\"").option("enforceSchema", false).csv(p.toString());
        List<Column> numeric = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (StructField f : raw.schema().fields()) {
            if (f.dataType() instanceof StringType) {
                Column c = quoted(f.name());
                numeric.add(functions.sum(functions.when(c.isNotNull().and(c.cast("double").isNull()), 1).otherwise(0)));
                text.add(f.name());
            }
        }
        if (text.isEmpty()) {
            return raw;
        }
        Row bad = raw.agg(numeric.get(0), numeric.subList(1, numeric.size()).toArray(new Column[0])).first();
        for (int i = 0; i < text.size(); i++) {
            String name = text.get(i);
            if (!bad.isNullAt(i) && bad.getLong(i) == 0) {
                raw = raw.withColumn(name, quoted(name).cast("double"));
            }
        }
        return raw;
    }

    /**
     * Checks that every Parquet data file under a path has a readable footer.
     *
     * @param what how the message names the table (e.g. {@code --trials} or {@code trials table of study s})
     * @throws IllegalArgumentException naming the file
     */
    public static void checkParquet(FileSystem fs, Path p, Configuration conf, String what) throws IOException {
        for (Path f : dataFiles(fs, p)) {
            try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(f, conf))) {
                r.getFooter();
            } catch (IOException | RuntimeException e) {
                String m = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
                throw new IllegalArgumentException(what + ": '" + f + "' is not a readable Parquet file (" + m
                        + "); restore it or move it out of the table");
            }
        }
    }

    /** Data files under a path (the path itself when it is a file), skipping hidden and {@code _} files. */
    static List<Path> dataFiles(FileSystem fs, Path p) throws IOException {
        List<Path> out = new ArrayList<>();
        FileStatus st = fs.getFileStatus(p);
        if (!st.isDirectory()) {
            out.add(p);
            return out;
        }
        for (FileStatus s : fs.listStatus(p)) {
            String n = s.getPath().getName();
            if (n.startsWith("_") || n.startsWith(".")) {
                continue;
            }
            if (s.isDirectory()) {
                out.addAll(dataFiles(fs, s.getPath()));
            } else if (s.getLen() > 0 || !n.endsWith(".crc")) {
                out.add(s.getPath());
            }
        }
        return out;
    }

    private static void checkHeader(FileSystem fs, Path f) throws IOException {
        List<String> names;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(f), StandardCharsets.UTF_8))) {
            names = firstRecord(in);
        }
        if (names == null) {
            throw new IllegalArgumentException("--trials: '" + f + "' is empty; expected a header line and one row per trial");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).strip();
            if (n.isEmpty()) {
                throw new IllegalArgumentException("--trials: column " + (i + 1) + " of '" + f + "' has no name in the header");
            }
            Integer prev = seen.put(n.toLowerCase(Locale.ROOT), i);
            if (prev != null) {
                throw new IllegalArgumentException("--trials: column '" + n + "' appears twice in the header of '" + f
                        + "' (columns " + (prev + 1) + " and " + (i + 1) + "); rename one");
            }
        }
    }

    /** The first record of an RFC 4180 CSV text, or null when there is none. */
    static List<String> firstRecord(BufferedReader in) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) >= 0) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next >= 0) {
                            in.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                break;
            } else {
                field.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        out.add(field.toString());
        return out;
    }
}

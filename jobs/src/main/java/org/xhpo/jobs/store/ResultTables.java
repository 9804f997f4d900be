package org.xhpo.jobs.store;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;

/**
 * Registers every table under an output directory as a temporary view for Spark SQL. Each
 * {@code OUT/STUDY/NAME/} Parquet directory becomes a per-study view {@code NAME_STUDY} (the study
 * name made a safe identifier: lower case, characters other than letters, digits and _ replaced by
 * _, a numeric suffix when two studies would share a name) and part of the union view {@code NAME}
 * (by column name; the {@code study} column tells the studies apart). A column whose type differs
 * between studies (a boolean in one, a double in another) would make every query of the union
 * fail, so the union holds it as a string and one line on the notes stream names it; numbers of
 * different widths are widened by Spark as usual. Before anything is read, every Parquet file is
 * checked to have Parquet's magic bytes at both ends, so a truncated file is named instead of failing
 * a later query.
 */
public final class ResultTables {
    private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

    private ResultTables() {
    }

    /**
     * What was registered.
     *
     * @param unions union view name → the studies it holds
     * @param perStudy per-study view name → "TABLE of study STUDY"
     * @param stringColumns union view name → columns held as strings because their types differ between studies
     */
    public record Registered(Map<String, List<String>> unions, Map<String, String> perStudy,
                             Map<String, List<String>> stringColumns) {
        /** Copies the maps. */
        public Registered {
            unions = Map.copyOf(unions);
            perStudy = Map.copyOf(perStudy);
            stringColumns = Map.copyOf(stringColumns);
        }

        /** Every registered view name, unions first, each group sorted. */
        public List<String> viewNames() {
            List<String> out = new ArrayList<>(new TreeMap<>(unions).keySet());
            out.addAll(new TreeMap<>(perStudy).keySet());
            return out;
        }
    }

    /**
     * Registers the views (notes on coerced columns go to standard error) and returns the union views with the
     * studies they hold.
     *
     * @throws IllegalArgumentException when the directory holds no XHPO tables, or a Parquet file is corrupt
     */
    public static Map<String, List<String>> register(SparkSession spark, String outDir) throws IOException {
        return register(spark, outDir, System.err).unions();
    }

    /**
     * Registers the views.
     *
     * @param notes where the one-line notes on coerced columns go
     * @throws IllegalArgumentException when the directory holds no XHPO tables, or a Parquet file is corrupt
     */
    public static Registered register(SparkSession spark, String outDir, PrintStream notes) throws IOException {
        Path root = new Path(outDir);
        FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
            throw new IllegalArgumentException("--out: '" + outDir + "' is not a directory of XHPO results");
        }
        Map<String, Map<String, Path>> byName = new TreeMap<>();
        for (FileStatus study : fs.listStatus(root)) {
            if (!study.isDirectory() || !fs.exists(new Path(study.getPath(), "study.json"))
                    && !fs.exists(new Path(study.getPath(), "analysis.json"))) {
                continue;
            }
            for (FileStatus t : fs.listStatus(study.getPath())) {
                String name = t.getPath().getName();
                if (t.isDirectory() && !hidden(name) && checkParquetFiles(fs, t.getPath())) {
                    byName.computeIfAbsent(name, k -> new TreeMap<>()).put(study.getPath().getName(), t.getPath());
                }
            }
        }
        if (byName.isEmpty()) {
            throw new IllegalArgumentException("--out: no XHPO tables under '" + outDir
                    + "' (expected STUDY/trials/ directories written by xhpo run)");
        }
        Map<String, List<String>> unions = new LinkedHashMap<>();
        Map<String, String> perStudy = new LinkedHashMap<>();
        Map<String, List<String>> coerced = new LinkedHashMap<>();
        Set<String> used = new HashSet<>(byName.keySet());
        for (Map.Entry<String, Map<String, Path>> e : byName.entrySet()) {
            String table = e.getKey();
            Map<String, Dataset<Row>> frames = new LinkedHashMap<>();
            for (Map.Entry<String, Path> s : e.getValue().entrySet()) {
                Dataset<Row> df = spark.read().parquet(s.getValue().toString());
                frames.put(s.getKey(), df);
                String view = uniqueName(table + "_" + safeIdentifier(s.getKey()), used);
                df.createOrReplaceTempView(view);
                perStudy.put(view, table + " of study " + s.getKey());
            }
            Map<String, Map<String, DataType>> conflicts = conflictingColumns(frames);
            Dataset<Row> union = null;
            for (Map.Entry<String, Dataset<Row>> f : frames.entrySet()) {
                Dataset<Row> one = asStrings(f.getValue(), conflicts.keySet());
                union = union == null ? one : union.unionByName(one, true);
            }
            union.createOrReplaceTempView(table);
            unions.put(table, List.copyOf(frames.keySet()));
            if (!conflicts.isEmpty()) {
                coerced.put(table, List.copyOf(conflicts.keySet()));
                notes.println("[xhpo] sql: " + table + ": " + describe(conflicts) + " between studies, so the "
                        + table + " view holds " + (conflicts.size() == 1 ? "it as a string" : "them as strings")
                        + "; the per-study views (" + String.join(", ", viewsOf(perStudy, table))
                        + ") keep the native types");
            }
        }
        return new Registered(unions, perStudy, coerced);
    }

    /** A study name as an SQL identifier part: lower case, anything but [a-z0-9_] replaced by _. */
    public static String safeIdentifier(String study) {
        String s = study.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return s.isEmpty() ? "_" : s;
    }

    private static String uniqueName(String base, Set<String> used) {
        String name = base;
        for (int k = 2; !used.add(name); k++) {
            name = base + "_" + k;
        }
        return name;
    }

    /** Columns whose types differ between frames beyond numeric widening, with the type per study. */
    private static Map<String, Map<String, DataType>> conflictingColumns(Map<String, Dataset<Row>> frames) {
        Map<String, Map<String, DataType>> types = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, Dataset<Row>> f : frames.entrySet()) {
            for (StructField field : f.getValue().schema().fields()) {
                types.computeIfAbsent(field.name(), k -> new LinkedHashMap<>()).put(f.getKey(), field.dataType());
            }
        }
        Map<String, Map<String, DataType>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, DataType>> t : types.entrySet()) {
            Set<DataType> distinct = new LinkedHashSet<>(t.getValue().values());
            boolean allNumeric = distinct.stream().allMatch(d -> d instanceof NumericType);
            if (distinct.size() > 1 && !allNumeric) {
                out.put(t.getKey(), t.getValue());
            }
        }
        return out;
    }

    private static Dataset<Row> asStrings(Dataset<Row> df, Set<String> columns) {
        if (columns.isEmpty()) {
            return df;
        }
        Set<String> lower = new HashSet<>();
        columns.forEach(c -> lower.add(c.toLowerCase(Locale.ROOT)));
        List<Column> cols = new ArrayList<>();
        for (String name : df.columns()) {
            cols.add(lower.contains(name.toLowerCase(Locale.ROOT))
                    ? col("`" + name.replace("`", "``") + "`").cast(DataTypes.StringType).as(name)
                    : col("`" + name.replace("`", "``") + "`"));
        }
        return df.select(cols.toArray(new Column[0]));
    }

    private static String describe(Map<String, Map<String, DataType>> conflicts) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Map<String, DataType>> c : conflicts.entrySet()) {
            List<String> per = new ArrayList<>();
            c.getValue().forEach((study, type) -> per.add(type.simpleString() + " in " + study));
            parts.add(c.getKey() + " (" + String.join(", ", per) + ")");
        }
        return (conflicts.size() == 1 ? "column " : "columns ") + String.join(", ", parts)
                + (conflicts.size() == 1 ? " differs" : " differ");
    }

    private static List<String> viewsOf(Map<String, String> perStudy, String table) {
        List<String> out = new ArrayList<>();
        perStudy.forEach((view, what) -> {
            if (what.startsWith(table + " of study ")) {
                out.add(view);
            }
        });
        out.sort(null);
        return out;
    }

    private static boolean hidden(String name) {
        return name.startsWith("_") || name.startsWith(".");
    }

    /**
     * Whether the directory holds data; checks every Parquet file under it (recursing into partition
     * directories) for the magic bytes at both ends.
     *
     * @throws IllegalArgumentException naming the first file that is not a whole Parquet file
     */
    private static boolean checkParquetFiles(FileSystem fs, Path dir) throws IOException {
        boolean any = false;
        for (FileStatus s : fs.listStatus(dir)) {
            String n = s.getPath().getName();
            if (hidden(n)) {
                continue;
            }
            if (s.isDirectory()) {
                any |= checkParquetFiles(fs, s.getPath());
            } else if (n.endsWith(".parquet")) {
                checkMagic(fs, s);
                any = true;
            }
        }
        return any;
    }

    private static void checkMagic(FileSystem fs, FileStatus file) throws IOException {
        long len = file.getLen();
        byte[] head = new byte[4];
        byte[] tail = new byte[4];
        String problem = len < 12 ? "too short" : null;
        if (problem == null) {
            try (var in = fs.open(file.getPath())) {
                in.readFully(0, head);
                in.readFully(len - 4, tail);
                problem = Arrays.equals(head, MAGIC) && Arrays.equals(tail, MAGIC) ? null : "no Parquet magic bytes";
            } catch (IOException e) {
                String msg = String.valueOf(e.getMessage());
                problem = e.getClass().getSimpleName() + ": " + msg.lines().findFirst().orElse("")
                        .replace(file.getPath().toString(), "the file");
            }
        }
        if (problem != null) {
            throw new IllegalArgumentException("--out: " + file.getPath() + " is not a whole Parquet file (" + len
                    + " bytes, " + problem + "): it is truncated or corrupt; move it away (or delete its round) to"
                    + " query the rest");
        }
    }
}

package org.xhpo.jobs.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;
import org.xhpo.jobs.cli.XhpoMain;
import org.xhpo.jobs.testing.SharedSpark;

/**
 * {@code xhpo sql}: only read statements run (decided on the parsed plan), studies with conflicting column types
 * stay queryable, a truncated Parquet file is named, and the shell runs a script fed on standard input.
 */
class XhpoSqlTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void study() throws Exception {
        SharedSpark.get();
        Path cfg = tmp.resolve("probe.yaml");
        Files.writeString(cfg, "study: {name: probe}\nobjective: noop\nspace: {x: {type: float, low: 0, high: 1}}\n"
                + "sampler: sobol\nbudget: {trials: 6, batch_size: 3}\nanalysis: off\n");
        out = tmp.resolve("out");
        Result run = xhpo("run", cfg.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
    }

    record Result(int code, String out, String err) {
    }

    static Result xhpo(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = XhpoMain.execute(List.of(args), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** Every file under the output directory with its size and modification time. */
    static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                files.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "dir"
                        : Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }

    static Stream<Arguments> statements() {
        String dir = tmp.resolve("written").toString().replace("'", "");
        String trialsDir = out.resolve("probe/trials").toString();
        return Stream.of(
                Arguments.of("SELECT count(*) AS n FROM trials", true),
                Arguments.of("   select trial_id, x from trials order by trial_id", true),
                Arguments.of("/* a comment */ SELECT 1 AS one", true),
                Arguments.of(" -- a comment\nSELECT value FROM trials WHERE status = 'ok'", true),
                Arguments.of("WITH t AS (SELECT * FROM trials) SELECT count(*) FROM t", true),
                Arguments.of("SELECT * FROM trials_probe UNION ALL SELECT * FROM trials", true),
                Arguments.of("SHOW TABLES", true),
                Arguments.of("SHOW COLUMNS IN trials", true),
                Arguments.of("DESCRIBE trials", true),
                Arguments.of("DESC trials_probe", true),
                Arguments.of("DESCRIBE FUNCTION abs", true),
                Arguments.of("DESCRIBE QUERY SELECT x FROM trials", true),
                Arguments.of("EXPLAIN SELECT * FROM trials", true),
                Arguments.of("VALUES (1, 2), (3, 4)", true),
                Arguments.of("TABLE trials", true),
                Arguments.of("SELECT 1 AS one;", true),
                Arguments.of("INSERT OVERWRITE DIRECTORY '" + trialsDir + "' USING parquet SELECT 1 AS x", false),
                Arguments.of("  insert overwrite directory '" + dir + "' using parquet select * from trials", false),
                Arguments.of("/* hi */ INSERT OVERWRITE LOCAL DIRECTORY '" + dir + "' SELECT 1", false),
                Arguments.of("INSERT INTO trials SELECT * FROM trials", false),
                Arguments.of("WITH q AS (SELECT * FROM trials) INSERT INTO trials SELECT * FROM q", false),
                Arguments.of("EXPLAIN INSERT OVERWRITE DIRECTORY '" + dir + "' USING parquet SELECT 1", false),
                Arguments.of("CREATE TABLE t (a INT) USING parquet LOCATION '" + dir + "'", false),
                Arguments.of("CREATE TABLE t2 USING parquet AS SELECT * FROM trials", false),
                Arguments.of("CREATE OR REPLACE TEMP VIEW trials AS SELECT 1 AS x", false),
                Arguments.of("DROP VIEW trials", false),
                Arguments.of("DROP TABLE IF EXISTS trials", false),
                Arguments.of("ALTER VIEW trials RENAME TO t3", false),
                Arguments.of("TRUNCATE TABLE trials", false),
                Arguments.of("DELETE FROM trials WHERE trial_id = 0", false),
                Arguments.of("UPDATE trials SET value = 0", false),
                Arguments.of("CACHE TABLE trials", false),
                Arguments.of("UNCACHE TABLE trials", false),
                Arguments.of("CLEAR CACHE", false),
                Arguments.of("SET spark.sql.shuffle.partitions=1", false),
                Arguments.of("RESET", false),
                Arguments.of("ADD JAR " + dir + "/x.jar", false),
                Arguments.of("LOAD DATA LOCAL INPATH '" + dir + "' INTO TABLE trials", false),
                Arguments.of("MSCK REPAIR TABLE trials", false),
                Arguments.of("REFRESH TABLE trials", false),
                Arguments.of("ANALYZE TABLE trials COMPUTE STATISTICS", false),
                Arguments.of("USE default", false),
                Arguments.of("CREATE FUNCTION f AS 'org.example.F'", false),
                Arguments.of("SELECT java_method('java.lang.System', 'getProperty', 'user.home')", false),
                Arguments.of("SELECT 1; DROP VIEW trials", false));
    }

    @Test
    void onlyReadStatementsRunAndTheTrialsAreUntouched() throws Exception {
        List<Arguments> table = statements().toList();
        assertTrue(table.size() >= 25);
        Map<String, String> before = snapshot(out);
        for (Arguments row : table) {
            String statement = (String) row.get()[0];
            boolean allowed = (Boolean) row.get()[1];
            Result r = xhpo("sql", statement, "--out", out.toString());
            if (allowed) {
                assertEquals(0, r.code(), statement + ": " + r.err());
            } else {
                assertEquals(2, r.code(), statement + ": " + r.out() + r.err());
                assertEquals(1, r.err().strip().lines().count(), statement + ": " + r.err());
                assertTrue(r.err().startsWith("xhpo: sql: "), statement + ": " + r.err());
            }
            assertEquals(before, snapshot(out), statement + ": the output directory changed");
            assertFalse(Files.exists(tmp.resolve("written")), statement + ": wrote a directory");
        }
        Result count = xhpo("sql", "SELECT count(*) AS n, count(DISTINCT trial_id) AS ids FROM trials", "--out",
                out.toString());
        assertTrue(count.out().contains("|6  |6  |"), count.out() + count.err());
    }

    @Test
    void theGuardReadsThePlanNotTheText() {
        SparkSession spark = SharedSpark.get();
        for (String read : List.of("-- leading comment\nSELECT 1", "/* multi\nline */ select 1", "\n\t  SELECT 1",
                "(SELECT 1) UNION (SELECT 2)", "SELECT * FROM (VALUES (1)) AS t(a) WHERE a IN (SELECT 1)")) {
            ReadOnlyStatements.check(spark, read);
        }
        for (String write : List.of("-- SELECT\nINSERT OVERWRITE DIRECTORY '/tmp/x' USING parquet SELECT 1",
                "/* SELECT */ DROP VIEW trials", "\n\tSeT a=b", "EXPLAIN EXTENDED CACHE TABLE trials",
                "SELECT REFLECT('java.util.UUID', 'randomUUID')")) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> ReadOnlyStatements.check(spark, write), write);
            assertTrue(e.getMessage().startsWith("sql: refused "), e.getMessage());
        }
    }

    @Test
    void refusedStatementsSayWhyOnOneLine() {
        Result r = xhpo("sql", "INSERT OVERWRITE DIRECTORY '/tmp/never' USING parquet SELECT 1", "--out", out.toString());
        assertEquals("xhpo: sql: refused a write (InsertIntoDir): xhpo sql only reads the tables (it runs "
                + ReadOnlyStatements.ALLOWED + " statements)", r.err().strip());
    }

    @Test
    void studiesWithConflictingColumnTypesStayQueryable() throws Exception {
        SparkSession spark = SharedSpark.get();
        Path two = tmp.resolve("two");
        StructType a = new StructType().add("study", DataTypes.StringType).add("trial_id", DataTypes.LongType)
                .add("flag", DataTypes.BooleanType).add("value", DataTypes.DoubleType);
        StructType b = new StructType().add("study", DataTypes.StringType).add("trial_id", DataTypes.LongType)
                .add("flag", DataTypes.DoubleType).add("value", DataTypes.IntegerType);
        writeStudy(spark, two, "a", a, List.of(RowFactory.create("a", 0L, true, 1.5), RowFactory.create("a", 1L, false, 2.5)));
        writeStudy(spark, two, "B-2", b, List.of(RowFactory.create("B-2", 0L, 0.25, 3)));
        Result r = xhpo("sql", "SELECT study, trial_id, flag, value FROM trials ORDER BY study, trial_id", "--out",
                two.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("|B-2  |0       |0.25 |3.0  |"), r.out());
        assertTrue(r.out().contains("|a    |0       |true |1.5  |"), r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("[xhpo] sql: trials: column flag (double in B-2, boolean in a) differs between"
                + " studies, so the trials view holds it as a string"), r.err());
        assertTrue(r.err().contains("trials_a, trials_b_2"), r.err());
        Result native1 = xhpo("sql", "SELECT count(*) AS n FROM trials_a WHERE flag", "--out", two.toString());
        assertTrue(native1.out().contains("|1  |"), native1.out() + native1.err());
        Result native2 = xhpo("sql", "SELECT flag * 4 AS f FROM trials_b_2", "--out", two.toString());
        assertTrue(native2.out().contains("|1.0|"), native2.out() + native2.err());
    }

    private static void writeStudy(SparkSession spark, Path root, String study, StructType schema, List<Row> rows)
            throws Exception {
        Files.createDirectories(root.resolve(study));
        Files.writeString(root.resolve(study).resolve("study.json"), "{}");
        spark.createDataFrame(rows, schema).write().parquet(root.resolve(study).resolve("trials").toString());
    }

    @Test
    void aTruncatedParquetFileIsNamedOnOneLine() throws Exception {
        Path copy = tmp.resolve("corrupt");
        FileUtils.copyDirectory(out.toFile(), copy.toFile());
        Path part;
        try (Stream<Path> s = Files.walk(copy.resolve("probe/trials"))) {
            part = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().findFirst().orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(part.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        Result r = xhpo("sql", "SELECT count(*) FROM trials", "--out", copy.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(part.getFileName().toString()) && r.err().contains("truncated"), r.err());
    }

    @Test
    void theShellRunsAScriptFedOnStandardInput() {
        String script = String.join("\n",
                ".tables",
                ".schema trials",
                "SELECT count(*)",
                "   AS n FROM trials;",
                "SELECT nosuchcolumn FROM trials;",
                "DROP VIEW trials;",
                "SELECT 'a;b' AS s; SELECT 2 AS two; -- two statements on a line",
                ".history",
                "!1",
                ".help",
                "SELECT count(*) AS again FROM trials") + "\n";
        InputStream saved = System.in;
        Result r;
        try {
            System.setIn(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
            r = xhpo("sql", "--out", out.toString());
        } finally {
            System.setIn(saved);
        }
        assertEquals(2, r.code(), "a piped script with failed statements exits 2: " + r.err());
        assertTrue(r.out().contains("trials  (1 study: probe)"), r.out());
        assertTrue(r.out().contains("trials_probe  (trials of study probe)"), r.out());
        assertTrue(r.out().contains("trial_id  bigint"), r.out());
        assertTrue(r.out().contains("|a;b|"), r.out());
        assertTrue(r.out().contains("|2  |"), r.out());
        assertTrue(r.out().contains("1  SELECT count(*)    AS n FROM trials"), r.out());
        assertEquals(2, r.out().split("\\|6  \\|", -1).length - 1, "the count and !1: " + r.out());
        assertTrue(r.out().contains("|again|\n+-----+\n|6    |"), r.out());
        assertTrue(r.out().contains(".schema TABLE"), r.out());
        List<String> errors = r.err().strip().lines().toList();
        assertEquals(2, errors.size(), r.err());
        assertTrue(errors.get(0).contains("nosuchcolumn"), errors.get(0));
        assertTrue(errors.get(1).contains("refused"), errors.get(1));
        assertFalse(r.out().contains("xhpo> "), "no prompt when stdin is not a terminal");
    }
}

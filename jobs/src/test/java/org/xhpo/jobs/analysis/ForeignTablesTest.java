package org.xhpo.jobs.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xhpo.analysis.hsic.GoalTarget;
import org.xhpo.analysis.hsic.HsicEstimator;
import org.xhpo.jobs.cli.XhpoMain;
import org.xhpo.jobs.testing.SharedSpark;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * Tables written by others (pandas, Optuna, a damaged disk): refused with one line naming the
 * option, column or file (exit 2, nothing written), or read as their writer meant them.
 */
class ForeignTablesTest {
    static final Path OPTUNA = Path.of("src/test/resources/optuna").toAbsolutePath();

    @TempDir
    Path tmp;

    @BeforeAll
    static void session() {
        SharedSpark.get();
    }

    /** 12 rows of x (float), opt (text) and value; {@code special} replaces the values of rows 0..k-1. */
    static String csv(String header, String... special) {
        StringBuilder b = new StringBuilder(header).append('\n');
        for (int i = 0; i < 12; i++) {
            String v = i < special.length ? special[i] : String.valueOf(0.1 * i);
            b.append(0.05 * i).append(',').append(i % 2 == 0 ? "sgd" : "adam").append(',').append(v).append('\n');
        }
        return b.toString();
    }

    /** (what, file name, file text or a marker, extra arguments, expected message fragment). */
    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("header only", "t.csv", "x,opt,value\n", List.of(), "has no rows (a header only)"),
                Arguments.of("empty file", "t.csv", "", List.of(), "is empty; expected a header line"),
                Arguments.of("duplicate column", "t.csv", "x,x,value\n1,2,3\n", List.of(), "column 'x' appears twice"),
                Arguments.of("duplicate up to case", "t.csv", "lr,LR,value\n1,2,3\n", List.of(),
                        "column 'LR' appears twice in the header"),
                Arguments.of("duplicate quoted column", "t.csv", "\"a,b\",\"a,b\",value\n1,2,3\n", List.of(),
                        "column 'a,b' appears twice"),
                Arguments.of("unnamed column", "t.csv", "x,,value\n1,2,3\n", List.of(), "column 2 of"),
                Arguments.of("objective all non-finite", "t.csv", csv("x,opt,value", "inf", "-inf", "Infinity", "NaN",
                        "", "nan", "-Infinity", "INF", "inf", "inf", "inf", "inf"), List.of(), "has 0 analyzable trials of 12"),
                Arguments.of("too few finite objectives", "t.csv", csv("x,opt,value", "inf", "", "NaN"), List.of(),
                        "has 9 analyzable trials of 12"),
                Arguments.of("text in the objective", "t.csv", csv("x,opt,value", "oops"), List.of(),
                        "--objective: column 'value' holds string values"),
                Arguments.of("names colliding after cleaning", "t.csv", "a.b,a b,value\n1,2,3\n", List.of(),
                        "columns 'a.b' and 'a b' both map to parameter name 'a_b'"),
                Arguments.of("only a trial number", "t.csv", "trial,value\n1,2\n", List.of(), "no parameter columns found"),
                Arguments.of("space names a missing column", "t.csv", csv("x,opt,value"), List.of("--space", "SPACE"),
                        "--space: parameter 'lr' has no column"),
                Arguments.of("corrupt parquet", "t.parquet", "GARBAGE", List.of(), "is not a readable Parquet file"),
                Arguments.of("truncated parquet", "t.parquet", "TRUNCATED", List.of(), "is not a readable Parquet file"),
                Arguments.of("neither source", null, null, List.of(), "analyze: expects either --trials PATH or"),
                Arguments.of("both sources", "t.csv", csv("x,opt,value"), List.of("--optuna-storage", "x.db",
                        "--optuna-study", "s"), "analyze: expects either --trials PATH or --optuna-storage URL (not both)"),
                Arguments.of("storage without study", null, null, List.of("--optuna-storage", "OPTUNA/optuna31.db"),
                        "--optuna-study: required with --optuna-storage"),
                Arguments.of("study without storage", "t.csv", csv("x,opt,value"), List.of("--optuna-study", "s"),
                        "--optuna-study: only with --optuna-storage"),
                Arguments.of("unknown study in a database", null, null, List.of("--optuna-storage",
                        "sqlite:///OPTUNA/optuna31.db", "--optuna-study", "nope"),
                        "--optuna-study: no study 'nope' in sqlite:///"),
                Arguments.of("unknown study in a journal", null, null, List.of("--optuna-storage",
                        "OPTUNA/optuna50.journal", "--optuna-study", "nope"), "studies: [mixed, up]"),
                Arguments.of("missing storage file", null, null, List.of("--optuna-storage", "/nonexistent/o.db",
                        "--optuna-study", "s"), "--optuna-storage: '/nonexistent/o.db' is neither a storage URL"),
                Arguments.of("not a journal", null, null, List.of("--optuna-storage", "OPTUNA/make_storages.py",
                        "--optuna-study", "s"), "line 1 is not an Optuna journal operation"),
                Arguments.of("no JDBC driver", null, null, List.of("--optuna-storage", "jdbc:nosuchdb://h/x",
                        "--optuna-study", "s"), "--optuna-storage: no JDBC driver for 'jdbc:nosuchdb://h/x'"),
                Arguments.of("format with a storage", null, null, List.of("--optuna-storage", "OPTUNA/optuna31.db",
                        "--optuna-study", "mixed", "--format", "csv"), "--format: not used with --optuna-storage"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusedWithOneLineNamingTheCulpritAndNothingWritten(String what, String name, String text, List<String> extra,
                                                             String expected) throws Exception {
        List<String> args = new ArrayList<>(List.of("analyze"));
        if (name != null) {
            Path table = tmp.resolve(name);
            if ("GARBAGE".equals(text) || "TRUNCATED".equals(text)) {
                writeParquet(table, "TRUNCATED".equals(text));
            } else {
                Files.writeString(table, text);
            }
            args.addAll(List.of("--trials", table.toString()));
        }
        Path space = tmp.resolve("space.yaml");
        Files.writeString(space, "space: {lr: {type: float, low: 0.0001, high: 1, log: true}}\n");
        for (String e : extra) {
            args.add(e.equals("SPACE") ? space.toString() : e.replace("OPTUNA", OPTUNA.toString()));
        }
        Path out = tmp.resolve("out");
        args.addAll(List.of("--out", out.toString()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = XhpoMain.execute(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String msg = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, what + ": " + msg);
        assertTrue(msg.startsWith("xhpo: ") && msg.contains(expected), what + ": " + msg);
        assertEquals(1, msg.strip().lines().count(), what + ": one line: " + msg);
        assertFalse(Files.exists(out), what + ": nothing written");
    }

    private void writeParquet(Path target, boolean truncate) throws Exception {
        Path good = tmp.resolve("good");
        SharedSpark.get().range(20).selectExpr("id * 0.1 as x", "id as value").coalesce(1).write().parquet(good.toString());
        Path part;
        try (var s = Files.list(good)) {
            part = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(part);
        if (truncate) {
            Files.write(target, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        } else {
            byte[] junk = new byte[bytes.length];
            new SplittableRandom(3).nextBytes(junk);
            Files.write(target, junk);
        }
    }

    @Test
    void pandasSpellingsOfNonFiniteValuesAreIgnoredWithACountAndQuotedFieldsFollowRfc4180() throws Exception {
        StringBuilder b = new StringBuilder("\"learning rate\",\"model.opt\",value\n");
        for (int i = 0; i < 16; i++) {
            String opt = i % 2 == 0 ? "\"sgd, nesterov\"" : "\"adam \"\"w\"\"\"";
            String v = i == 0 ? "inf" : i == 1 ? "-inf" : i == 2 ? "" : i == 3 ? "NaN" : i == 4 ? "Infinity" : String.valueOf(i);
            b.append(0.01 * (i + 1)).append(',').append(opt).append(',').append(v).append('\n');
        }
        Path t = tmp.resolve("pandas.csv");
        Files.writeString(t, b.toString());
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        AnalysisInput in = new TrialsSource(SharedSpark.get(), new PrintStream(log, true, StandardCharsets.UTF_8))
                .load(t.toString(), null, "value", null, null, List.of(), 1);
        assertEquals(11, in.okRows());
        assertEquals(16, in.totalRows());
        String notes = log.toString(StandardCharsets.UTF_8);
        assertTrue(notes.contains("5 finished rows with an empty, NaN or infinite 'value' ignored"), notes);
        assertEquals(List.of("learning_rate", "model_opt"), in.space().names());
        CategoricalParameter opt = (CategoricalParameter) in.space().get("model_opt");
        assertEquals(List.of("adam \"w\"", "sgd, nesterov"), opt.choices());
        assertTrue(notes.contains("inferred space") && notes.contains("model_opt: {type: categorical"), notes);
    }

    @Test
    void uniformSamplesNearZeroStayLinearAndTrialColumnsAreNotParameters() throws Exception {
        // the case: lr uniform on [1e-4, 1] spans four decades; the old range rule took it as log
        SplittableRandom rng = new SplittableRandom(11);
        StringBuilder b = new StringBuilder("trial,datetime_start,lr,value\n");
        double[] lr = new double[200];
        double[] y = new double[200];
        for (int i = 0; i < 200; i++) {
            lr[i] = 1e-4 + rng.nextDouble() * (1 - 1e-4);
            y[i] = (lr[i] - 0.3) * (lr[i] - 0.3) + 0.05 * rng.nextDouble();
            b.append(i).append(",2026-01-01 00:00:").append(i % 60).append(',').append(lr[i]).append(',').append(y[i])
                    .append('\n');
        }
        Path t = tmp.resolve("uniform.csv");
        Files.writeString(t, b.toString());
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        AnalysisInput inferred = new TrialsSource(SharedSpark.get(), quiet).load(t.toString(), null, "value", null, null,
                List.of(), 1);
        assertEquals(List.of("lr"), inferred.space().names(), "trial and datetime_start are not parameters");
        FloatParameter p = (FloatParameter) inferred.space().get("lr");
        assertFalse(p.log(), "uniform on [1e-4, 1] is linear");
        SearchSpace declared = new SearchSpace(List.of(new FloatParameter("lr", 1e-4, 1, false, null, null)));
        AnalysisInput withSpace = new TrialsSource(SharedSpark.get(), quiet).load(t.toString(), null, "value", null,
                declared, List.of(), 1);
        double r2Inferred = r2(inferred);
        double r2Declared = r2(withSpace);
        assertTrue(r2Declared > 0.05, "lr matters: " + r2Declared);
        assertEquals(r2Declared, r2Inferred, 1e-9 * r2Declared, "R2-HSIC equals the declared-space analysis");
    }

    @Test
    void aDeclaredSpaceIsStoredInAnalysisJsonAndTheReportUsesItWithoutInferringAgain() throws Exception {
        SplittableRandom rng = new SplittableRandom(5);
        StringBuilder b = new StringBuilder("lr,width,value\n");
        for (int i = 0; i < 40; i++) {
            double lr = Math.pow(10, -4 + 3 * rng.nextDouble());
            long width = 16 + rng.nextInt(241);
            b.append(lr).append(',').append(width).append(',').append(Math.abs(Math.log10(lr) + 2.5) + width / 1e3)
                    .append('\n');
        }
        Path t = tmp.resolve("declared.csv");
        Files.writeString(t, b.toString());
        Path space = tmp.resolve("space.yaml");
        Files.writeString(space, "space:\n  lr: {type: float, low: 1.0e-5, high: 0.1, log: true}\n"
                + "  width: {type: int, low: 8, high: 512, log: true}\n");
        Path out = tmp.resolve("declared-out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = XhpoMain.execute(List.of("analyze", "--trials", t.toString(), "--space", space.toString(), "--out",
                out.toString(), "--study", "declared", "--permutations", "20"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String notes = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, notes);
        assertFalse(notes.contains("inferred space"), "the space is declared; neither the analysis nor the report"
                + " infers it: " + notes);
        com.fasterxml.jackson.databind.JsonNode meta = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("declared/analysis.json").toFile());
        assertEquals(org.xhpo.config.ConfigReader.readSpace(space),
                org.xhpo.space.SpaceJson.read(meta.get("space"), "analysis.json: space"));
        assertTrue(Files.exists(out.resolve("declared/report/index.html")));
    }

    private static double r2(AnalysisInput in) {
        List<Row> rows = in.prepared().orderBy("row").collectAsList();
        double[] x = rows.stream().mapToDouble(r -> r.getDouble(1)).toArray();
        double[] y = rows.stream().mapToDouble(r -> r.getDouble(2)).toArray();
        return new HsicEstimator().single(x, GoalTarget.best(y, 0.1, Direction.MINIMIZE), 1).r2();
    }
}

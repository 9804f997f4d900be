package org.xhpo.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.jobs.testing.SharedSpark;
import org.xhpo.jobs.testing.UserObjectiveJar;

/**
 * A user's own objective, run locally with {@code xhpo run CONFIG --jars my-objective.jar}: the test writes the
 * objective's Java source, compiles it with the system compiler, packs it into a jar that is not on the test's
 * classpath, and runs the sweep on the shared local session. The trials only succeed when the driver (which
 * builds the objective while reading the config) and Spark's executor class loader (tasks) both load the jar.
 */
class CustomObjectiveJarTest {
    private static final String CLASS = "com.example.ShiftedSquare";
    private static final String SOURCE = String.join("\n",
            "package com.example;",
            "import java.util.Map;",
            "import org.xhpo.objective.Evaluation;",
            "import org.xhpo.objective.Objective;",
            "import org.xhpo.objective.TrialContext;",
            "import org.xhpo.space.Configuration;",
            "public final class ShiftedSquare implements Objective {",
            "    private final double shift;",
            "    public ShiftedSquare(Map<String, Object> settings) {",
            "        shift = ((Number) settings.getOrDefault(\"shift\", 0.0)).doubleValue();",
            "    }",
            "    @Override",
            "    public Evaluation evaluate(Configuration c, TrialContext ctx) {",
            "        double x = c.getDouble(\"x\");",
            "        return new Evaluation((x - shift) * (x - shift), Map.of(\"x_twice\", 2 * x));",
            "    }",
            "}",
            "");

    @TempDir
    Path tmp;

    @BeforeAll
    static void session() {
        SharedSpark.get(); // the CLI's getOrCreate then reuses the shared local[2] session
    }

    private record Result(int code, String out, String err) {
    }

    private static Result xhpo(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = XhpoMain.execute(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runWithJarsEvaluatesTheUsersObjectiveOnTheExecutors() throws Exception {
        Path jar = UserObjectiveJar.build(tmp, CLASS, SOURCE);
        assertThrows(ClassNotFoundException.class, () -> Class.forName(CLASS)); // only --jars brings it
        Path cfg = tmp.resolve("mine.yaml");
        Files.writeString(cfg, "study: {name: mine}\nobjective: {name: " + CLASS + ", settings: {shift: 0.25}}\n"
                + "space: {x: {type: float, low: 0, high: 1}}\nsampler: sobol\nbudget: {trials: 6, batch_size: 3}\n"
                + "analysis: off\n");
        Path out = tmp.resolve("out");

        Result without = xhpo("run", cfg.toString(), "--out", out.toString());
        assertEquals(2, without.code(), without.err());
        assertTrue(without.err().contains("'" + CLASS + "' is not on the classpath nor in --jars")
                && without.err().contains("submit-scripts/xhpo run CONFIG.yaml --jars my-objective.jar"),
                without.err());
        assertFalse(Files.exists(out));

        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Result run = xhpo("run", cfg.toString(), "--out", out.toString(), "--jars", jar.toString());
        assertEquals(0, run.code(), run.err());
        assertSame(before, Thread.currentThread().getContextClassLoader());
        assertTrue(run.out().contains("study mine: 6 trials (0 failed)"), run.out() + run.err());
        assertTrue(run.out().contains("query it: submit-scripts/xhpo sql \"SELECT"), run.out()); // as the user runs it

        List<Row> rows = SharedSpark.get().read().parquet(out.resolve("mine/trials").toString())
                .select("trial_id", "x", "value", "status", "error", "metrics").collectAsList();
        assertEquals(6, rows.size());
        for (Row r : rows) {
            assertEquals("ok", r.getString(3), "trial " + r.get(0) + ": " + r.getString(4));
            double x = r.getDouble(1);
            assertEquals((x - 0.25) * (x - 0.25), r.getDouble(2), 1e-15); // the setting reached the executors
            assertEquals(2 * x, r.<String, Double>getJavaMap(5).get("x_twice"), 1e-15);
        }
    }

    @Test
    void aJarThatDoesNotExistIsRefusedByName() {
        Result r = xhpo("run", "whatever.yaml", "--jars", tmp.resolve("missing.jar").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("xhpo: --jars: '" + tmp.resolve("missing.jar") + "' is not a file"), r.err());
        Result empty = xhpo("analyze", "--trials", "t", "--jars", ",");
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("--jars: expected a comma-separated list of jar files"), empty.err());
    }
}

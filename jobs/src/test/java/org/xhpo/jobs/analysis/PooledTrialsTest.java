package org.xhpo.jobs.analysis;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.jobs.cli.XhpoMain;
import org.xhpo.jobs.testing.SharedSpark;

/**
 * {@code xhpo analyze --trials A,B} pools two studies: the analysis tables equal those of one table
 * holding both studies' trials (B's ids shifted past A's, as the pool does), rows keep their source and
 * unique ids, and studies of different spaces are refused with one line naming both paths.
 */
class PooledTrialsTest {
    private static final String SPACE = "space:\n  opt: {type: categorical, choices: [sgd, adam]}\n"
            + "  x: {type: float, low: 0, high: 1}\n";

    @TempDir
    Path tmp;

    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private Path study(String name, long seed, String space) throws Exception {
        Path cfg = tmp.resolve(name + ".yaml");
        Files.writeString(cfg, "study: {name: " + name + ", seed: " + seed + "}\nobjective: org.xhpo.jobs.testing.ChoiceObjective\n"
                + space + "budget: {trials: 24, batch_size: 12}\noutput: {dir: " + tmp.resolve("out") + "}\n"
                + "analysis: off\nreport: off\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, XhpoMain.execute(List.of("run", cfg.toString(), "--master", "local[2]"), quiet,
                new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));
        return tmp.resolve("out").resolve(name);
    }

    private static Map<String, List<String>> snapshot(SparkSession spark, Path dir) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String t : AnalysisJob.TABLES) {
            if (!Files.isDirectory(dir.resolve(t))) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            spark.read().parquet(dir.resolve(t).toString()).collectAsList().forEach(r -> rows.add(r.toString()));
            rows.sort(null);
            out.put(t, rows);
        }
        return out;
    }

    @Test
    void poolingTwoStudiesEqualsAnalyzingOneTableOfBothAndKeepsTheSources() throws Exception {
        SparkSession spark = SharedSpark.get();
        Path a = study("a", 3, SPACE);
        Path b = study("b", 4, SPACE);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertEquals(0, XhpoMain.execute(List.of("analyze", "--trials", a + "," + b, "--out", tmp.resolve("pooled")
                        .toString(), "--study", "p", "--no-report", "--master", "local[2]"), quiet,
                new PrintStream(log, true, StandardCharsets.UTF_8)), log.toString(StandardCharsets.UTF_8));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("ids +24"), log.toString(StandardCharsets.UTF_8));

        // the copy recipe done by hand: both studies' trial files in one table, B's ids shifted past A's
        Dataset<Row> ta = spark.read().parquet(a.resolve("trials").toString());
        Dataset<Row> tb = spark.read().parquet(b.resolve("trials").toString());
        long shift = ta.agg(functions.max("trial_id")).first().getLong(0) + 1;
        assertEquals(24, shift);
        Path copy = tmp.resolve("copy");
        ta.unionByName(tb.withColumn("trial_id", col("trial_id").plus(shift))).write().parquet(copy.toString());
        Files.writeString(tmp.resolve("space.yaml"), SPACE);
        assertEquals(0, XhpoMain.execute(List.of("analyze", "--trials", copy.toString(), "--space",
                tmp.resolve("space.yaml").toString(), "--out", tmp.resolve("copied").toString(), "--study", "p",
                "--no-report", "--master", "local[2]"), quiet, quiet));
        Map<String, List<String>> pooled = snapshot(spark, tmp.resolve("pooled/p")); // one study name: it is a column
        Map<String, List<String>> copied = snapshot(spark, tmp.resolve("copied/p"));
        assertTrue(pooled.containsKey("hsic_importance") && pooled.containsKey("pdp_1d"), pooled.keySet().toString());
        assertEquals(copied.keySet(), pooled.keySet());
        for (String t : pooled.keySet()) {
            assertEquals(copied.get(t), pooled.get(t), "table " + t + " differs between the pool and the copy");
        }

        // the prepared rows: 48, unique ids, each naming its study; the source is not a parameter
        AnalysisInput in = new TrialsSource(spark, quiet).loadPooled(List.of(a.toString(), b.toString()), null,
                "value", null, null, List.of(), 1);
        assertEquals(List.of("opt", "x"), in.space().names());
        assertEquals(48, in.okRows());
        assertEquals(48, in.prepared().select("row").distinct().count());
        Set<String> sources = new HashSet<>();
        in.prepared().select(AnalysisInput.SOURCE).distinct().collectAsList().forEach(r -> sources.add(r.getString(0)));
        assertEquals(Set.of(a.toString(), b.toString()), sources);
        assertEquals(24, in.prepared().where(col(AnalysisInput.SOURCE).equalTo(b.toString())).where(col("row").geq(24))
                .count());
    }

    @Test
    void studiesOfDifferentSpacesAreRefusedNamingBothPathsAndTheParameter() throws Exception {
        Path a = study("a", 3, SPACE);
        Path c = study("c", 5, SPACE.replace("high: 1}", "high: 2}"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, XhpoMain.execute(List.of("analyze", "--trials", a + "," + c, "--out", tmp.resolve("res")
                        .toString(), "--study", "pooled", "--no-report", "--master", "local[2]"), quiet,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        String msg = err.toString(StandardCharsets.UTF_8).strip();
        String last = msg.lines().reduce((x, y) -> y).orElse("");
        assertTrue(last.startsWith("xhpo: --trials: the spaces stored in '" + a + "' and '" + c + "' differ at parameter 'x'"),
                msg);
        assertFalse(Files.exists(tmp.resolve("res/pooled")), "nothing written");

        // several tables need --study (refused before Spark starts)
        err.reset();
        assertEquals(2, XhpoMain.execute(List.of("analyze", "--trials", a + "," + a, "--no-report"), quiet,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--study: required when --trials lists several"),
                err.toString(StandardCharsets.UTF_8));
    }
}

package org.xhpo.jobs.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.jobs.cli.XhpoMain;
import org.xhpo.jobs.testing.SharedSpark;

/**
 * {@code xhpo analyze} on an XHPO study reads the space from study.json: a categorical declared
 * {@code [sgd, adam]} keeps that order (inference would sort it to [adam, sgd] and decode the stored
 * unit values as the wrong choice), and the tables equal the ones {@code xhpo run} wrote.
 */
class AnalyzeStoredStudyTest {
    @TempDir
    Path tmp;

    private static Map<String, List<String>> snapshot(SparkSession spark, Path study, List<String> tables) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String t : tables) {
            Dataset<Row> d = spark.read().parquet(study.resolve(t).toString());
            List<String> rows = new ArrayList<>();
            d.collectAsList().forEach(r -> rows.add(r.toString()));
            rows.sort(null);
            out.put(t, rows);
        }
        return out;
    }

    @Test
    void analyzeUsesTheStoredSpaceAndReproducesTheTablesOfRun() throws Exception {
        Path cfg = tmp.resolve("c.yaml");
        Files.writeString(cfg, "study: {name: s, seed: 21}\nobjective: org.xhpo.jobs.testing.ChoiceObjective\n"
                + "space:\n  opt: {type: categorical, choices: [sgd, adam]}\n  x: {type: float, low: 0, high: 1}\n"
                + "budget: {trials: 48, batch_size: 16}\noutput: {dir: " + tmp.resolve("out") + "}\nanalysis: on\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, XhpoMain.execute(List.of("run", cfg.toString(), "--master", "local[2]"),
                new PrintStream(out, true, StandardCharsets.UTF_8), quiet), out.toString(StandardCharsets.UTF_8));
        SparkSession spark = SharedSpark.get();
        Path study = tmp.resolve("out/s");
        List<String> tables = new ArrayList<>();
        try (var s = Files.list(study)) {
            s.filter(p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith("_")
                    && !p.getFileName().toString().equals("trials") && !p.getFileName().toString().equals("report"))
                    .forEach(p -> tables.add(p.getFileName().toString()));
        }
        tables.sort(null);
        assertTrue(tables.contains("recommendations") && tables.contains("hsic_importance"), tables.toString());
        Map<String, List<String>> byRun = snapshot(spark, study, tables);

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertEquals(0, XhpoMain.execute(List.of("analyze", "--trials", study.toString(), "--master", "local[2]"),
                quiet, new PrintStream(log, true, StandardCharsets.UTF_8)), log.toString(StandardCharsets.UTF_8));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("using the space stored in"));
        Map<String, List<String>> byAnalyze = snapshot(spark, study, tables);
        for (String t : tables) {
            assertEquals(byRun.get(t), byAnalyze.get(t), "table " + t + " differs between run and analyze");
        }

        // a categorical's advice is its set of good choices, named by the declared labels: the objective
        // favours sgd, so the set is exactly sgd (a wrong label order would name adam)
        Row opt = spark.read().parquet(study.resolve("recommendations").toString()).where("parameter = 'opt'").first();
        assertEquals("sgd", String.valueOf(opt.<Object>getAs("values")), opt.toString());
    }

    @Test
    void analyzeUsesTheStoredAnalysisSettingsAndAnOptionOverridesJustItsField() throws Exception {
        Path cfg = tmp.resolve("c.yaml");
        Files.writeString(cfg, "study: {name: s, seed: 5}\nobjective: org.xhpo.jobs.testing.ChoiceObjective\n"
                + "space:\n  opt: {type: categorical, choices: [sgd, adam]}\n  x: {type: float, low: 0, high: 1}\n"
                + "budget: {trials: 40, batch_size: 20}\noutput: {dir: " + tmp.resolve("out") + "}\nreport: off\n"
                + "analysis: {best_fraction: 0.2, bandwidth: median, permutations: 30, pdp_grid: 7, shap_members: 2,"
                + " shap_background: 10}\n");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, XhpoMain.execute(List.of("run", cfg.toString(), "--master", "local[2]"),
                new PrintStream(out, true, StandardCharsets.UTF_8), quiet));
        SparkSession spark = SharedSpark.get();
        Path study = tmp.resolve("out/s");
        assertTrue(Files.exists(study.resolve("analysis.json")), out.toString(StandardCharsets.UTF_8));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode byRunSettings = json.readTree(study.resolve("analysis.json")
                .toFile()).get("settings");
        assertEquals(0.2, byRunSettings.get("bestFraction").asDouble(), byRunSettings.toString());
        List<String> tables = org.xhpo.jobs.analysis.AnalysisJob.TABLES;
        Map<String, List<String>> byRun = snapshot(spark, study, tables);
        assertEquals(7 + 2, byRun.get("pdp_1d").size(), "pdp_grid 7 for x, one point per choice of opt");

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertEquals(0, XhpoMain.execute(List.of("analyze", "--trials", study.toString(), "--master", "local[2]",
                "--no-report"), quiet, new PrintStream(log, true, StandardCharsets.UTF_8)));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("analysis settings from"), log.toString());
        assertEquals(byRunSettings, json.readTree(study.resolve("analysis.json").toFile()).get("settings"));
        Map<String, List<String>> byAnalyze = snapshot(spark, study, tables);
        for (String t : tables) {
            assertEquals(byRun.get(t), byAnalyze.get(t), "table " + t + " differs between run and analyze");
        }

        // --permutations overrides that field only, and says so
        log.reset();
        assertEquals(0, XhpoMain.execute(List.of("analyze", "--trials", study.toString(), "--master", "local[2]",
                "--no-report", "--permutations", "12"), quiet, new PrintStream(log, true, StandardCharsets.UTF_8)));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains(
                "--permutations overrides analysis.permutations: 12 (study.json: 30)"), log.toString());
        com.fasterxml.jackson.databind.node.ObjectNode expected = byRunSettings.deepCopy();
        expected.put("permutations", 12);
        assertEquals(expected, json.readTree(study.resolve("analysis.json").toFile()).get("settings"));
        assertEquals(byRun.get("pdp_1d"), snapshot(spark, study, List.of("pdp_1d")).get("pdp_1d"),
                "the PDP does not depend on the permutations");
    }
}

package org.xhpo.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.jobs.testing.SharedSpark;
import org.xhpo.study.Direction;

/**
 * The end of {@code xhpo run} and {@code xhpo analyze} explains the study: best trial, failures by message, the
 * parameters that matter with p-values, what to tune and fix, the report once it exists, the next command.
 */
class StudySummaryTest {
    @TempDir
    Path tmp;

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
    void runAndAnalyzeEndWithTheExplanation() throws Exception {
        SharedSpark.get();
        // flaky: value x² + y² (+ 0·noise²), every 4th trial (ids 1, 5, 9, …) throws on purpose
        Path cfg = tmp.resolve("flaky.yaml");
        Files.writeString(cfg, "study: {name: Flaky-1, seed: 7}\n"
                + "objective: {name: flaky, settings: {throw_every: 4, throw_offset: 1, nan_every: 0}}\n"
                + "space:\n  x: {type: float, low: -1, high: 1}\n  y: {type: float, low: -1, high: 1}\n"
                + "  noise: {type: float, low: 0, high: 0.001}\n"
                + "sampler: sobol\nbudget: {trials: 96, batch_size: 32}\n"
                + "analysis: {best_fraction: 0.2, permutations: 50, shap_members: 2, shap_rows: 20, pdp_pairs: 1}\n");
        Path out = tmp.resolve("out");
        Result run = xhpo("run", cfg.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("most common error (8 of 8): IllegalStateException: flaky objective fails trial N"
                + " on purpose"), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches(
                "best trial \\d+: value [0-9.e-]+ with \\{x=[0-9.e-]+, y=[0-9.e-]+, noise=[0-9.e-]+}")), run.out());
        assertTrue(lines.contains("failed trials (24) by message: 24× IllegalStateException: flaky objective fails"
                + " trial N on purpose"), run.out());
        String matters = lines.stream().filter(l -> l.startsWith("parameters that matter")).findFirst().orElse("");
        assertTrue(matters.matches(".*\\bx \\(p[=<][0-9.e-]+\\).*") && matters.matches(".*\\by \\(p[=<][0-9.e-]+\\).*"),
                "x and y decide x² + y²: " + run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("tune: ") && l.contains("x in [") && l.contains("y in [")),
                run.out());
        Path report = out.resolve("Flaky-1/report/index.html");
        assertEquals(Files.exists(report), lines.contains("report: " + report), "the report is named once it exists: "
                + run.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("query it: submit-scripts/xhpo sql \"SELECT parameter, action,"
                + " value_low, value_high, evidence FROM recommendations_flaky_1\" --out " + out), run.out());

        Result analyze = xhpo("analyze", "--trials", out.resolve("Flaky-1/trials").toString(), "--permutations", "50",
                "--best-fraction", "0.2");
        assertEquals(0, analyze.code(), analyze.err());
        assertTrue(analyze.out().contains("failed trials (24) by message"), analyze.out());
        assertTrue(analyze.out().contains("parameters that matter (HSIC"), analyze.out());
        assertTrue(Files.exists(report), "analyze writes the report");
        assertTrue(analyze.out().lines().toList().contains("report: " + report), analyze.out());

        Result sql = xhpo("sql", "SELECT count(*) AS n FROM recommendations_flaky_1", "--out", out.toString());
        assertTrue(sql.out().contains("|3  |"), "the suggested view exists: " + sql.out() + sql.err());
    }

    @Test
    void valuesArePrintedBriefly() {
        assertEquals("0.01614", StudySummary.brief(0.01613623459662664));
        assertEquals("0.0001861", StudySummary.brief(1.8611707770395869E-4));
        assertEquals("3.74e-5", StudySummary.brief("3.7400843052658006E-5"));
        assertEquals("-0.4054", StudySummary.brief("-0.40535221452499126"));
        assertEquals("128", StudySummary.brief(128L));
        assertEquals("2", StudySummary.brief(2.0));
        assertEquals("adam", StudySummary.brief("adam"));
        assertEquals("true", StudySummary.brief(true));
    }

    @Test
    void withoutAnalysisTheNextCommandQueriesTheTrials() throws Exception {
        SharedSpark.get();
        Path cfg = tmp.resolve("plain.yaml");
        Files.writeString(cfg, "study: {name: plain}\nobjective: noop\nspace: {x: {type: float, low: 0, high: 1}}\n"
                + "sampler: sobol\nbudget: {trials: 4, batch_size: 4}\nanalysis: off\n");
        Path out = tmp.resolve("out2");
        assertEquals(0, xhpo("run", cfg.toString(), "--out", out.toString()).code());
        List<String> lines = StudySummary.lines(SharedSpark.get(),
                new org.apache.hadoop.fs.Path(out.resolve("plain").toString()), Direction.MINIMIZE)
                .stream().filter(l -> !l.startsWith("report: ")).toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("best trial \\d+: value [0-9.Ee-]+ with \\{x=[0-9.Ee-]+}"), lines.toString());
        assertEquals("query it: submit-scripts/xhpo sql \"SELECT * FROM trials_plain WHERE status = 'ok' ORDER BY value"
                + " LIMIT 5\" --out " + out + "   (or submit-scripts/xhpo sql --out " + out + " for a shell)", lines.get(1));
    }

    @Test
    void aNoisyObjectiveReevaluatedByIntensifyAlsoGetsItsBestRepeatedConfiguration() throws Exception {
        SharedSpark.get();
        // explain_bench adds N(0, 0.01²) noise drawn from the trial seed; fi-random's adaptive mode with intensify 1
        // re-evaluates each ladder's new best once at the head of the next ladder
        Path cfg = tmp.resolve("noisy.yaml");
        Files.writeString(cfg, "study: {name: noisy, seed: 3}\nobjective: explain_bench\n"
                + "sampler: {name: fi-random, settings: {mode: adaptive, k: 9, ladder: 5, intensify: 1}}\n"
                + "budget: {trials: 40, batch_size: 5}\nanalysis: off\n");
        Path out = tmp.resolve("out3");
        Result run = xhpo("run", cfg.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        String line = run.out().lines().filter(l -> l.startsWith("best repeated configuration")).findFirst()
                .orElseThrow(() -> new AssertionError(run.out()));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("best repeated configuration \\(trials (\\d+), (\\d+)\\):"
                + " mean value ([0-9.e-]+) over 2 evaluations \\(([0-9.e-]+) to ([0-9.e-]+)\\) with \\{lr=.*").matcher(line);
        assertTrue(m.matches(), line);
        // the two trials hold one configuration, their mean is the lowest of the repeated configurations
        Result sql = xhpo("sql", "SELECT count(DISTINCT lr, momentum, a, b, width) AS c FROM trials_noisy"
                + " WHERE trial_id IN (" + m.group(1) + ", " + m.group(2) + ")", "--out", out.toString());
        assertTrue(sql.out().contains("|1  |"), sql.out());
        Result lowest = xhpo("sql", "SELECT array_join(cast(sort_array(collect_list(trial_id)) AS array<string>), '-')"
                + " AS ids, avg(value) AS m FROM trials_noisy GROUP BY lr, momentum, a, b, optimizer, beta, width, noise1, noise2"
                + " HAVING count(*) > 1 ORDER BY m LIMIT 1", "--out", out.toString());
        assertTrue(lowest.out().contains("|" + m.group(1) + "-" + m.group(2) + "|"), lowest.out() + lowest.err() + line);
        assertTrue(Double.parseDouble(m.group(4)) < Double.parseDouble(m.group(5)), line);

        // a deterministic objective evaluated twice at a configuration: no such line (the best trial says it all)
        Path det = tmp.resolve("det.yaml");
        Files.writeString(det, "study: {name: det, seed: 3}\nobjective: {name: flaky, settings: {throw_every: 0}}\n"
                + "space: {x: {type: float, low: -1, high: 1}, y: {type: float, low: -1, high: 1}}\n"
                + "sampler: {name: fi-random, settings: {mode: adaptive, k: 9, ladder: 5, intensify: 1}}\n"
                + "budget: {trials: 30, batch_size: 5}\nanalysis: off\n");
        Result plain = xhpo("run", det.toString(), "--out", out.toString());
        assertEquals(0, plain.code(), plain.err());
        assertTrue(plain.out().contains("best trial "), plain.out());
        assertTrue(plain.out().lines().noneMatch(l -> l.startsWith("best repeated configuration")), plain.out());
    }

    @Test
    void aConditionalGroupReadsAsItsCondition() {
        assertEquals("optimizer = sgd", org.xhpo.analysis.hsic.HsicImportance.readableGroup("[{optimizer=[sgd]}]"));
        assertEquals("optimizer = sgd, adam", org.xhpo.analysis.hsic.HsicImportance.readableGroup("[{optimizer=[sgd, adam]}]"));
    }
}

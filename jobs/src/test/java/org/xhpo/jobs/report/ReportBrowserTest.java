package org.xhpo.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.jobs.cli.XhpoMain;
import org.xhpo.report.HeadlessChromium;

/**
 * The report as a person sees it, on real studies: a quickstart sweep (Branin, Sobol, analysis off), the
 * ground-truth explain_bench sweep and an imported Optuna study. Each report is written by the
 * command that made the study (run, analyze) or by {@code xhpo report}, then opened in headless
 * Chromium: no console error or warning, every chart drew marks, every section has its data
 * except the ones the study cannot have (named here).
 */
class ReportBrowserTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void makeStudies() throws Exception {
        out = tmp.resolve("out");
        Path qs = tmp.resolve("qs.yaml");
        Files.writeString(qs, "study: {name: quickstart, seed: 42}\nobjective: branin\nsampler: sobol\n"
                + "budget: {trials: 32, batch_size: 16}\nanalysis: off\n");
        String printed = xhpo("run", qs.toString(), "--out", out.toString());
        assertTrue(printed.contains("report: " + out.resolve("quickstart/report/index.html")), printed);
        Path eb = tmp.resolve("eb.yaml");
        Files.writeString(eb, "study: {name: eb, seed: 7}\nobjective: explain_bench\nsampler: random\n"
                + "budget: {trials: 100, batch_size: 100}\nreport: off\n"
                + "analysis: {costs: [width, flops], permutations: 10, shap_rows: 20, shap_members: 2, pdp_grid: 8}\n");
        assertTrue(!xhpo("run", eb.toString(), "--out", out.toString()).contains("report:"), "report: off");
        assertTrue(!Files.exists(out.resolve("eb/report")), "report: off writes no report");
        String path = xhpo("report", "--study", "eb", "--out", out.toString()).strip();
        assertEquals(out.resolve("eb/report/index.html").toString(), path);
        xhpo("analyze", "--trials", Paths.get("src/test/resources/optuna/trials.csv").toAbsolutePath().toString(),
                "--out", out.toString(), "--study", "optuna-import", "--permutations", "10");
    }

    private static String xhpo(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = XhpoMain.execute(List.of(args), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return o.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode open(String study) throws Exception {
        Path html = out.resolve(study).resolve("report/index.html");
        assertTrue(Files.exists(html), "no report for " + study);
        JsonNode status = HeadlessChromium.open(html).status();
        assertEquals(0, status.path("warnings").size(), "console warnings: " + status.path("warnings"));
        return status;
    }

    @Test
    void quickstartReportWithoutAnalysisSaysWhatIsMissing() throws Exception {
        JsonNode status = open("quickstart");
        // cost: Branin's trials take under 10 ms, too few clock ticks to chart as a cost
        HeadlessChromium.assertRendered(status, List.of("hsic", "histograms", "interactions", "tradeoff", "pdp", "shap",
                "cost", "recommendations"));
        assertTrue(status.path("charts").path("history").path("marks").asInt() >= 32, "a dot per trial: " + status);
    }

    @Test
    void explainBenchReportShowsTheGroundTruthStudy() throws Exception {
        JsonNode status = open("eb");
        HeadlessChromium.assertRendered(status, List.of());
        String html = Files.readString(out.resolve("eb/report/index.html"));
        assertTrue(html.contains("when optimizer = sgd") || html.contains("optimizer"), "conditional group shown");
    }

    @Test
    void importedOptunaStudyHasNoRoundsButStillItsTrials() throws Exception {
        JsonNode status = open("optuna-import");
        HeadlessChromium.assertRendered(status, List.of("tradeoff", "cost")); // cost: its trials took under 10 ms
        String html = Files.readString(out.resolve("optuna-import/report/index.html"));
        assertTrue(html.contains("imported"), "summary says the study is imported");
        assertTrue(status.path("charts").path("history").path("marks").asInt() >= 100, "Optuna's trials: " + status);
    }
}

package org.xhpo.jobs.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.jobs.cli.XhpoMain;
import org.xhpo.jobs.testing.SharedSpark;

/** Fixed parameters through a sweep: a native column holding the value, no unit column, no analysis row, resumable. */
class FixedParameterSweepTest {
    @TempDir
    Path tmp;

    private int xhpo(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = XhpoMain.execute(List.of(args), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return code;
    }

    @Test
    void fixedParametersAreRecordedButNeitherSampledNorAnalyzed() throws Exception {
        String space = String.join("\n", "space:",
                "  lr: {type: float, low: 1.0e-4, high: 1.0, log: true}",
                "  momentum: {type: float, low: 0, high: 1}",
                "  a: {type: float, low: 0, high: 1}",
                "  b: {type: float, low: 0, high: 1}",
                "  optimizer: {type: fixed, value: sgd}",
                "  beta: {type: float, low: 0, high: 1, when: {optimizer: sgd}}",
                "  width: {type: int, low: 16, high: 512, log: true}",
                "  noise1: {type: fixed, value: 0.25}",
                "  noise2: {type: float, low: 0, high: 1}", "");
        Path cfg = tmp.resolve("f.yaml");
        String out = tmp.resolve("out").toString();
        Files.writeString(cfg, "study: {name: fx, seed: 3}\nobjective: explain_bench\nsampler: tpe\n" + space
                + "budget: {trials: 40, batch_size: 20}\nanalysis: {costs: [width], shap_rows: 20, permutations: 20}\n");
        xhpo("run", cfg.toString(), "--out", out);
        Dataset<Row> t = SharedSpark.get().read().parquet(out + "/fx/trials");
        List<String> cols = List.of(t.columns());
        assertTrue(cols.contains("noise1") && cols.contains("optimizer"), cols.toString());
        assertFalse(cols.contains("u_noise1") || cols.contains("u_optimizer"), cols.toString());
        assertEquals(40, t.filter("noise1 = 0.25 and optimizer = 'sgd' and beta is not null and u_beta is not null").count());
        List<String> analyzed = SharedSpark.get().read().parquet(out + "/fx/hsic_importance").select("parameter").distinct()
                .collectAsList().stream().map(r -> r.getString(0)).toList();
        assertTrue(analyzed.contains("beta") && analyzed.contains("noise2"), analyzed.toString());
        assertFalse(analyzed.contains("noise1") || analyzed.contains("optimizer"), analyzed.toString());
        // resume: raising the budget continues the study with the fixed values read back
        Files.writeString(cfg, Files.readString(cfg).replace("trials: 40", "trials: 60"));
        xhpo("run", cfg.toString(), "--out", out);
        assertEquals(60, SharedSpark.get().read().parquet(out + "/fx/trials").filter("noise1 = 0.25").count());
    }
}

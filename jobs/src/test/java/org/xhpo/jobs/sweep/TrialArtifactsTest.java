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
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.jobs.cli.XhpoMain;
import org.xhpo.jobs.testing.SharedSpark;

/**
 * {@code xhpo run} gives the objective its study's artifact directory: sdcmi with
 * {@code keep_output_sample: true} leaves {@code STUDY/artifacts/trial-<id>.csv} for every trial, one row
 * per point of its final set; without the setting there is no artifacts directory.
 */
class TrialArtifactsTest {
    @TempDir
    Path tmp;

    private Path run(String name, String extra) throws Exception {
        Path cfg = tmp.resolve(name + ".yaml");
        Files.writeString(cfg, "study: {name: " + name + ", seed: 8}\nobjective:\n  name: sdcmi\n  settings: {sample_size: 40,"
                + " iterations: 2" + extra + "}\nspace:\n  steps: {type: int, low: 2, high: 4}\n  epoch: {type: int, low: 1,"
                + " high: 2}\n  n_iters: {type: int, low: 20, high: 40}\nbudget: {trials: 4, batch_size: 2}\noutput: {dir: "
                + tmp.resolve("out") + "}\nanalysis: off\nreport: off\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, XhpoMain.execute(List.of("run", cfg.toString(), "--master", "local[2]"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));
        return tmp.resolve("out").resolve(name);
    }

    @Test
    void keptOutputSamplesLandUnderTheStudyOnePerTrial() throws Exception {
        Path study = run("kept", ", keep_output_sample: true");
        Set<String> files = new TreeSet<>();
        try (var s = Files.list(study.resolve("artifacts"))) {
            s.forEach(p -> files.add(p.getFileName().toString()));
        }
        assertEquals(Set.of("trial-0.csv", "trial-1.csv", "trial-2.csv", "trial-3.csv"), files);
        for (Row r : SharedSpark.get().read().parquet(study.resolve("trials").toString()).collectAsList()) {
            assertEquals("ok", r.getAs("status"), r.toString());
            long id = r.getAs("trial_id");
            double size = r.<scala.collection.Map<String, Double>>getAs("metrics").apply("final_size");
            List<String> lines = Files.readAllLines(study.resolve("artifacts/trial-" + id + ".csv"));
            assertEquals("x1,x2,y", lines.get(0));
            assertEquals((long) size, lines.size() - 1, "trial " + id + ": one row per point of the final set");
        }
        assertFalse(Files.exists(run("plain", "").resolve("artifacts")), "no artifacts unless asked");
        assertTrue(Files.exists(tmp.resolve("out/plain/trials")));
    }
}

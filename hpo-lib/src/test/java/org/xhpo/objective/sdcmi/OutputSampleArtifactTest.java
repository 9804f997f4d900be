package org.xhpo.objective.sdcmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.TrialContext;
import org.xhpo.objective.TrialRunner;
import org.xhpo.space.Configuration;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * {@code keep_output_sample}: the artifact is the final sample the trial's JS was computed on (the JS
 * recomputed from the file equals the value), it is written only when asked, and a write that fails
 * fails that trial alone.
 */
class OutputSampleArtifactTest {
    @TempDir
    Path tmp;

    private static final Configuration CONFIG = new Configuration(Map.of("steps", 10L, "hdif", 2L, "lr", 5e-3,
            "bs", 64L, "epoch", 5L, "drop", 0.1, "comp", 5L, "scale", 0.4, "delta", 1e-3, "n_iters", 100L));

    private static SdcmiObjective objective(Boolean keep) {
        Map<String, Object> s = new HashMap<>(Map.of("sample_size", 200, "iterations", 3));
        if (keep != null) {
            s.put("keep_output_sample", keep);
        }
        return new SdcmiObjective(s);
    }

    @Test
    void theArtifactIsTheFinalSampleTheValueWasComputedOn() throws Exception {
        Path dir = tmp.resolve("study/artifacts");
        Evaluation e = objective(true).evaluate(CONFIG, new TrialContext(7, 42, () -> false, dir));
        Path file = dir.resolve("trial-7.csv");
        List<String> lines = Files.readAllLines(file);
        assertEquals("x1,x2,y", lines.get(0));
        assertEquals(e.metrics().get("final_size").intValue(), lines.size() - 1);
        double[] x = new double[2 * (lines.size() - 1)];
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            x[2 * (i - 1)] = Double.parseDouble(f[0]);
            x[2 * (i - 1) + 1] = Double.parseDouble(f[1]);
            assertEquals(RosenbrockInversion.model(x[2 * (i - 1)], x[2 * (i - 1) + 1]), Double.parseDouble(f[2]), 0.0);
        }
        assertEquals(e.value(), InversionPipeline.outputDivergence(x), 0.0, "the file holds the sample of the JS");
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left");
        }
        // the artifact does not change the evaluation
        assertEquals(e.value(), objective(false).evaluate(CONFIG, TrialContext.of(7, 42)).value(), 0.0);
    }

    @Test
    void nothingIsWrittenUnlessAsked() throws Exception {
        Path dir = tmp.resolve("artifacts");
        objective(null).evaluate(CONFIG, new TrialContext(1, 42, () -> false, dir));
        objective(false).evaluate(CONFIG, new TrialContext(2, 42, () -> false, dir));
        assertFalse(Files.exists(dir));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> new SdcmiObjective(Map.of("keep_output_sample", "yes")));
        assertTrue(bad.getMessage().startsWith("objective.settings.keep_output_sample:"), bad.getMessage());
    }

    @Test
    void aFailingWriteFailsThatTrialOnly() throws Exception {
        Path blocked = tmp.resolve("blocked");
        Files.writeString(blocked, "a file where the directory should be");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> objective(true).evaluate(CONFIG, new TrialContext(3, 42, () -> false, blocked.resolve("artifacts"))));
        assertTrue(e.getMessage().startsWith("objective.settings.keep_output_sample: cannot write"), e.getMessage());

        TrialRunner failing = new TrialRunner(objective(true), 0, "local", List.of(), blocked.resolve("artifacts"));
        TrialResult r = failing.run(new Trial(3, 0, 42, CONFIG));
        assertEquals(TrialStatus.FAILED, r.status());
        assertTrue(r.error().contains("keep_output_sample"), r.error());
        TrialRunner fine = new TrialRunner(objective(true), 0, "local", List.of(), tmp.resolve("ok"));
        assertEquals(TrialStatus.OK, fine.run(new Trial(4, 0, 42, CONFIG)).status());
        assertTrue(Files.exists(tmp.resolve("ok/trial-4.csv")));
        // no artifact directory at all (a benchmark's context): the trial fails saying why
        TrialResult none = new TrialRunner(objective(true), 0, "local", List.of()).run(new Trial(5, 0, 42, CONFIG));
        assertEquals(TrialStatus.FAILED, none.status());
        assertTrue(none.error().contains("no artifact directory"), none.error());
        assertNull(TrialContext.of(1, 1).artifacts());
    }
}

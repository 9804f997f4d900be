package org.xhpo.jobs.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.config.ConfigException;
import org.xhpo.config.ConfigReader;
import org.xhpo.config.SweepConfig;
import org.xhpo.jobs.store.TrialTable;
import org.xhpo.jobs.testing.SharedSpark;

/**
 * {@code sampler: hypergradient} end to end on local[2]: the executors compute each trial's
 * hypergradient by the sampler's method (the metrics carry it), every chain step is a trial row, the
 * chains lower the validation loss, and a resumed study continues the chains exactly.
 */
class HypergradientSweepTest {
    @TempDir
    Path tmp;

    private static SweepConfig config(String out, int trials) {
        return ConfigReader.parse("study: {name: hg, seed: 3}\n"
                + "objective: {name: ridge_polynomial, settings: {samples: 24, degree: 6}}\n"
                + "space: {alpha: {type: float, low: 1.0e-8, high: 1.0e3, log: true}}\n"
                + "sampler: {name: hypergradient, settings: {method: hoag, chains: 4, lr: 0.1}}\n"
                + "budget: {trials: " + trials + ", batch_size: 4}\nanalysis: off\noutput: {dir: " + out + "}\n", "hg.yaml");
    }

    private static void run(SweepConfig c) throws Exception {
        new SweepDriver(SharedSpark.get(), c, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
    }

    private static List<Row> rows(SweepConfig c) {
        return new TrialTable(SharedSpark.get(), c.outputDir() + "/" + c.study(), c.study(), c.seed(), c.space()).read()
                .orderBy("trial_id").select("trial_id", "alpha", "value", "metrics").collectAsList();
    }

    @Test
    void chainsRunOnExecutorsAndResumeExactly() throws Exception {
        SweepConfig whole = config(tmp.resolve("whole").toString(), 16);
        run(whole);
        List<Row> all = rows(whole);
        assertEquals(16, all.size());
        for (Row r : all) {
            assertTrue(r.getJavaMap(3).containsKey("hypergrad_alpha"), "every trial carries its hypergradient");
        }
        double firstRound = all.subList(0, 4).stream().mapToDouble(r -> r.getDouble(2)).min().orElseThrow();
        double best = all.stream().mapToDouble(r -> r.getDouble(2)).min().orElseThrow();
        assertTrue(best < firstRound, "the chains lower the CV loss: " + firstRound + " -> " + best);

        SweepConfig half = config(tmp.resolve("half").toString(), 8);
        run(half);
        run(config(tmp.resolve("half").toString(), 16)); // resume with a larger budget
        assertEquals(all.toString(), rows(config(tmp.resolve("half").toString(), 16)).toString());
    }

    /** With {@code method: unrolled} each executor trains the T-step iterate from the trial seed and reports it. */
    @Test
    void unrolledTrialsReportTheIterateTrainedFromTheTrialSeed() throws Exception {
        SweepConfig c = ConfigReader.parse("study: {name: hgu, seed: 5}\n"
                + "objective: {name: ridge_polynomial, settings: {samples: 24, degree: 6}}\n"
                + "space: {alpha: {type: float, low: 1.0e-8, high: 1.0e3, log: true}}\n"
                + "sampler: {name: hypergradient, settings: {method: unrolled, chains: 2, steps: 40, inner_lr: 0.002, "
                + "init: seed}}\nbudget: {trials: 4, batch_size: 2}\nanalysis: off\noutput: {dir: " + tmp + "}\n",
                "u.yaml");
        run(c);
        List<Row> all = rows(c);
        assertEquals(4, all.size());
        org.xhpo.objective.HypergradientObjective o = new org.xhpo.objective.ridge.RidgePolynomialObjective(
                java.util.Map.of("samples", 24, "degree", 6));
        org.xhpo.hypergrad.HypergradientSpec spec = org.xhpo.sampler.hypergradient.HypergradientSampler
                .requestedHypergradient(c.sampler().name(), c.sampler().settings()).orElseThrow();
        for (Row r : all) {
            long id = r.getLong(0);
            long seed = org.xhpo.study.Seeds.derive(5, org.xhpo.study.Seeds.Purpose.TRIAL, id);
            org.xhpo.objective.Evaluation e = o.evaluateWithHypergradient(
                    new org.xhpo.space.Configuration(java.util.Map.of("alpha", r.getDouble(1))),
                    org.xhpo.objective.TrialContext.of(id, seed), spec);
            assertEquals(e.value(), r.getDouble(2), 1e-12, "trial " + id);
            assertEquals(e.metrics().get("hypergrad_alpha"), (Double) r.getJavaMap(3).get("hypergrad_alpha"), 1e-12);
        }
    }

    @Test
    void aBlackBoxObjectiveIsRefusedNamingTheSampler() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigReader.parse(
                "objective: branin\nsampler: {name: hypergradient}\nbudget: 8\n", "x.yaml"));
        assertTrue(e.getMessage().startsWith("sampler: hypergradient needs an objective implementing"), e.getMessage());
    }
}

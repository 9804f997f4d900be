package org.xhpo.sampler.fi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Condition;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

class FeatureImportanceSearchTest {
    private static final SearchSpace CUBE = new SearchSpace(List.of(
            new FloatParameter("x0", 0, 1, false, null, null),
            new FloatParameter("x1", 0, 1, false, null, null),
            new FloatParameter("x2", 0, 1, false, null, null)));

    /** Float (log, with a default), int, categorical and a conditional parameter. */
    private static final SearchSpace MIXED = new SearchSpace(List.of(
            new FloatParameter("lr", 1e-4, 1e-1, true, 1e-2, null),
            new IntParameter("layers", 1, 6, false, 1, null, null),
            new CategoricalParameter("opt", List.of("sgd", "adam"), null, null),
            new FloatParameter("momentum", 0, 1, false, null, new Condition(Map.of("opt", List.of("sgd")))),
            new FloatParameter("drop", 0, 0.5, false, null, null)));

    /** Σ (x_j − 0.1)²: optimum at low values, increasing in each x_j over most of the box. */
    private static double quadratic(Configuration c) {
        double s = 0;
        for (String name : List.of("x0", "x1", "x2")) {
            double d = c.getDouble(name) - 0.1;
            s += d * d;
        }
        return s;
    }

    private static double mixedObjective(Configuration c) {
        double v = Math.pow(Math.log10(c.getDouble("lr")) + 3, 2) + 0.1 * c.getDouble("layers")
                + 2 * c.getDouble("drop") + ("adam".equals(c.get("opt")) ? 0.3 : 0.0);
        return c.has("momentum") ? v + Math.abs(c.getDouble("momentum") - 0.9) : v;
    }

    private static final Map<String, Object> SMALL = Map.of("k", 12, "n", 300, "probe", 20, "bs", 8, "alpha", 0.01);

    private static FeatureImportanceSearch mixed(long seed) {
        return new FeatureImportanceSearch(MIXED, Direction.MINIMIZE, seed, SMALL);
    }

    @Test
    void probesDescendASeparableQuadratic() {
        for (String model : List.of("linear", "mlp")) {
            FeatureImportanceSearch s = new FeatureImportanceSearch(CUBE, Direction.MINIMIZE, 42,
                    Map.of("k", 50, "n", 2000, "probe", 100, "alpha", 0.01, "model", model));
            List<TrialResult> results = StudyHarness.run(s, 8, 0, FeatureImportanceSearchTest::quadratic, id -> false);
            List<double[]> probes = s.probeTrajectory();
            assertEquals(21, probes.size());
            double first = quadratic(CUBE.fromUnit(probes.get(0)));
            double last = quadratic(CUBE.fromUnit(probes.get(probes.size() - 1)));
            assertTrue(last < first, model + ": last probe " + last + " is not better than the first " + first);
            // the probes actually proposed (after the 1 + K phase-1 trials) descend the same way
            List<TrialResult> proposedProbes = results.subList(51, results.size());
            assertFalse(proposedProbes.isEmpty());
            assertTrue(proposedProbes.get(proposedProbes.size() - 1).value() < proposedProbes.get(0).value(), model);
            assertTrue(results.size() <= s.trialsNeeded());
        }
    }

    @Test
    void maximizingTheNegatedObjectiveFollowsTheSameTrajectory() {
        Map<String, Object> settings = Map.of("k", 20, "n", 400, "probe", 50, "alpha", 0.01);
        FeatureImportanceSearch min = new FeatureImportanceSearch(CUBE, Direction.MINIMIZE, 5, settings);
        FeatureImportanceSearch max = new FeatureImportanceSearch(CUBE, Direction.MAXIMIZE, 5, settings);
        StudyHarness.run(min, 10, 0, FeatureImportanceSearchTest::quadratic, id -> false);
        StudyHarness.run(max, 10, 0, c -> -quadratic(c), id -> false);
        assertTrajectoriesEqual(min.probeTrajectory(), max.probeTrajectory());
    }

    @Test
    void paperSettingsGive101ProbesAnd202Trials() {
        // Obonyo et al., Experiments: K = 100, α = 0.001, probe = 100, N = 10K; bs = 32 (XHPO's:
        // docs/methods/fi-random-search.md, 'The corrections', 3)
        FeatureImportanceSearch s = new FeatureImportanceSearch(MIXED, Direction.MINIMIZE, 1,
                Map.of("k", 100, "alpha", 0.001, "n", 10_000, "probe", 100, "bs", 32));
        assertEquals(202, s.trialsNeeded());
        assertEquals(s.trialsNeeded(), new FeatureImportanceSearch(MIXED, Direction.MINIMIZE, 1, Map.of()).trialsNeeded());
        List<Integer> rounds = new ArrayList<>();
        long id = 0;
        while (id < 101) {
            List<Configuration> batch = s.ask(32, new SplittableRandom(id));
            rounds.add(batch.size());
            List<TrialResult> results = new ArrayList<>();
            for (Configuration c : batch) {
                results.add(StudyHarness.ok(id++, c, mixedObjective(c)));
            }
            s.tell(results);
        }
        assertEquals(List.of(32, 32, 32, 5), rounds);
        assertEquals(101, s.probeTrajectory().size());
        assertEquals(100, s.trainingPairs());
        List<TrialResult> rest = StudyHarness.run(s, 32, 101, FeatureImportanceSearchTest::mixedObjective, i -> false);
        assertTrue(rest.size() >= 1 && rest.size() <= 101, "probes proposed: " + rest.size());
        for (double[] lambda : s.probeTrajectory()) {
            for (double v : lambda) {
                assertTrue(v >= 1e-3 && v <= 1, "Λ outside [1e-3, 1]: " + v);
            }
        }
    }

    @Test
    void firstTrialIsTheInitialPointFromDefaultsElseRandomFromTheSeed() {
        // lr has default 1e-2 at every seed; the others are drawn from the study seed ("randomly selected
        // hyperparameters", the seed's §3): the same at the same seed, not the middle of the box at all seeds
        Set<Object> drops = new HashSet<>();
        for (long seed = 0; seed < 8; seed++) {
            Configuration first = mixed(seed).ask(1, new SplittableRandom(0)).get(0);
            assertEquals(1e-2, first.getDouble("lr"), 1e-12);
            assertEquals(first, mixed(seed).ask(1, new SplittableRandom(99)).get(0));
            drops.add(first.getDouble("drop"));
        }
        assertEquals(8, drops.size(), "drop should vary with the seed: " + drops);
        assertFalse(drops.contains(0.25), "0.25 is the old middle-of-the-box start");
    }

    @Test
    void askReturnsAtMostNAndNeverMixesPhases() {
        FeatureImportanceSearch s = mixed(9);
        List<Integer> sizes = new ArrayList<>();
        long id = 0;
        for (int round = 0; round < 5; round++) {
            List<Configuration> batch = s.ask(5, new SplittableRandom(round));
            sizes.add(batch.size());
            List<TrialResult> results = new ArrayList<>();
            for (Configuration c : batch) {
                results.add(StudyHarness.ok(id++, c, mixedObjective(c)));
            }
            s.tell(results);
        }
        assertEquals(5, sizes.get(0));
        assertEquals(5, sizes.get(1));
        assertEquals(3, sizes.get(2)); // 1 + K = 13: the rest of phase 1, no probe mixed in
        assertTrue(sizes.get(3) <= 5 && sizes.get(3) >= 1);
        assertThrows(IllegalArgumentException.class, () -> s.ask(0, new SplittableRandom(0)));
    }

    @Test
    void askingForProbesBeforePhaseOneIsToldIsRefused() {
        FeatureImportanceSearch s = mixed(9);
        assertEquals(13, s.ask(20, new SplittableRandom(0)).size());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.ask(1, new SplittableRandom(1)));
        assertTrue(e.getMessage().contains("only 0 were told"), e.getMessage());
        assertTrue(s.probeTrajectory().isEmpty());
    }

    @Test
    void resumedSamplerProposesExactlyTheRemainingConfigurations() {
        FeatureImportanceSearch original = mixed(17);
        List<TrialResult> all = StudyHarness.run(original, 5, 0, FeatureImportanceSearchTest::mixedObjective,
                id -> id % 7 == 3);
        assertTrue(all.size() > 13, "the run should reach the probes");
        for (int cut : new int[] {0, 3, 5, 12, 13, 14, 16, all.size() - 1, all.size()}) {
            FeatureImportanceSearch resumed = mixed(17);
            List<TrialResult> told = new ArrayList<>(all.subList(0, cut));
            Collections.shuffle(told, new Random(cut));
            resumed.tell(told.subList(0, cut / 2));
            resumed.tell(told);                      // re-telling is idempotent
            List<TrialResult> rest = StudyHarness.run(resumed, 3, cut, FeatureImportanceSearchTest::mixedObjective,
                    id -> id % 7 == 3);
            assertEquals(configs(all.subList(cut, all.size())), configs(rest), "resumed after " + cut + " trials");
        }
    }

    @Test
    void sameSeedReproducesAndAnotherSeedDiffers() {
        FeatureImportanceSearch a = mixed(21);
        FeatureImportanceSearch b = mixed(21);
        FeatureImportanceSearch c = mixed(22);
        List<TrialResult> ra = StudyHarness.run(a, 4, 0, FeatureImportanceSearchTest::mixedObjective, id -> false);
        List<TrialResult> rb = StudyHarness.run(b, 6, 0, FeatureImportanceSearchTest::mixedObjective, id -> false);
        List<TrialResult> rc = StudyHarness.run(c, 4, 0, FeatureImportanceSearchTest::mixedObjective, id -> false);
        assertEquals(configs(ra), configs(rb));
        assertTrajectoriesEqual(a.probeTrajectory(), b.probeTrajectory());
        assertNotEquals(configs(ra.subList(1, 13)), configs(rc.subList(1, 13)));
        assertFalse(a.probeTrajectory().get(3)[4] == c.probeTrajectory().get(3)[4]);
    }

    @Test
    void failedTrialsAreDroppedFromTheTrainingPairs() {
        FeatureImportanceSearch failed = mixed(8);
        FeatureImportanceSearch timedOut = mixed(8);
        List<TrialResult> rf = StudyHarness.run(failed, 5, 0, FeatureImportanceSearchTest::mixedObjective,
                id -> id == 0 || id == 2 || id == 5 || id == 11);
        assertEquals(9, failed.trainingPairs()); // K = 12 minus the failed random trials 2, 5, 11
        // the same trials timing out instead: the same (dropped) training set, the same probes
        List<TrialResult> phaseOne = new ArrayList<>();
        for (TrialResult r : rf.subList(0, 13)) {
            phaseOne.add(r.ok() ? r : StudyHarness.notOk(r.trial().id(), r.trial().config(), TrialStatus.TIMEOUT));
        }
        timedOut.ask(13, new SplittableRandom(0));
        timedOut.tell(phaseOne);
        assertTrajectoriesEqual(failed.probeTrajectory(), timedOut.probeTrajectory());
        for (double[] lambda : failed.probeTrajectory()) {
            for (double v : lambda) {
                assertTrue(v >= 1e-3 && v <= 1);
            }
        }
    }

    @Test
    void withEveryRandomTrialFailedNothingMovesAndTheRunEnds() {
        FeatureImportanceSearch s = mixed(8);
        List<TrialResult> all = StudyHarness.run(s, 5, 0, FeatureImportanceSearchTest::mixedObjective,
                id -> id >= 1 && id <= 12);
        assertEquals(0, s.trainingPairs());
        assertEquals(13, all.size()); // every probe decodes to the initial configuration: skipped
        assertEquals(16, s.probeTrajectory().size());
    }

    @Test
    void proposalsHoldNoDuplicatesWithinTheRun() {
        // a small discrete space: probes that decode to a configuration already tried are skipped
        SearchSpace discrete = new SearchSpace(List.of(
                new IntParameter("a", 1, 4, false, 1, null, null),
                new CategoricalParameter("b", List.of("x", "y", "z"), null, null)));
        FeatureImportanceSearch s = new FeatureImportanceSearch(discrete, Direction.MINIMIZE, 4,
                Map.of("k", 6, "n", 2000, "probe", 10, "alpha", 0.05));
        List<TrialResult> all = StudyHarness.run(s, 4, 0,
                c -> c.getDouble("a") + ("z".equals(c.get("b")) ? 2 : 0), id -> false);
        List<Configuration> probes = configs(all.subList(7, all.size()));
        assertEquals(probes.size(), new HashSet<>(probes).size());
        assertTrue(probes.size() < 201);
    }

    @Test
    void settingsDefaultsAreThePapers() {
        FeatureImportanceSettings s = new FeatureImportanceSearch(CUBE, Direction.MINIMIZE, 0, null).settings();
        assertEquals(new FeatureImportanceSettings(100, 0.001, 10_000, 32, 100,
                FeatureImportanceSettings.Model.LINEAR, 16, FeatureImportanceSettings.Mode.PAPER, 8, 16, 0.0, 0,
                LossTransform.STANDARDIZE, ImportanceScope.GLOBAL, 101), s);
    }

    @Test
    void badSettingsNameTheKeyTheRuleAndWhatWasFound() {
        assertMessage(Map.of("kk", 5), "sampler.settings.kk: ", "unknown setting; allowed: [alpha, bs, explore, importance, intensify, k,");
        assertMessage(Map.of("k", 0), "sampler.settings.k: ", "must be >= 1, got 0");
        assertMessage(Map.of("n", -1), "sampler.settings.n: ", "must be >= 0, got -1");
        assertMessage(Map.of("bs", 2.5), "sampler.settings.bs: ", "expected a whole number, got 2.5");
        assertMessage(Map.of("probe", 0), "sampler.settings.probe: ", "must be >= 1, got 0");
        assertMessage(Map.of("alpha", -0.1), "sampler.settings.alpha: ", "must be a finite number > 0, got -0.1");
        assertMessage(Map.of("alpha", "big"), "sampler.settings.alpha: ", "expected a finite number, got big");
        assertMessage(Map.of("model", "tree"), "sampler.settings.model: ", "expected one of [linear, mlp], got 'tree'");
        assertMessage(Map.of("mlp_hidden", 8), "sampler.settings.mlp_hidden: ",
                "only applies to model 'mlp', got model 'linear'");
        assertMessage(Map.of("model", "mlp", "mlp_hidden", 0), "sampler.settings.mlp_hidden: ", "must be >= 1, got 0");
        assertMessage(Map.of("mode", "fast"), "sampler.settings.mode: ",
                "expected one of [paper, adaptive], got 'fast'");
        assertMessage(Map.of("ladder", 4), "sampler.settings.ladder: ",
                "only applies to mode 'adaptive', got mode 'paper'");
        assertMessage(Map.of("mode", "paper", "patience", 4), "sampler.settings.patience: ",
                "only applies to mode 'adaptive', got mode 'paper'");
        assertMessage(Map.of("mode", "adaptive", "ladder", 0), "sampler.settings.ladder: ", "must be >= 1, got 0");
        assertMessage(Map.of("mode", "adaptive", "patience", -2), "sampler.settings.patience: ",
                "must be >= 1, got -2");
        assertMessage(Map.of("explore", 0.2), "sampler.settings.explore: ",
                "only applies to mode 'adaptive', got mode 'paper'");
        assertMessage(Map.of("mode", "adaptive", "explore", 1.0), "sampler.settings.explore: ",
                "must be a number in [0, 1), got 1.0");
        assertMessage(Map.of("mode", "adaptive", "explore", -0.1), "sampler.settings.explore: ",
                "must be a number in [0, 1), got -0.1");
        assertMessage(Map.of("intensify", 1), "sampler.settings.intensify: ",
                "only applies to mode 'adaptive', got mode 'paper'");
        assertMessage(Map.of("mode", "adaptive", "intensify", -1), "sampler.settings.intensify: ", "must be >= 0, got -1");
        assertMessage(Map.of("mode", "adaptive", "ladder", 4, "intensify", 4), "sampler.settings.intensify: ",
                "must be an integer in [0, ladder) = [0, 4), got 4");
        assertMessage(Map.of("loss_transform", "normal_scores"), "sampler.settings.loss_transform: ",
                "only applies to mode 'adaptive', got mode 'paper'");
        assertMessage(Map.of("mode", "adaptive", "loss_transform", "ranks"), "sampler.settings.loss_transform: ",
                "expected one of [standardize, normal_scores], got 'ranks'");
        assertMessage(Map.of("importance", "local"), "sampler.settings.importance: ",
                "only applies to mode 'adaptive', got mode 'paper'");
        assertMessage(Map.of("mode", "adaptive", "importance", "nearby"), "sampler.settings.importance: ",
                "expected one of [global, local], got 'nearby'");
        assertMessage(Map.of("mode", "adaptive", "importance", "local", "neighbours", 1), "sampler.settings.neighbours: ",
                "must be >= 2, got 1");
        assertMessage(Map.of("mode", "adaptive", "importance", "global", "neighbours", 12), "sampler.settings.neighbours: ",
                "only applies to importance 'local', got importance 'global'");
    }

    @Test
    void adaptiveModeDefaultsKeepThePapersExceptKAlphaAndTheLocalImportance() {
        FeatureImportanceSettings s = new FeatureImportanceSearch(CUBE, Direction.MINIMIZE, 0,
                Map.of("mode", "adaptive")).settings();
        assertEquals(new FeatureImportanceSettings(30, 10.0, 10_000, 32, 100,
                FeatureImportanceSettings.Model.LINEAR, 16, FeatureImportanceSettings.Mode.ADAPTIVE, 8, 16, 0.0, 0,
                LossTransform.STANDARDIZE, ImportanceScope.LOCAL, 31), s);
        assertEquals(1 + 30 + 8 * 100, s.trialsNeeded());
    }

    private static void assertMessage(Map<String, Object> settings, String prefix, String detail) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FeatureImportanceSearch(CUBE, Direction.MINIMIZE, 0, settings));
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
    }

    private static List<Configuration> configs(List<TrialResult> results) {
        List<Configuration> out = new ArrayList<>();
        results.forEach(r -> out.add(r.trial().config()));
        return out;
    }

    private static void assertTrajectoriesEqual(List<double[]> a, List<double[]> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i), 0.0, "probe " + i);
        }
    }
}

package org.xhpo.sampler.fi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Condition;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/** The mechanics of {@code mode: adaptive} ({@link AdaptiveProbes}). */
class AdaptiveModeTest {
    private static final SearchSpace MIXED = new SearchSpace(List.of(
            new FloatParameter("lr", 1e-4, 1e-1, true, 1e-2, null),
            new IntParameter("layers", 1, 6, false, 1, null, null),
            new CategoricalParameter("opt", List.of("sgd", "adam"), null, null),
            new FloatParameter("momentum", 0, 1, false, null, new Condition(Map.of("opt", List.of("sgd")))),
            new FloatParameter("drop", 0, 0.5, false, null, null)));

    private static double objective(Configuration c) {
        double v = Math.pow(Math.log10(c.getDouble("lr")) + 3, 2) + 0.1 * c.getDouble("layers")
                + 2 * c.getDouble("drop") + ("adam".equals(c.get("opt")) ? 0.3 : 0.0);
        return c.has("momentum") ? v + Math.abs(c.getDouble("momentum") - 0.9) : v;
    }

    private static FeatureImportanceSearch adaptive(long seed, Object... extra) {
        Map<String, Object> s = new HashMap<>(Map.of("mode", "adaptive", "k", 10, "n", 1200, "probe", 50, "bs", 8));
        for (int i = 0; i < extra.length; i += 2) {
            s.put((String) extra[i], extra[i + 1]);
        }
        return new FeatureImportanceSearch(MIXED, Direction.MINIMIZE, seed, s);
    }

    @Test
    void probeResultsJoinTheTrainingPairsAndChangeTheNextLadder() {
        FeatureImportanceSearch s = adaptive(3);
        List<TrialResult> phaseOne = tellAll(s, 11, AdaptiveModeTest::objective, 0);
        long okPhaseOne = phaseOne.stream().filter(TrialResult::ok).count();
        List<Configuration> ladder0 = s.ask(8, new SplittableRandom(0));
        assertEquals(8, ladder0.size());
        assertEquals(okPhaseOne, s.trainingPairs(), "Λ₀ and the K random trials are the first pairs");
        // the ladder's results are told (one fails): the 7 ok probes become pairs before the next ladder
        List<TrialResult> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Configuration c = ladder0.get(i);
            results.add(i == 2 ? StudyHarness.notOk(11 + i, c, org.xhpo.study.TrialStatus.FAILED)
                    : StudyHarness.ok(11 + i, c, objective(c)));
        }
        s.tell(results);
        List<Configuration> ladder1 = s.ask(8, new SplittableRandom(1));
        assertEquals(okPhaseOne + 7, s.trainingPairs());

        // the same phase one and first ladder with other probe outcomes: a different second ladder
        FeatureImportanceSearch other = adaptive(3);
        tellAll(other, 11, AdaptiveModeTest::objective, 0);
        List<Configuration> again = other.ask(8, new SplittableRandom(0));
        assertEquals(ladder0, again);
        List<TrialResult> flipped = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            flipped.add(StudyHarness.ok(11 + i, again.get(i), -10.0 * (i + 1)));
        }
        other.tell(flipped);
        assertNotEquals(ladder1, other.ask(8, new SplittableRandom(1)));
        assertArrayEquals(bestUnit(flipped), other.adaptive().lambda(), 1e-12,
                "a new best from the ladder becomes the next path's origin");
    }

    @Test
    void noConfigurationIsProposedTwiceWithinOrAcrossLadders() {
        FeatureImportanceSearch s = adaptive(5);
        List<TrialResult> all = StudyHarness.run(s, 8, 0, AdaptiveModeTest::objective, id -> id % 9 == 4);
        assertEquals(11 + 8 * 24, all.size(), "N / probe = 24 ladders of 8");
        EvaluatedConfigurations seen = new EvaluatedConfigurations(MIXED);
        for (TrialResult r : all) {
            assertTrue(seen.add(r.trial().config()), "repeated: " + r.trial().config());
        }
    }

    @Test
    void aSmallDiscreteSpaceIsExhaustedWithoutRepeatsAndTheRunEnds() {
        SearchSpace discrete = new SearchSpace(List.of(
                new IntParameter("a", 1, 4, false, 1, null, null),
                new CategoricalParameter("b", List.of("x", "y", "z"), null, null)));
        FeatureImportanceSearch s = new FeatureImportanceSearch(discrete, Direction.MINIMIZE, 4,
                Map.of("mode", "adaptive", "k", 3, "n", 2000, "probe", 10));
        List<TrialResult> all = StudyHarness.run(s, 5, 0,
                c -> c.getDouble("a") + ("z".equals(c.get("b")) ? 2 : 0), id -> false);
        List<Configuration> configs = new ArrayList<>();
        all.forEach(r -> configs.add(r.trial().config()));
        assertEquals(12, new HashSet<>(configs).size());
        assertEquals(12, configs.size(), "all 4 x 3 configurations, each once, then the run ends");
    }

    @Test
    void aStalledPathRestartsFromTheBest() {
        // a flat objective never gives a new best after phase one; a small α keeps the path off the bounds,
        // so only the stall (patience 16 = two ladders of 8) restarts it (the global importance's path: with
        // local importance Λ never leaves the best)
        FeatureImportanceSearch s = adaptive(7, "alpha", 0.001, "patience", 16, "importance", "global");
        List<TrialResult> phaseOne = tellAll(s, 11, c -> c.getDouble("layers") == 1 ? 0.0 : 1.0, 0);
        double[] best = bestUnit(phaseOne);
        long id = 11;
        for (int ladder = 0; ladder <= 4; ladder++) {
            List<Configuration> cs = s.ask(8, new SplittableRandom(ladder)); // absorbs the previous ladder
            assertEquals(8, cs.size());
            assertEquals(ladder / 2, s.adaptive().restarts(), "after " + ladder + " ladders");
            if (ladder % 2 == 0) {
                assertArrayEquals(best, s.adaptive().lambda(), 1e-12, "at the best after " + ladder + " ladders");
            } else {
                assertTrue(maxAbsDiff(best, s.adaptive().lambda()) > 0, "the path moved on");
            }
            List<TrialResult> rs = new ArrayList<>();
            for (Configuration c : cs) {
                rs.add(StudyHarness.ok(id++, c, 5.0));
            }
            s.tell(rs);
        }
    }

    @Test
    void aPathThatHitsABoundRestartsFromTheBestAtOnce() {
        // α = 10: the first path of the global importance drives its coordinates to the bounds within a few iterations
        FeatureImportanceSearch s = adaptive(7, "alpha", 10.0, "patience", 1000, "importance", "global");
        List<TrialResult> phaseOne = tellAll(s, 11, AdaptiveModeTest::objective, 0);
        double[] best = bestUnit(phaseOne);
        List<Configuration> cs = s.ask(8, new SplittableRandom(1));
        List<TrialResult> rs = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            rs.add(StudyHarness.ok(11 + i, cs.get(i), 100.0));
        }
        s.tell(rs);
        s.ask(1, new SplittableRandom(2));
        assertEquals(1, s.adaptive().restarts());
        assertArrayEquals(best, s.adaptive().lambda(), 1e-12);
    }

    @Test
    void sameSeedSameRunWhateverTheBatchSizeAnotherSeedAnotherRun() {
        List<Configuration> a = configs(StudyHarness.run(adaptive(11), 8, 0, AdaptiveModeTest::objective, id -> false));
        List<Configuration> b = configs(StudyHarness.run(adaptive(11), 3, 0, AdaptiveModeTest::objective, id -> false));
        List<Configuration> c = configs(StudyHarness.run(adaptive(12), 8, 0, AdaptiveModeTest::objective, id -> false));
        assertEquals(a, b);
        assertNotEquals(a.subList(11, 30), c.subList(11, 30));
    }

    @Test
    void aSamplerRebuiltFromTheToldTrialsProposesWhatTheUninterruptedOneDoes() {
        List<TrialResult> all = StudyHarness.run(adaptive(17), 5, 0, AdaptiveModeTest::objective, id -> id % 7 == 3);
        assertTrue(all.size() > 100);
        for (int cut : new int[] {0, 7, 11, 12, 19, 40, 43, 51, all.size() - 1, all.size()}) {
            FeatureImportanceSearch resumed = adaptive(17);
            List<TrialResult> told = new ArrayList<>(all.subList(0, cut));
            Collections.shuffle(told, new Random(cut));
            resumed.tell(told.subList(0, cut / 2));
            resumed.tell(told); // re-telling is idempotent
            List<TrialResult> rest = StudyHarness.run(resumed, 5, cut, AdaptiveModeTest::objective, id -> id % 7 == 3);
            assertEquals(configs(all.subList(cut, all.size())), configs(rest), "resumed after " + cut + " trials");
        }
    }

    @Test
    void askingPastAnUntoldLadderIsRefused() {
        FeatureImportanceSearch s = adaptive(2);
        tellAll(s, 11, AdaptiveModeTest::objective, 0);
        assertEquals(8, s.ask(20, new SplittableRandom(0)).size(), "a round hands out at most one ladder");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.ask(1, new SplittableRandom(1)));
        assertTrue(e.getMessage().contains("only 0 were told"), e.getMessage());
    }

    @Test
    void theAdaptiveModeFindsABetterConfigurationThanItsRandomTrials() {
        FeatureImportanceSearch s = adaptive(23);
        List<TrialResult> all = StudyHarness.run(s, 8, 0, AdaptiveModeTest::objective, id -> false);
        double randomBest = all.subList(0, 11).stream().mapToDouble(TrialResult::value).min().orElseThrow();
        double probeBest = all.subList(11, all.size()).stream().mapToDouble(TrialResult::value).min().orElseThrow();
        assertTrue(probeBest < randomBest - 0.1, "probes " + probeBest + " vs random trials " + randomBest);
    }

    @Test
    void exploreZeroIsTheModeWithoutIt() {
        assertEquals(configs(StudyHarness.run(adaptive(31), 8, 0, AdaptiveModeTest::objective, id -> false)),
                configs(StudyHarness.run(adaptive(31, "explore", 0.0), 8, 0, AdaptiveModeTest::objective, id -> false)));
    }

    @Test
    void exploreReplacesTheEndOfEachLadderByUniformPointsThatAreNeverRepeated() {
        // explore 0.25 of a ladder of 8: the last 2 points of every ladder are uniform draws; the first 6 stay
        // near the ladder's origin along one direction, so over the run the two groups differ in spread
        FeatureImportanceSearch s = adaptive(13, "explore", 0.25);
        List<TrialResult> all = StudyHarness.run(s, 8, 0, AdaptiveModeTest::objective, id -> id % 9 == 4);
        assertEquals(11 + 8 * 24, all.size(), "the ladders keep their length");
        EvaluatedConfigurations seen = new EvaluatedConfigurations(MIXED);
        all.forEach(r -> assertTrue(seen.add(r.trial().config()), "repeated: " + r.trial().config()));
        int low = 0;
        int draws = 0;
        for (int i = 11; i < all.size(); i++) {
            if ((i - 11) % 8 >= 6) {
                draws++;
                low += TrainingPairs.encode(MIXED, all.get(i))[4] < 0.5 ? 1 : 0; // drop's unit coordinate
            }
        }
        assertEquals(48, draws);
        assertTrue(low >= 12 && low <= 36, "uniform draws fall on both halves of drop's range: " + low + " of 48");
        assertEquals(2, s.settings().exploreCount(8));
        assertEquals(0, s.settings().exploreCount(1), "a ladder of one point stays on the path");
    }

    @Test
    void exploreFindsTheNarrowBasinALocalPathMisses() {
        // a wide shallow basin around drop = 0.2 and a narrow deep one at drop = 0.9, lr = 1e-2: phase one
        // (k = 10) rarely samples the narrow one, so without explore the ladders stay in the wide basin
        ToDoubleFunction<Configuration> twoBasins = c -> {
            double d = c.getDouble("drop") / 0.5;
            double l = (Math.log10(c.getDouble("lr")) + 4) / 3;
            double narrow = 20 * (Math.pow(d - 0.9, 2) + Math.pow(l - 0.667, 2));
            return Math.min(0.5 + Math.pow(d - 0.2, 2), narrow);
        };
        int foundWith = 0;
        int foundWithout = 0;
        for (long seed = 0; seed < 20; seed++) {
            foundWith += best(StudyHarness.run(adaptive(seed, "explore", 0.5, "n", 500), 8, 0, twoBasins, id -> false))
                    < 0.3 ? 1 : 0;
            foundWithout += best(StudyHarness.run(adaptive(seed, "n", 500), 8, 0, twoBasins, id -> false))
                    < 0.3 ? 1 : 0;
        }
        assertTrue(foundWith > foundWithout, "narrow basin found with explore " + foundWith + ", without "
                + foundWithout + " of 20 seeds");
    }

    @Test
    void withNormalScoresTheRunIsTheSameForAnyIncreasingFunctionOfTheObjective() {
        ToDoubleFunction<Configuration> warped = c -> Math.exp(3 * objective(c)) - 5;
        for (long seed : new long[] {5, 6}) {
            assertEquals(configs(StudyHarness.run(adaptive(seed, "loss_transform", "normal_scores"), 8, 0,
                            AdaptiveModeTest::objective, id -> id % 11 == 7)),
                    configs(StudyHarness.run(adaptive(seed, "loss_transform", "normal_scores"), 8, 0, warped,
                            id -> id % 11 == 7)));
            // standardized losses see the values: the same warp changes the importance direction and the run
            assertNotEquals(configs(StudyHarness.run(adaptive(seed), 8, 0, AdaptiveModeTest::objective, id -> false)),
                    configs(StudyHarness.run(adaptive(seed), 8, 0, warped, id -> false)));
        }
    }

    @Test
    void standardizeIsTheDefaultAndNormalScoresChangeTheRun() {
        int changed = 0;
        for (long seed = 9; seed < 13; seed++) {
            List<Configuration> byDefault = configs(StudyHarness.run(adaptive(seed), 8, 0,
                    AdaptiveModeTest::objective, id -> false));
            assertEquals(byDefault, configs(StudyHarness.run(adaptive(seed, "loss_transform", "standardize"), 8, 0,
                    AdaptiveModeTest::objective, id -> false)));
            List<Configuration> scored = configs(StudyHarness.run(adaptive(seed, "loss_transform", "normal_scores"),
                    8, 0, AdaptiveModeTest::objective, id -> false));
            assertEquals(byDefault.subList(0, 11), scored.subList(0, 11), "phase one does not fit W");
            changed += byDefault.equals(scored) ? 0 : 1;
        }
        // the ranks move the importance direction, so the ladders differ at most seeds (the sign of each
        // coordinate's step can agree at some)
        assertTrue(changed >= 2, "normal scores changed the run at " + changed + " of 4 seeds");
    }

    private static double best(List<TrialResult> rs) {
        return rs.stream().filter(TrialResult::ok).mapToDouble(TrialResult::value).min().orElseThrow();
    }

    /** Asks and tells the first n trials (phase one) with f. */
    private static List<TrialResult> tellAll(FeatureImportanceSearch s, int n, ToDoubleFunction<Configuration> f,
                                             long firstId) {
        List<Configuration> cs = s.ask(n, new SplittableRandom(0));
        assertEquals(n, cs.size());
        List<TrialResult> rs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rs.add(StudyHarness.ok(firstId + i, cs.get(i), f.applyAsDouble(cs.get(i))));
        }
        s.tell(rs);
        return rs;
    }

    private static double[] bestUnit(List<TrialResult> rs) {
        TrialResult best = rs.stream().min((x, y) -> Double.compare(x.value(), y.value())).orElseThrow();
        double[] u = TrainingPairs.encode(MIXED, best);
        for (int j = 0; j < u.length; j++) {
            u[j] = ImportanceTrajectory.clip(u[j]);
        }
        return u;
    }

    private static double maxAbsDiff(double[] a, double[] b) {
        double m = 0;
        for (int j = 0; j < a.length; j++) {
            m = Math.max(m, Math.abs(a[j] - b[j]));
        }
        return m;
    }

    private static List<Configuration> configs(List<TrialResult> results) {
        List<Configuration> out = new ArrayList<>();
        results.forEach(r -> out.add(r.trial().config()));
        return out;
    }
}

package org.xhpo.sampler.fi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/** The adaptive mode with {@code importance: local} ({@link AdaptiveProbes}, {@link LocalLinearImportance}). */
class AdaptiveLocalImportanceTest {
    private static final SearchSpace CUBE = new SearchSpace(List.of(
            new FloatParameter("a", 0, 1, false, null, null),
            new FloatParameter("b", 0, 1, false, null, null),
            new FloatParameter("c", 0, 1, false, null, null),
            new IntParameter("n", 1, 40, false, 1, null, null)));

    private static double linear(Configuration c) {
        return 3 * c.getDouble("a") - 2 * c.getDouble("b") + c.getDouble("c") + 0.01 * c.getDouble("n");
    }

    /** A bowl whose minimum lies inside the box, where the whole box's linear trend is nearly flat. */
    private static double bowl(Configuration c) {
        return Math.pow(c.getDouble("a") - 0.37, 2) + Math.pow(c.getDouble("b") - 0.61, 2)
                + Math.pow(c.getDouble("c") - 0.45, 2) + Math.pow((c.getDouble("n") - 22) / 39.0, 2);
    }

    private static FeatureImportanceSearch local(long seed, Object... extra) {
        Map<String, Object> s = new HashMap<>(Map.of("mode", "adaptive", "k", 20, "n", 1000, "probe", 100,
                "importance", "local"));
        for (int i = 0; i < extra.length; i += 2) {
            s.put((String) extra[i], extra[i + 1]);
        }
        return new FeatureImportanceSearch(CUBE, Direction.MINIMIZE, seed, s);
    }

    @Test
    void theFirstLaddersFirstRayDescendsFromTheBestRandomTrialAlongMinusTheSlope() {
        FeatureImportanceSearch s = local(4);
        List<TrialResult> phaseOne = tell(s, s.ask(21, new SplittableRandom(0)), 0, AdaptiveLocalImportanceTest::linear);
        TrialResult best = phaseOne.stream().min((x, y) -> Double.compare(x.value(), y.value())).orElseThrow();
        List<Configuration> ladder = s.ask(8, new SplittableRandom(1));
        assertEquals(8, ladder.size());
        double[] origin = TrainingPairs.encode(CUBE, best);
        double[] first = null;
        for (int i = 0; i < 8; i += 2) { // ray 0 of two (LadderBuilder)
            Configuration c = ladder.get(i);
            assertTrue(linear(c) < best.value(), c + " does not descend from " + best.trial().config());
            double[] step = CUBE.toUnit(c);
            for (int j = 0; j < 3; j++) {
                step[j] -= origin[j];
            }
            double norm = Math.sqrt(step[0] * step[0] + step[1] * step[1] + step[2] * step[2]);
            double[] dir = {step[0] / norm, step[1] / norm, step[2] / norm};
            if (first == null) {
                first = dir;
            } else {
                assertArrayEquals(first, dir, 0.02, "the float coordinates of a ray lie on one line from its origin");
            }
        }
        assertTrue(first[0] < 0 && first[1] > 0 && first[2] < 0, "along −(3, −2, 1): " + Arrays.toString(first));
    }

    @Test
    void withoutANewBestTheNextLadderStartsFromTheSameIncumbent() {
        FeatureImportanceSearch s = local(5, "patience", 1000);
        List<TrialResult> phaseOne = tell(s, s.ask(21, new SplittableRandom(0)), 0, AdaptiveLocalImportanceTest::bowl);
        TrialResult best = phaseOne.stream().min((x, y) -> Double.compare(x.value(), y.value())).orElseThrow();
        double[] origin = TrainingPairs.encode(CUBE, best);
        for (int j = 0; j < origin.length; j++) {
            origin[j] = ImportanceTrajectory.clip(origin[j]);
        }
        List<Configuration> ladder0 = s.ask(8, new SplittableRandom(1));
        tell(s, ladder0, 21, c -> 100.0);
        List<Configuration> ladder1 = s.ask(8, new SplittableRandom(2));
        assertArrayEquals(origin, s.adaptive().lambda(), 1e-12);
        assertEquals(0, s.adaptive().restarts());
        assertNotEquals(ladder0, ladder1, "the failed ladder's points joined the fit and are never repeated");
    }

    @Test
    void sameSeedSameRunWhateverTheBatchSizeAndAResumedRunProposesTheRest() {
        List<TrialResult> all = StudyHarness.run(local(11), 8, 0, AdaptiveLocalImportanceTest::bowl, id -> id % 7 == 3);
        assertEquals(configs(all), configs(StudyHarness.run(local(11), 3, 0, AdaptiveLocalImportanceTest::bowl,
                id -> id % 7 == 3)));
        assertNotEquals(configs(all).subList(21, 40), configs(StudyHarness.run(local(12), 8, 0,
                AdaptiveLocalImportanceTest::bowl, id -> id % 7 == 3)).subList(21, 40));
        for (int cut : new int[] {15, 21, 26, 29, 60}) {
            FeatureImportanceSearch resumed = local(11);
            List<TrialResult> told = new ArrayList<>(all.subList(0, cut));
            Collections.shuffle(told, new Random(cut));
            resumed.tell(told);
            List<TrialResult> rest = StudyHarness.run(resumed, 5, cut, AdaptiveLocalImportanceTest::bowl,
                    id -> id % 7 == 3);
            assertEquals(configs(all.subList(cut, all.size())), configs(rest), "resumed after " + cut + " trials");
        }
    }

    @Test
    void onABowlInsideTheBoxTheLocalSlopeBeatsTheGlobalModel() {
        // the whole box's linear trend is nearly flat around an inner minimum, the slope near the best is not
        // (RESULTS §2c, "Local importances"): median best of 100 trials over 15 seeds
        double[] local = new double[15];
        double[] global = new double[15];
        for (int seed = 0; seed < 15; seed++) {
            local[seed] = best(StudyHarness.run(local(seed), 8, 0, AdaptiveLocalImportanceTest::bowl, id -> false), 100);
            global[seed] = best(StudyHarness.run(local(seed, "importance", "global"), 8, 0,
                    AdaptiveLocalImportanceTest::bowl, id -> false), 100);
        }
        Arrays.sort(local);
        Arrays.sort(global);
        assertTrue(local[7] < 0.5 * global[7], "median best: local " + local[7] + ", global " + global[7]);
    }

    private static double best(List<TrialResult> rs, int first) {
        return rs.subList(0, Math.min(first, rs.size())).stream().filter(TrialResult::ok)
                .mapToDouble(TrialResult::value).min().orElseThrow();
    }

    private static List<TrialResult> tell(FeatureImportanceSearch s, List<Configuration> cs, long firstId,
                                          ToDoubleFunction<Configuration> f) {
        List<TrialResult> rs = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            rs.add(StudyHarness.ok(firstId + i, cs.get(i), f.applyAsDouble(cs.get(i))));
        }
        s.tell(rs);
        return rs;
    }

    private static List<Configuration> configs(List<TrialResult> results) {
        List<Configuration> out = new ArrayList<>();
        results.forEach(r -> out.add(r.trial().config()));
        return out;
    }
}

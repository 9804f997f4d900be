package org.xhpo.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.sampler.gp.GpSampler;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Seeds;
import org.xhpo.study.TrialResult;

/** The auto sampler: the contract (its tree space goes to TPE), the rule, hand-over and resume. */
class AutoSamplerTest extends SamplerContract {
    @Override
    protected Sampler create(SearchSpace space, long seed) {
        return new AutoSampler(space, Direction.MINIMIZE, Map.of(), seed);
    }

    private static SearchSpace numeric() {
        return new SearchSpace(List.of(new FloatParameter("lr", 1e-5, 1e-1, true, null, null),
                new IntParameter("batch", 32, 256, false, 32, null, null),
                new CategoricalParameter("nesterov", List.of(true, false), null, null)));
    }

    private static double f(Configuration c) {
        double v = Math.abs(Math.log10(c.getDouble("lr")) + 3) + c.getDouble("batch") / 256.0;
        return Boolean.TRUE.equals(c.get("nesterov")) ? v : v + 0.3;
    }

    @Test
    void treeSpacesGoToTpeAndNumericSpacesToGpThenCmaes() {
        assertTrue(AutoSampler.needsTree(space()));
        assertFalse(AutoSampler.needsTree(numeric()));
        AutoSampler tree = new AutoSampler(space(), Direction.MINIMIZE, Map.of(), 1);
        assertEquals("tpe", tree.choose(0, 8));
        assertEquals("tpe", tree.choose(1000, 64));
        AutoSampler num = new AutoSampler(numeric(), Direction.MINIMIZE, Map.of(), 1);
        assertEquals("gp", num.choose(399, 8));
        assertEquals("cmaes", num.choose(400, 8));
        AutoSampler early = new AutoSampler(numeric(), Direction.MINIMIZE, Map.of("gp_trials", 100), 1);
        assertEquals("gp", early.choose(99, 8));
        assertEquals("cmaes", early.choose(100, 8));
    }

    @Test
    void roundsOfMoreThanTwoCmaesPopulationsHandOverToUnivariateTpe() {
        AutoSampler nine = new AutoSampler(box(9), Direction.MINIMIZE, Map.of(), 1);
        AutoSampler ten = new AutoSampler(box(10), Direction.MINIMIZE, Map.of(), 1);
        assertEquals("gp", nine.choose(0, 32));
        assertEquals("gp", ten.choose(399, 8));
        // CMA-ES's default population 4 + floor(3 ln d): d = 9 -> 10, d = 10 -> 10, d = 2 -> 6
        assertEquals("cmaes", ten.choose(400, 20));
        assertEquals("tpe-univariate", ten.choose(400, 21));
        assertEquals("cmaes", nine.choose(400, 20));
        assertEquals("tpe-univariate", nine.choose(400, 32));
        AutoSampler two = new AutoSampler(box(2), Direction.MINIMIZE, Map.of(), 1);
        assertEquals("cmaes", two.choose(400, 12));
        assertEquals("tpe-univariate", two.choose(400, 13));
        // pinned stages (the rule of the earlier version: GP-BO, then CMA-ES whatever the round)
        AutoSampler pinned = new AutoSampler(box(10), Direction.MINIMIZE, Map.of("start", "gp", "handover", "cmaes"), 1);
        assertEquals("gp", pinned.choose(0, 32));
        assertEquals("cmaes", pinned.choose(400, 32));
        assertEquals("tpe", new AutoSampler(box(3), Direction.MINIMIZE, Map.of("start", "tpe"), 1).choose(0, 8));
    }

    @Test
    void badStageSettingsAreRefusedByName() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new AutoSampler(box(3), Direction.MINIMIZE, Map.of("handover", "nelder-mead"), 1));
        assertEquals("sampler.settings.handover: expected one of [auto, cmaes, tpe-univariate], got 'nelder-mead'",
                e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new AutoSampler(box(3), Direction.MINIMIZE, Map.of("start", 3), 1));
        assertEquals("sampler.settings.start: expected text, got 3", e.getMessage());
    }

    @Test
    void aLargeRoundHandsOverToUnivariateTpeAndResumesTheSame() {
        long seed = 5;
        Map<String, Object> settings = Map.of("gp_trials", 8);
        AutoSampler a = new AutoSampler(box(2), Direction.MINIMIZE, settings, seed);
        List<TrialResult> history = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Configuration> last = null;
        long id = 0;
        for (int r = 0; r < 3; r++) {
            List<Configuration> cs = a.ask(16, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, r)));
            labels.add(a.stage().orElseThrow());
            List<TrialResult> rs = new ArrayList<>();
            for (Configuration c : cs) {
                rs.add(ok(id++, r, c, c.getDouble("x0") * c.getDouble("x0") + c.getDouble("x1")));
            }
            if (r < 2) {
                history.addAll(rs);
            }
            last = cs;
            a.tell(rs);
        }
        assertEquals(List.of("gp", "tpe-univariate", "tpe-univariate"), labels);
        AutoSampler b = new AutoSampler(box(2), Direction.MINIMIZE, settings, seed);
        b.tell(history);
        assertEquals(last, b.ask(16, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, 2))));
    }

    @Test
    void handsOverAtGpTrialsNamesTheChoiceAndResumesTheSame() {
        long seed = 21;
        Map<String, Object> settings = Map.of("gp_trials", 12);
        AutoSampler a = new AutoSampler(numeric(), Direction.MINIMIZE, settings, seed);
        List<String> labels = new ArrayList<>();
        List<TrialResult> history = new ArrayList<>();
        List<List<Configuration>> batches = new ArrayList<>();
        long id = 0;
        for (int r = 0; r < 5; r++) {
            List<Configuration> cs = a.ask(4, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, r)));
            labels.add("auto/" + a.stage().orElseThrow());
            batches.add(cs);
            List<TrialResult> rs = new ArrayList<>();
            for (Configuration c : cs) {
                rs.add(ok(id++, r, c, f(c)));
            }
            if (r < 4) {
                history.addAll(rs);
            }
            a.tell(rs);
        }
        assertEquals(List.of("auto/gp", "auto/gp", "auto/gp", "auto/cmaes", "auto/cmaes"), labels);
        AutoSampler b = new AutoSampler(numeric(), Direction.MINIMIZE, settings, seed);
        b.tell(history);
        assertEquals(batches.get(4), b.ask(4, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, 4))));
        assertEquals("cmaes", b.stage().orElseThrow());
    }
    @Test
    void aStalledGpStageHandsOverEarlyAndResumesTheSame() {
        long seed = 23;
        // a flat loss never improves after the first trial: with after 8 and window 4 the stall is at ok trial 8
        Map<String, Object> settings = Map.of("gp_stall_window", 4, "gp_stall_after", 8);
        AutoSampler a = new AutoSampler(numeric(), Direction.MINIMIZE, settings, seed);
        List<String> labels = new ArrayList<>();
        List<TrialResult> history = new ArrayList<>();
        List<Configuration> last = null;
        long id = 0;
        for (int r = 0; r < 4; r++) {
            last = a.ask(4, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, r)));
            labels.add(a.stage().orElseThrow());
            List<TrialResult> rs = new ArrayList<>();
            for (Configuration c : last) {
                rs.add(ok(id++, r, c, 1.0));
            }
            if (r < 3) {
                history.addAll(rs);
            }
            a.tell(rs);
        }
        assertEquals(List.of("gp", "gp", "cmaes", "cmaes"), labels);
        // a large round would hand over to univariate TPE, which the stall does not do early
        assertEquals("gp", a.choose(16, 64));
        AutoSampler b = new AutoSampler(numeric(), Direction.MINIMIZE, settings, seed);
        b.tell(history);
        assertEquals(last, b.ask(4, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, 3))));
        assertEquals("cmaes", b.stage().orElseThrow());
        // improving losses keep the GP stage
        AutoSampler c = new AutoSampler(numeric(), Direction.MINIMIZE, settings, seed);
        id = 0;
        for (int r = 0; r < 4; r++) {
            List<TrialResult> rs = new ArrayList<>();
            for (Configuration x : c.ask(4, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, r)))) {
                rs.add(ok(id, r, x, -id));
                id++;
            }
            assertEquals("gp", c.stage().orElseThrow());
            c.tell(rs);
        }
    }

    private static List<Configuration> askAfter(Sampler s, List<TrialResult> told) {
        return askAfter(s, told, 4);
    }

    @Test
    void theTrialsTableRecordsWhenTheGpStageFitsTheAdditiveOrTheSumKernel() {
        // a sum of one-dimensional effects is fitted additively; a product of two is not
        assertTrue(gpLabels(c -> Math.sin(3 * c.getDouble("x0")) + Math.sin(3 * c.getDouble("x1"))
                + Math.sin(3 * c.getDouble("x2")) + Math.sin(3 * c.getDouble("x3"))).contains("gp-additive"));
        List<String> product = gpLabels(c -> Math.sin(3 * c.getDouble("x0")) * Math.sin(3 * c.getDouble("x1")));
        assertTrue(product.contains("gp") && Set.of("gp", "gp-sum").containsAll(product), product.toString());
        // per-coordinate effects plus a coupling of two: the sum kernel, in some rounds at least
        assertTrue(gpLabels(c -> Math.sin(3 * c.getDouble("x0")) + Math.sin(3 * c.getDouble("x1"))
                + Math.sin(3 * c.getDouble("x2")) + Math.sin(3 * c.getDouble("x3"))
                + 6 * (c.getDouble("x0") - 0.5) * (c.getDouble("x1") - 0.5)).contains("gp-sum"));
    }

    /** The stage labels of 8 rounds of 6 in 4-D after 12 random trials. */
    private static List<String> gpLabels(java.util.function.ToDoubleFunction<Configuration> f) {
        AutoSampler a = new AutoSampler(box(4), Direction.MINIMIZE, Map.of(), 5);
        List<String> labels = new ArrayList<>();
        long id = 0;
        for (int r = 0; r < 10; r++) {
            List<TrialResult> rs = new ArrayList<>();
            for (Configuration c : a.ask(6, new SplittableRandom(Seeds.derive(5, Seeds.Purpose.SAMPLER_ROUND, r)))) {
                rs.add(ok(id++, r, c, f.applyAsDouble(c)));
            }
            if (r >= 2) {
                labels.add(a.stage().orElseThrow());
            }
            a.tell(rs);
        }
        return labels;
    }

    @Test
    void theGpStageChoosesItsWarpingAndKernelUnlessToldNot() {
        // a loss spanning six orders of magnitude, where HEBO's warping changes what the GP proposes
        SearchSpace space = box(3);
        List<TrialResult> told = randomTrials(space, 20, 3,
                c -> Math.pow(10, 3 * (c.getDouble("x0") + c.getDouble("x1") * c.getDouble("x2"))));
        List<Configuration> byDefault = askAfter(new AutoSampler(space, Direction.MINIMIZE, Map.of(), 1), told);
        List<Configuration> warped = askAfter(new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_warping", "power"), 1),
                told);
        List<Configuration> unwarped = askAfter(new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_warping", "none"), 1),
                told);
        assertEquals(askAfter(new GpSampler(space, Direction.MINIMIZE, Map.of("output_warping", "auto", "kernel", "auto",
                "prior_mean", "max")), told), byDefault);
        assertEquals(askAfter(new GpSampler(space, Direction.MINIMIZE, Map.of("output_warping", "power", "kernel", "auto",
                "prior_mean", "max")), told), warped);
        assertEquals(askAfter(new GpSampler(space, Direction.MINIMIZE, Map.of("output_warping", "none", "kernel", "auto",
                "prior_mean", "max")), told), unwarped);
        assertNotEquals(warped, unwarped);
        List<Configuration> ard = askAfter(new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_kernel", "ard"), 1), told);
        assertEquals(askAfter(new GpSampler(space, Direction.MINIMIZE, Map.of("output_warping", "auto", "prior_mean", "max")),
                told), ard);
        IllegalArgumentException k = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_kernel", "rbf"), 1));
        assertEquals("sampler.settings.gp_kernel: expected one of [ard, additive, sum, auto], got 'rbf'", k.getMessage());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_warping", "log"), 1));
        assertEquals("sampler.settings.gp_warping: expected one of [power, none, auto], got 'log'", e.getMessage());
    }

    @Test
    void theGpStagesPriorMeanIsTheOneConfigured() {
        SearchSpace space = box(3);
        List<TrialResult> told = randomTrials(space, 20, 3, AutoSamplerTest::rastrigin);
        for (String prior : GpSampler.PRIOR_MEANS) {
            assertEquals(askAfter(new GpSampler(space, Direction.MINIMIZE, Map.of("output_warping", "auto", "kernel", "auto",
                    "prior_mean", prior)), told),
                    askAfter(new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_prior_mean", prior), 1), told), prior);
        }
        assertNotEquals(askAfter(new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_prior_mean", "mean"), 1), told),
                askAfter(new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_prior_mean", "max"), 1), told));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_prior_mean", "min"), 1));
        assertEquals("sampler.settings.gp_prior_mean: expected one of [mean, max], got 'min'", e.getMessage());
    }

    @Test
    void aLargeRoundFitsTheGpOnEveryPointItIsConditionedOn() {
        // 3-D: CMA-ES's default population is 7, so a round of 16 is large and one of 8 is not
        SearchSpace space = box(3);
        List<TrialResult> told = randomTrials(space, 150, 4, AutoSamplerTest::rastrigin);
        Map<String, Object> stage = Map.of("output_warping", "auto", "kernel", "auto", "prior_mean", "max");
        Map<String, Object> allPoints = Map.of("output_warping", "auto", "kernel", "auto", "prior_mean", "max",
                "fit_points", 300);
        List<Configuration> large = askAfter(new AutoSampler(space, Direction.MINIMIZE, Map.of(), 1), told, 16);
        assertEquals(askAfter(new GpSampler(space, Direction.MINIMIZE, allPoints), told, 16), large);
        assertNotEquals(askAfter(new GpSampler(space, Direction.MINIMIZE, stage), told, 16), large);
        assertEquals(askAfter(new GpSampler(space, Direction.MINIMIZE, stage), told, 8),
                askAfter(new AutoSampler(space, Direction.MINIMIZE, Map.of(), 1), told, 8));
        assertEquals(askAfter(new GpSampler(space, Direction.MINIMIZE, stage), told, 16),
                askAfter(new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_fit_points", 128), 1), told, 16));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_fit_points", 4), 1));
        assertTrue(e.getMessage().startsWith("sampler.settings.gp_fit_points"), e.getMessage());
    }

    @Test
    void gpRefitPointsRefitsTheGpStagesChosenFormOnMorePoints() {
        SearchSpace space = box(3);
        List<TrialResult> told = randomTrials(space, 150, 4, AutoSamplerTest::rastrigin);
        Map<String, Object> refit = Map.of("output_warping", "auto", "kernel", "auto", "prior_mean", "max",
                "refit_points", 300);
        List<Configuration> refitted = askAfter(new AutoSampler(space, Direction.MINIMIZE,
                Map.of("gp_refit_points", 300), 1), told, 8);
        assertEquals(askAfter(new GpSampler(space, Direction.MINIMIZE, refit), told, 8), refitted);
        AutoSampler noRefit = new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_refit_points", 128), 1);
        assertNotEquals(askAfter(noRefit, told, 8), refitted);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_refit_points", 2), 1));
        assertTrue(e.getMessage().startsWith("sampler.settings.gp_refit_points"), e.getMessage());
    }

    @Test
    void aLargeRoundWhoseGpHasNoSkillGoesMostlyToTheSearchStageAndResumesTheSame() {
        // 2-D: CMA-ES's default population is 6, so a round of 32 is large and one of 8 is not
        SearchSpace space = box(2);
        List<TrialResult> noise = randomTrials(space, 32, 4, AutoSamplerTest::hashNoise);
        AutoSampler a = new AutoSampler(space, Direction.MINIMIZE, Map.of(), 1);
        List<Configuration> large = askAfter(a, noise, 32);
        assertEquals("gp-unskilled", a.stage().orElseThrow());
        // its first six points (CMA-ES's population in 2-D) are the GP's, the rest univariate TPE's
        GpSampler gp = new GpSampler(space, Direction.MINIMIZE,
                Map.of("output_warping", "auto", "kernel", "auto", "prior_mean", "max", "fit_points", 300));
        assertEquals(askAfter(gp, noise, 6), large.subList(0, 6));
        AutoSampler none = new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_unskilled_points", 0), 1);
        List<Configuration> allTpe = askAfter(none, noise, 32);
        assertEquals(32, allTpe.size());
        assertNotEquals(large.subList(0, 6), allTpe.subList(0, 6));
        AutoSampler off = new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_skill_level", 0), 1);
        assertNotEquals(askAfter(off, noise, 32), large);
        assertTrue(off.stage().orElseThrow().startsWith("gp"), off.stage().orElseThrow());
        assertEquals(large, askAfter(new AutoSampler(space, Direction.MINIMIZE, Map.of(), 1), noise, 32));
        // a round of 8 keeps the GP whatever its skill
        AutoSampler small = new AutoSampler(space, Direction.MINIMIZE, Map.of(), 1);
        askAfter(small, noise, 8);
        assertTrue(small.stage().orElseThrow().startsWith("gp"), small.stage().orElseThrow());
        // a GP with skill proposes the batch it proposes without the test
        List<TrialResult> bowl = randomTrials(space, 32, 4,
                c -> Math.pow(c.getDouble("x0") - 0.3, 2) + Math.pow(c.getDouble("x1") + 0.2, 2));
        AutoSampler tested = new AutoSampler(space, Direction.MINIMIZE, Map.of(), 1);
        assertEquals(askAfter(new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_skill_level", 0), 1), bowl, 32),
                askAfter(tested, bowl, 32));
        assertTrue(tested.stage().orElseThrow().startsWith("gp"), tested.stage().orElseThrow());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new AutoSampler(space, Direction.MINIMIZE, Map.of("gp_skill_level", 0.7), 1));
        assertTrue(e.getMessage().startsWith("sampler.settings.gp_skill_level"), e.getMessage());
    }

    /** A loss with nothing to learn: a uniform draw seeded by the point. */
    private static double hashNoise(Configuration c) {
        return new SplittableRandom(31 * Double.doubleToLongBits(c.getDouble("x0"))
                + Double.doubleToLongBits(c.getDouble("x1"))).nextDouble();
    }

    /** Rastrigin on x0..x2 scaled to [−5, 5]: a rugged loss whose lengthscales a small sample misses. */
    private static double rastrigin(Configuration c) {
        double v = 0;
        for (int j = 0; j < 3; j++) {
            double x = 5 * c.getDouble("x" + j);
            v += x * x - 10 * Math.cos(2 * Math.PI * x);
        }
        return v;
    }

    private static List<Configuration> askAfter(Sampler s, List<TrialResult> told, int n) {
        s.tell(told);
        return s.ask(n, new SplittableRandom(Seeds.derive(9, Seeds.Purpose.SAMPLER_ROUND, 1)));
    }
}

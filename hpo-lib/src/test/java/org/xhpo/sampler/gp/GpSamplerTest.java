package org.xhpo.sampler.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerContract;
import org.xhpo.sampler.bench.SamplerRun;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/** GP-BO against the sampler contract, and on Branin. */
class GpSamplerTest extends SamplerContract {
    @Override
    protected Sampler create(SearchSpace space, long seed) {
        return new GpSampler(space, Direction.MINIMIZE, Map.of("n_startup_trials", 4, "candidates", 200, "local_steps", 10));
    }

    @Test
    void findsBraninsOptimumWithinFiftyTrials() {
        // Branin's global minimum is 5/(4π) = 0.397887 (Surjanovic & Bingham); batches of 5
        double best = SamplerRun.run("gp", Map.of(), "branin", 3, 50, 5).bestSoFar()[49];
        assertTrue(best < 0.41, "best " + best);
        double random = SamplerRun.run("random", Map.of(), "branin", 3, 50, 5).bestSoFar()[49];
        assertTrue(best < random, "GP " + best + " vs random " + random);
    }

    @Test
    void badSettingsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GpSampler(space(), Direction.MINIMIZE, Map.of("acquisition", "eii")));
        assertTrue(e.getMessage().startsWith("sampler.settings.acquisition: expected one of [ei, pi, ucb]"));
        assertThrows(IllegalArgumentException.class, () -> new GpSampler(space(), Direction.MINIMIZE, Map.of("batch_strategy", "x")));
        e = assertThrows(IllegalArgumentException.class,
                () -> new GpSampler(space(), Direction.MINIMIZE, Map.of("output_warping", "log")));
        assertTrue(e.getMessage().startsWith("sampler.settings.output_warping: expected none, power or auto"));
        e = assertThrows(IllegalArgumentException.class,
                () -> new GpSampler(space(), Direction.MINIMIZE, Map.of("kernel", "rbf")));
        assertTrue(e.getMessage().startsWith("sampler.settings.kernel: expected one of [ard, additive, sum, auto]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new GpSampler(space(), Direction.MINIMIZE, Map.of("prior_mean", "median")));
        assertEquals("sampler.settings.prior_mean: expected one of [mean, max], got 'median'", e.getMessage());
    }

    @Test
    void theWorstLossPriorMeanPutsTheGpsZeroAtTheWorstObservedLoss() {
        // De Ath, Fieldsend & Everson 2020: a constant prior mean equal to the worst observed loss; on the
        // standardized losses z the GP (zero mean) then models z − max z instead of z, whose mean is 0
        SearchSpace space = box(3);
        List<TrialResult> told = randomTrials(space, 30, 7, c -> {
            double a = c.getDouble("x0") - 0.3;
            return a * a + Math.abs(c.getDouble("x1")) + 0.1 * c.getDouble("x2");
        });
        double[] l = told.stream().mapToDouble(TrialResult::value).toArray();
        double mean = Arrays.stream(l).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(l).map(v -> (v - mean) * (v - mean)).sum() / (l.length - 1));
        double[] z = Arrays.stream(l).map(v -> (v - mean) / sd).toArray();
        double worst = Arrays.stream(z).max().orElseThrow();
        Map<String, Object> plain = Map.of("output_warping", "none", "candidates", 200, "local_steps", 10);
        GpSampler atMean = new GpSampler(space, Direction.MINIMIZE, plain);
        assertEquals(null, atMean.lastModelledLosses());
        List<Configuration> fromMean = askAfter(atMean, told);
        assertArrayEquals(z, atMean.lastModelledLosses(), 1e-12);
        GpSampler atWorst = new GpSampler(space, Direction.MINIMIZE, Map.of("output_warping", "none", "prior_mean", "max",
                "candidates", 200, "local_steps", 10));
        List<Configuration> fromWorst = askAfter(atWorst, told);
        assertArrayEquals(Arrays.stream(z).map(v -> v - worst).toArray(), atWorst.lastModelledLosses(), 1e-12);
        assertNotEquals(fromMean, fromWorst);
        // with the warping chosen per round, both candidate warps are moved alike
        GpSampler autoWarp = new GpSampler(space, Direction.MINIMIZE, Map.of("output_warping", "auto", "prior_mean", "max",
                "candidates", 200, "local_steps", 10));
        askAfter(autoWarp, told);
        assertEquals(0.0, Arrays.stream(autoWarp.lastModelledLosses()).max().orElseThrow(), 0.0);
    }

    @Test
    void theConstantLiarsMeanIsTheMeanOfTheModelledLossesUnderEitherPriorMean() {
        // Ginsbourger et al. 2010, §3.2: CL-mean lies with the mean of the observed losses. Under the
        // worst-loss prior the modelled losses are moved so that their maximum is zero and their mean is
        // below it; the mean must follow them, not stay at the standardized losses' zero
        double[] moved = {-2.5, -1.0, -0.5, 0.0};
        assertEquals(-1.0, GpSampler.lie("mean", moved), 1e-12);
        assertEquals(-2.5, GpSampler.lie("min", moved), 0.0);
        assertEquals(0.0, GpSampler.lie("max", moved), 0.0);
        double[] standardized = {-1.2, -0.3, 0.4, 1.1};
        assertEquals(0.0, GpSampler.lie("mean", standardized), 1e-12);
    }

    @Test
    void theAdditiveKernelFindsASeparableMinimumSoonerAndAutoPicksIt() {
        // Styblinski–Tang is a sum of one-dimensional terms (minimum −39.166 d): the additive GP learns
        // each term from every trial's projection; ARD must learn the 6-D surface (same seeds, budget)
        int better = 0;
        for (long seed = 0; seed < 3; seed++) {
            double ard = SamplerRun.run("gp", Map.of(), "styblinski_tang:6", seed, 60, 6).bestSoFar()[59];
            double additive = SamplerRun.run("gp", Map.of("kernel", "additive"), "styblinski_tang:6", seed, 60, 6)
                    .bestSoFar()[59];
            better += additive < ard ? 1 : 0;
        }
        assertTrue(better >= 2, "additive better on " + better + " of 3 seeds");
        assertEquals("additive", kernelChosen("styblinski_tang:6", 48));
        assertEquals("ard", kernelChosen("branin", 48));
    }

    /** The form {@code kernel: auto} fitted for the last round of {@code trials} trials in batches of 6. */
    private static String kernelChosen(String function, int trials) {
        Objective f = ObjectiveRegistry.create(SamplerRun.spec(function));
        GpSampler s = new GpSampler(f.defaultSpace().orElseThrow(), Direction.MINIMIZE, Map.of("kernel", "auto"));
        assertTrue(s.lastKernel().isEmpty());
        SamplerRun.run(s, f, 0, trials, 6);
        return s.lastKernel().orElseThrow();
    }

    @Test
    void powerWarpingModelsALossSpanningOrdersOfMagnitude() {
        // Rosenbrock in 6-D spans five orders of magnitude over its box: on the standardized loss the GP
        // sees one spike and a flat floor; on HEBO's warped loss it sees the valley (same seeds, same budget)
        int better = 0;
        for (long seed = 0; seed < 3; seed++) {
            double none = SamplerRun.run("gp", Map.of("output_warping", "none"), "rosenbrock:6", seed, 60, 6)
                    .bestSoFar()[59];
            double power = SamplerRun.run("gp", Map.of("output_warping", "power"), "rosenbrock:6", seed, 60, 6)
                    .bestSoFar()[59];
            better += power < none ? 1 : 0;
        }
        assertTrue(better >= 2, "power warping better on " + better + " of 3 seeds");
    }

    @Test
    void autoWarpingKeepsTheWarpUnderWhichTheGpExplainsTheLossItselfBest() {
        // a rotated quadratic bowl is what a stationary GP models as it is; Rosenbrock's five orders of
        // magnitude are what the power warp is for: judged by the posterior of the losses themselves
        // (the warped fit's plus the warp's log Jacobian), each round keeps the matching warp
        SearchSpace space = box(4);
        List<TrialResult> bowl = randomTrials(space, 80, 3, c -> {
            double a = c.getDouble("x0") + c.getDouble("x1");
            double b = c.getDouble("x2") - c.getDouble("x3") + 0.5 * c.getDouble("x0");
            return 30 * a * a + b * b + c.getDouble("x1") * c.getDouble("x1");
        });
        List<TrialResult> valley = randomTrials(space, 80, 3, c -> {
            double v = 0;
            for (int j = 0; j < 3; j++) {
                double x = 2 * c.getDouble("x" + j);
                double next = 2 * c.getDouble("x" + (j + 1));
                v += 100 * Math.pow(next - x * x, 2) + Math.pow(1 - x, 2);
            }
            return v;
        });
        Map<String, Object> auto = Map.of("output_warping", "auto", "candidates", 200, "local_steps", 10);
        GpSampler onBowl = new GpSampler(space, Direction.MINIMIZE, auto);
        askAfter(onBowl, bowl);
        assertEquals("none", onBowl.lastWarping());
        GpSampler onValley = new GpSampler(space, Direction.MINIMIZE, auto);
        askAfter(onValley, valley);
        assertEquals("power", onValley.lastWarping());
        // a fixed warping is used as configured
        GpSampler fixed = new GpSampler(space, Direction.MINIMIZE, Map.of("output_warping", "power", "candidates", 200,
                "local_steps", 10));
        askAfter(fixed, bowl);
        assertEquals("power", fixed.lastWarping());
    }

    @Test
    void aRefitKeepsTheFormChosenOnTheSampleAndFitsItsHyperparametersOnEveryPoint() {
        // 3-D Rastrigin, 90 random trials: the form is chosen on 24 of them, then refitted on all 90
        SearchSpace space = box(3);
        List<TrialResult> told = randomTrials(space, 90, 5, c -> {
            double v = 0;
            for (int j = 0; j < 3; j++) {
                double x = 3 * c.getDouble("x" + j);
                v += x * x - 10 * Math.cos(2 * Math.PI * x);
            }
            return v;
        });
        Map<String, Object> sample = Map.of("kernel", "auto", "fit_points", 24, "candidates", 200, "local_steps", 10);
        Map<String, Object> refit = Map.of("kernel", "auto", "fit_points", 24, "refit_points", 300, "candidates", 200,
                "local_steps", 10);
        GpSampler once = new GpSampler(space, Direction.MINIMIZE, sample);
        GpSampler twice = new GpSampler(space, Direction.MINIMIZE, refit);
        List<Configuration> first = askAfter(once, told);
        List<Configuration> second = askAfter(twice, told);
        assertNotEquals(first, second);
        assertEquals(once.lastKernel(), twice.lastKernel());
        // the refit starts from the sample's fit, so it fits all 90 points at least as well, here better
        double[][] x = new double[told.size()][];
        double[] y = new double[told.size()];
        GpEncoder encoder = new GpEncoder(space);
        for (int i = 0; i < x.length; i++) {
            x[i] = encoder.encode(told.get(i).trial().config());
            y[i] = told.get(i).value();
        }
        double mean = Arrays.stream(y).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum() / (y.length - 1));
        for (int i = 0; i < y.length; i++) {
            y[i] = (y[i] - mean) / sd;
        }
        double onSample = GaussianProcess.negativeLogPosterior(x, y, once.lastFit().orElseThrow());
        double onAll = GaussianProcess.negativeLogPosterior(x, y, twice.lastFit().orElseThrow());
        assertTrue(onAll < onSample - 1, "refitted " + onAll + " vs sample fit " + onSample);
        // no refit when refit_points does not exceed fit_points, or when the sample holds every point
        assertEquals(first, askAfter(new GpSampler(space, Direction.MINIMIZE, Map.of("kernel", "auto", "fit_points", 24,
                "refit_points", 24, "candidates", 200, "local_steps", 10)), told));
        List<TrialResult> few = told.subList(0, 20);
        assertEquals(askAfter(new GpSampler(space, Direction.MINIMIZE, sample), few),
                askAfter(new GpSampler(space, Direction.MINIMIZE, refit), few));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GpSampler(space, Direction.MINIMIZE, Map.of("refit_points", 4)));
        assertTrue(e.getMessage().startsWith("sampler.settings.refit_points"), e.getMessage());
    }

    private static List<Configuration> askAfter(GpSampler s, List<TrialResult> told) {
        s.tell(told);
        return s.ask(4, new SplittableRandom(11));
    }

    @Test
    void aTestedRoundProposesFewerPointsOnlyWhenItsGpHasNoSkill() {
        SearchSpace space = box(2);
        List<TrialResult> noise = randomTrials(space, 32, 4, c -> new SplittableRandom(
                31 * Double.doubleToLongBits(c.getDouble("x0")) + Double.doubleToLongBits(c.getDouble("x1"))).nextDouble());
        List<TrialResult> bowl = randomTrials(space, 32, 4,
                c -> Math.pow(c.getDouble("x0") - 0.3, 2) + Math.pow(c.getDouble("x1") + 0.2, 2));
        GpSampler a = new GpSampler(space, Direction.MINIMIZE, Map.of());
        a.tell(noise);
        assertEquals(3, a.askTested(16, 3, new SplittableRandom(1), 128, 128, 0.05).size());
        assertTrue(a.lastRoundUnskilled());
        assertTrue(a.lastSkill().orElseThrow().z() < 1.645, a.lastSkill().toString());
        GpSampler b = new GpSampler(space, Direction.MINIMIZE, Map.of());
        b.tell(bowl);
        GpSampler c = new GpSampler(space, Direction.MINIMIZE, Map.of());
        c.tell(bowl);
        assertEquals(c.ask(16, new SplittableRandom(1)), b.askTested(16, 3, new SplittableRandom(1), 128, 128, 0.05));
        assertTrue(!b.lastRoundUnskilled() && b.lastSkill().orElseThrow().rho() > 0.9, b.lastSkill().toString());
        assertThrows(IllegalArgumentException.class, () -> b.askTested(16, 3, new SplittableRandom(1), 128, 128, 0));
    }
}

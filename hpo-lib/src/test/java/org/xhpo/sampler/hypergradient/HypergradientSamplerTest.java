package org.xhpo.sampler.hypergradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.objective.HypergradientObjective;
import org.xhpo.sampler.SamplerFactory;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Seeds;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * The sampler contract for {@code hypergradient} on continuous spaces (bounds, distinct batches,
 * failed trials, determinism, resume), its refusal of discrete and conditional spaces, and descent on
 * a quadratic whose gradient is known in closed form.
 */
class HypergradientSamplerTest {
    /** A log-scaled and a linear parameter. */
    private static final SearchSpace SPACE = new SearchSpace(List.of(
            new FloatParameter("a", 1e-4, 1e2, true, null, null),
            new FloatParameter("b", -3, 5, false, null, null)));

    /** Q(a, b) = (ln a − ln 0.1)² + (b − 1)², minimum 0 at (0.1, 1). */
    private static double value(Configuration c) {
        double la = Math.log(c.getDouble("a")) - Math.log(0.1);
        double b = c.getDouble("b") - 1;
        return la * la + b * b;
    }

    /** dQ/da = 2 (ln a − ln 0.1) / a, dQ/db = 2 (b − 1): native units, as objectives report them. */
    private static Map<String, Double> gradient(Configuration c) {
        Map<String, Double> m = new LinkedHashMap<>();
        double a = c.getDouble("a");
        m.put(HypergradientObjective.GRADIENT_PREFIX + "a", 2 * (Math.log(a) - Math.log(0.1)) / a);
        m.put(HypergradientObjective.GRADIENT_PREFIX + "b", 2 * (c.getDouble("b") - 1));
        return m;
    }

    /** A categorical parent and a conditional float: both refused. */
    private static final SearchSpace MIXED = new SearchSpace(List.of(
            new org.xhpo.space.CategoricalParameter("optimizer", List.of("sgd", "adam"), null, null),
            new FloatParameter("momentum", 0, 0.99, false, null,
                    new org.xhpo.space.Condition(Map.of("optimizer", List.of("sgd"))))));

    private static HypergradientSampler sampler(long seed, int chains) {
        return new HypergradientSampler(SPACE, Direction.MINIMIZE, seed,
                Map.of("method", "hoag", "chains", chains, "lr", 0.05));
    }

    private static List<List<Configuration>> rounds(HypergradientSampler s, long seed, int rounds, int batch, long firstId,
                                                    int firstRound, List<TrialResult> log) {
        List<List<Configuration>> out = new ArrayList<>();
        long id = firstId;
        for (int r = firstRound; r < firstRound + rounds; r++) {
            List<Configuration> cs = s.ask(batch, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, r)));
            out.add(cs);
            List<TrialResult> rs = new ArrayList<>();
            for (Configuration c : cs) {
                rs.add(new TrialResult(new Trial(id++, r, 0, c), TrialStatus.OK, value(c), gradient(c), null,
                        Instant.EPOCH, Instant.EPOCH, "t"));
            }
            log.addAll(rs);
            s.tell(rs);
        }
        return out;
    }

    @Test
    void refusesDiscreteAndConditionalSpacesNamingTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SamplerFactory.create("hypergradient", Map.of(), MIXED, Direction.MINIMIZE, 1));
        assertTrue(e.getMessage().startsWith("sampler: hypergradient tunes continuous float parameters"), e.getMessage());
        assertTrue(e.getMessage().contains("space.optimizer"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SamplerFactory.create("hypergradient",
                Map.of("method", "adam"), SPACE, Direction.MINIMIZE, 1), "sampler.settings.method: expected one of …");
    }

    @Test
    void chainsDescendToTheMinimumWithinBounds() {
        HypergradientSampler s = sampler(3, 4);
        List<TrialResult> log = new ArrayList<>();
        List<List<Configuration>> all = rounds(s, 3, 120, 4, 0, 0, log);
        for (List<Configuration> batch : all) {
            assertEquals(batch.size(), new HashSet<>(batch).size());
            for (Configuration c : batch) {
                assertTrue(SPACE.get("a").contains(c.get("a")) && SPACE.get("b").contains(c.get("b")), c::toString);
            }
        }
        double first = all.get(0).stream().mapToDouble(HypergradientSamplerTest::value).min().orElseThrow();
        double best = log.stream().mapToDouble(TrialResult::value).min().orElseThrow();
        assertTrue(first > 0.05, "Sobol starts are not at the optimum: " + first);
        assertTrue(best < 1e-3, "Adam on a convex quadratic in unit space gets close to 0 in 120 steps, got " + best);
    }

    @Test
    void aFailedTrialEndsItsChainOnly() {
        HypergradientSampler s = sampler(5, 3);
        List<Configuration> first = s.ask(3, new SplittableRandom(1));
        List<TrialResult> rs = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            Configuration c = first.get(i);
            rs.add(i == 1 ? new TrialResult(new Trial(i, 0, 0, c), TrialStatus.FAILED, Double.NaN, Map.of(), "boom",
                    Instant.EPOCH, Instant.EPOCH, "t")
                    : new TrialResult(new Trial(i, 0, 0, c), TrialStatus.OK, value(c), gradient(c), null, Instant.EPOCH,
                    Instant.EPOCH, "t"));
        }
        s.tell(rs);
        s.tell(rs); // idempotent
        assertEquals(2, s.ask(3, new SplittableRandom(2)).size());
        assertTrue(s.replay().get(1).finishReason().contains("failed"));
    }

    @Test
    void sameSeedSameChainsOtherSeedOtherStarts() {
        assertEquals(rounds(sampler(7, 4), 7, 5, 4, 0, 0, new ArrayList<>()),
                rounds(sampler(7, 4), 7, 5, 4, 0, 0, new ArrayList<>()));
        assertNotEquals(rounds(sampler(7, 4), 7, 1, 4, 0, 0, new ArrayList<>()),
                rounds(sampler(8, 4), 8, 1, 4, 0, 0, new ArrayList<>()));
    }

    @Test
    void resumeContinuesEveryChainExactly() {
        List<TrialResult> log = new ArrayList<>();
        List<List<Configuration>> all = rounds(sampler(9, 4), 9, 6, 4, 0, 0, log);
        HypergradientSampler resumed = sampler(9, 4);
        List<TrialResult> history = new ArrayList<>(log.subList(0, 20));
        Collections.reverse(history); // order-independent
        resumed.tell(history);
        assertEquals(all.get(5), resumed.ask(4, new SplittableRandom(Seeds.derive(9, Seeds.Purpose.SAMPLER_ROUND, 5))));
    }

    @Test
    void aSmallerBatchAdvancesTheLeastAdvancedChainsFirst() {
        HypergradientSampler s = sampler(11, 4);
        List<Configuration> two = s.ask(2, new SplittableRandom(1));
        List<Configuration> four = s.ask(4, new SplittableRandom(1));
        assertEquals(four.subList(0, 2), two);
        assertFalse(four.subList(2, 4).contains(two.get(0)));
    }
}

package org.xhpo.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Condition;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Seeds;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * What every sampler must do (after Optuna's {@code BasicSamplerTestCase}): stay in bounds and on
 * steps and choices, leave inactive parameters out, propose distinct batches, survive failed
 * trials, be reproducible, and propose after a resume exactly what it would have proposed anyway.
 */
public abstract class SamplerContract {

    /** The sampler under test. */
    protected abstract Sampler create(SearchSpace space, long seed);

    /** Whether two seeds must give different proposals (false for deterministic samplers). */
    protected boolean seedMatters() {
        return true;
    }

    /** A depth-2 tree: optimizer → momentum, schedule → warmup; plus log float and stepped int. */
    protected static SearchSpace space() {
        return new SearchSpace(List.of(
                new CategoricalParameter("optimizer", List.of("sgd", "adam"), null, null),
                new FloatParameter("momentum", 0, 0.99, false, null, cond("optimizer", "sgd")),
                new CategoricalParameter("schedule", List.of("constant", "cosine"), null, cond("optimizer", "sgd")),
                new IntParameter("warmup", 0, 10, false, 1, null, cond("schedule", "cosine")),
                new FloatParameter("lr", 1e-5, 1e-1, true, null, null),
                new IntParameter("batch", 32, 256, false, 32, null, null)));
    }

    private static Condition cond(String parent, String value) {
        return new Condition(Map.of(parent, List.of(value)));
    }

    /** A made-up objective so model-based samplers have something to learn. */
    protected static double objective(Configuration c) {
        double v = Math.abs(Math.log10(c.getDouble("lr")) + 3) + c.getDouble("batch") / 256.0;
        return "sgd".equals(c.get("optimizer")) ? v + c.getDouble("momentum") : v + 0.5;
    }

    /** Runs rounds against the made-up objective, returning every batch proposed. */
    protected static List<List<Configuration>> rounds(Sampler s, long seed, int rounds, int batch, long firstId,
                                                     int firstRound) {
        List<List<Configuration>> out = new ArrayList<>();
        long id = firstId;
        for (int r = firstRound; r < firstRound + rounds; r++) {
            List<Configuration> cs = s.ask(batch, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, r)));
            out.add(cs);
            List<TrialResult> results = new ArrayList<>();
            for (Configuration c : cs) {
                results.add(ok(id++, r, c, objective(c)));
            }
            s.tell(results);
        }
        return out;
    }

    /** d floats x0 … x(d−1), each on [−1, 1]. */
    protected static SearchSpace box(int d) {
        List<Parameter> ps = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            ps.add(new FloatParameter("x" + j, -1, 1, false, null, null));
        }
        return new SearchSpace(ps);
    }

    /** n ok trials at uniform points of the space, drawn from the seed, with the loss f. */
    protected static List<TrialResult> randomTrials(SearchSpace space, int n, long seed,
                                                    java.util.function.ToDoubleFunction<Configuration> f) {
        List<TrialResult> told = new ArrayList<>();
        SplittableRandom draw = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            Configuration c = space.fromUnit(RandomSampler.uniform(space.dimension(), draw));
            told.add(ok(i, 0, c, f.applyAsDouble(c)));
        }
        return told;
    }

    protected static TrialResult ok(long id, int round, Configuration c, double v) {
        return new TrialResult(new Trial(id, round, 0, c), TrialStatus.OK, v, Map.of(), null, Instant.EPOCH, Instant.EPOCH, "t");
    }

    @Test
    void proposalsAreValidAndInactiveParametersAbsent() {
        SearchSpace space = space();
        for (List<Configuration> batch : rounds(create(space, 1), 1, 6, 8, 0, 0)) {
            for (Configuration c : batch) {
                for (Parameter p : space.parameters()) {
                    boolean active = space.isActive(p, c);
                    assertEquals(active, c.has(p.name()), () -> p.name() + " in " + c);
                    if (active) {
                        assertTrue(p.contains(c.get(p.name())), () -> p.name() + "=" + c.get(p.name()));
                    }
                }
            }
        }
    }

    @Test
    void batchesHaveNoDuplicates() {
        for (List<Configuration> batch : rounds(create(space(), 2), 2, 4, 16, 0, 0)) {
            assertEquals(batch.size(), new HashSet<>(batch).size());
            assertFalse(batch.isEmpty());
        }
    }

    @Test
    void failedTrialsDoNotBreakAsk() {
        Sampler s = create(space(), 3);
        List<Configuration> first = s.ask(12, new SplittableRandom(1));
        List<TrialResult> failed = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            // two of every three trials fail or time out; the rest finish ok
            failed.add(i % 3 == 0 ? ok(i, 0, first.get(i), objective(first.get(i)))
                    : new TrialResult(new Trial(i, 0, 0, first.get(i)), i % 3 == 1 ? TrialStatus.FAILED : TrialStatus.TIMEOUT,
                    Double.NaN, Map.of(), "boom", Instant.EPOCH, Instant.EPOCH, "t"));
        }
        s.tell(failed);
        s.tell(failed); // idempotent
        assertEquals(6, s.ask(6, new SplittableRandom(2)).size());
    }

    @Test
    void sameSeedSameProposalsOtherSeedOtherProposals() {
        assertEquals(rounds(create(space(), 4), 4, 3, 6, 0, 0), rounds(create(space(), 4), 4, 3, 6, 0, 0));
        if (seedMatters()) {
            assertTrue(!rounds(create(space(), 4), 4, 3, 6, 0, 0).equals(rounds(create(space(), 5), 5, 3, 6, 0, 0)));
        }
    }

    @Test
    void resumedSamplerProposesWhatTheUninterruptedOneWould() {
        long seed = 6;
        Sampler a = create(space(), seed);
        List<List<Configuration>> all = rounds(a, seed, 3, 5, 0, 0);
        Sampler b = create(space(), seed);
        List<TrialResult> history = new ArrayList<>();
        long id = 0;
        for (int r = 0; r < 2; r++) {
            for (Configuration c : all.get(r)) {
                history.add(ok(id++, r, c, objective(c)));
            }
        }
        java.util.Collections.reverse(history); // order-independent
        b.tell(history);
        List<Configuration> third = b.ask(5, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, 2)));
        assertEquals(all.get(2), third);
    }

    /** The contract space with {@code momentum} conditional on a fixed {@code optimizer}, plus a fixed epoch count. */
    protected static SearchSpace spaceWithFixed() {
        return new SearchSpace(List.of(
                new FloatParameter("momentum", 0, 0.99, false, null, cond("optimizer", "sgd")),
                new CategoricalParameter("schedule", List.of("constant", "cosine"), null, null),
                new IntParameter("warmup", 0, 10, false, 1, null, cond("schedule", "cosine")),
                new FloatParameter("lr", 1e-5, 1e-1, true, null, null),
                new IntParameter("batch", 32, 256, false, 32, null, null)),
                List.of(new org.xhpo.space.FixedParameter("optimizer", "sgd"),
                        new org.xhpo.space.FixedParameter("epochs", 7L)));
    }

    @Test
    void fixedParametersAreInEveryProposalAndNeverSampled() {
        SearchSpace space = spaceWithFixed();
        assertEquals(5, space.dimension());
        assertTrue(space.get("momentum").when().isEmpty(), "the fixed parent activates momentum always");
        for (List<Configuration> batch : rounds(create(space, 7), 7, 4, 6, 0, 0)) {
            for (Configuration c : batch) {
                assertEquals("sgd", c.get("optimizer"), c::toString);
                assertEquals(7L, c.get("epochs"), c::toString);
                assertTrue(c.has("momentum"), c::toString);
                assertEquals(space.configuration(c.values()), c);
            }
        }
    }
}

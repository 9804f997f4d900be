package org.xhpo.sampler.cmaes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Seeds;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * CMA-ES as a sampler: population rounded to whole rounds, convergence in the unit cube, integers kept
 * alive by the margin, IPOP restarts, resume in the middle of a generation, settings errors.
 */
class CmaEsSamplerTest {

    private static SearchSpace box(int d) {
        List<Parameter> ps = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            ps.add(new FloatParameter("x" + i, -5, 5, false, null, null));
        }
        return new SearchSpace(ps);
    }

    private static double shiftedSphere(Configuration c, int d) {
        double s = 0;
        for (int i = 0; i < d; i++) {
            double v = c.getDouble("x" + i) - 1.5;
            s += v * v;
        }
        return s;
    }

    /** Runs rounds as the driver does; returns the best value. */
    static double run(CmaEsSampler s, ToDoubleFunction<Configuration> f, long seed, int trials, int batch) {
        double best = Double.POSITIVE_INFINITY;
        long id = 0;
        for (int round = 0; id < trials; round++) {
            List<Configuration> cs = s.ask(Math.min(batch, (int) (trials - id)),
                    new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, round)));
            assertTrue(!cs.isEmpty());
            List<TrialResult> rs = new ArrayList<>();
            for (Configuration c : cs) {
                double v = f.applyAsDouble(c);
                best = Math.min(best, v);
                rs.add(ok(id++, round, c, v));
            }
            s.tell(rs);
        }
        return best;
    }

    private static TrialResult ok(long id, int round, Configuration c, double v) {
        return new TrialResult(new Trial(id, round, 0, c), TrialStatus.OK, v, Map.of(), null, Instant.EPOCH,
                Instant.EPOCH, "t");
    }

    @Test
    void populationIsAWholeNumberOfRounds() {
        SearchSpace space = box(10); // default λ = 4 + ⌊3 ln 10⌋ = 10
        assertEquals(10, replayAfterFirstAsk(space, 1).lambda());
        assertEquals(16, replayAfterFirstAsk(space, 8).lambda());
        assertEquals(32, replayAfterFirstAsk(space, 32).lambda());
    }

    private static CmaEsReplay replayAfterFirstAsk(SearchSpace space, int batch) {
        CmaEsSampler s = new CmaEsSampler(space, Direction.MINIMIZE, Map.of(), 1);
        s.ask(batch, new SplittableRandom(1));
        return s.replay(batch);
    }

    @Test
    void convergesOnAShiftedSphereInTheBox() {
        CmaEsSampler s = new CmaEsSampler(box(6), Direction.MINIMIZE, Map.of(), 3);
        double best = run(s, c -> shiftedSphere(c, 6), 3, 1500, 8);
        assertTrue(best < 1e-6, () -> "best " + best);
        assertTrue(s.replay(8).state().sigma() < 1e-3);
    }

    @Test
    void maximizingIsMinimizingTheNegation() {
        CmaEsSampler s = new CmaEsSampler(box(3), Direction.MAXIMIZE, Map.of(), 4);
        double best = -run(s, c -> -shiftedSphere(c, 3), 4, 400, 4);
        assertTrue(-best < 1e-3 || best < 1e-3);
    }

    @Test
    void integerCoordinatesKeepTheMarginWhileSigmaShrinks() {
        List<Parameter> ps = new ArrayList<>();
        ps.add(new FloatParameter("x0", -5, 5, false, null, null));
        ps.add(new FloatParameter("x1", -5, 5, false, null, null));
        ps.add(new IntParameter("k", 0, 20, false, 1, null, null));
        SearchSpace space = new SearchSpace(ps);
        CmaEsSampler s = new CmaEsSampler(space, Direction.MINIMIZE, Map.of(), 7);
        double best = run(s, c -> shiftedSphere(c, 2) + Math.abs(c.getDouble("k") - 13), 7, 300, 6);
        assertTrue(best < 1e-4, () -> "best " + best);
        CmaEsState st = s.replay(6).state();
        double mk = st.mean()[2];
        double sd = st.coordinateSd(2);
        double alpha = 1.0 / (3 * s.replay(6).lambda());
        double[] cell = space.parameters().get(2).unitCell(13L);
        double leave = IntegerMargin.cdf((cell[0] - mk) / sd) + 1 - IntegerMargin.cdf((cell[1] - mk) / sd);
        assertEquals(0, s.replay(6).restarts());
        assertTrue(st.coordinateSd(0) < 1e-2, () -> "sd of x0 " + st.coordinateSd(0));
        assertTrue(leave >= alpha * 0.999, () -> "probability of leaving k=13: " + leave + " < alpha " + alpha);
    }

    @Test
    void stallRestartsWithALargerPopulation() {
        // a flat function: TolFun fires after 10 + ⌈30n/λ⌉ generations
        CmaEsSampler s = new CmaEsSampler(box(2), Direction.MINIMIZE, Map.of(), 8);
        run(s, c -> 1.0, 8, 600, 6);
        assertTrue(s.replay(6).restarts() >= 1);
        assertEquals(0, s.replay(6).lambda() % 6);
        assertTrue(s.replay(6).lambda() >= 12);
    }

    @Test
    void resumeInTheMiddleOfAGenerationProposesTheSameBatch() {
        SearchSpace space = box(10); // batch 4 → λ = 12, three rounds per generation
        CmaEsSampler a = new CmaEsSampler(space, Direction.MINIMIZE, Map.of(), 9);
        List<TrialResult> history = new ArrayList<>();
        long id = 0;
        for (int round = 0; round < 7; round++) {
            for (Configuration c : a.ask(4, new SplittableRandom(round))) {
                TrialResult r = ok(id++, round, c, shiftedSphere(c, 10));
                history.add(r);
                a.tell(List.of(r));
            }
        }
        List<Configuration> next = a.ask(4, new SplittableRandom(7));
        CmaEsSampler b = new CmaEsSampler(space, Direction.MINIMIZE, Map.of(), 9);
        b.tell(history);
        assertEquals(next, b.ask(4, new SplittableRandom(123)));
        assertEquals(12, b.replay(4).lambda());
    }

    @Test
    void badSettingsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CmaEsSampler(box(2), Direction.MINIMIZE, Map.of("sigma0", 2.0), 1));
        assertEquals("sampler.settings.sigma0: must lie in (0, 1] (unit cube), got 2.0", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new CmaEsSampler(box(2), Direction.MINIMIZE, Map.of("popsize", 8), 1));
    }
}

package org.xhpo.sampler.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.objective.functions.StyblinskiTang;
import org.xhpo.objective.functions.TestFunction;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerFactory;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * The cost of one round of a sampler: it is told {@code completed} random trials of the
 * d-dimensional Styblinski–Tang function, then runs {@code repeats} rounds of "tell the previous
 * batch's results, ask the next batch"; the median wall time of one round (tell + ask) is reported
 * after {@code max(1, repeats/2)} warm-up rounds that let the JIT compile the hot loops (not counted).
 */
public final class AskCost {
    private AskCost() {
    }

    /** Median seconds of one ask of {@code batch} configurations. */
    public static double medianSeconds(String sampler, Map<String, Object> settings, int dims, int completed, int batch,
                                       int repeats) {
        StyblinskiTang f = new StyblinskiTang(Map.of("dim", dims));
        SearchSpace space = f.space();
        Sampler s = SamplerFactory.create(sampler, settings, space, Direction.MINIMIZE, 7);
        SplittableRandom rng = new SplittableRandom(11);
        List<Configuration> random = new ArrayList<>();
        for (int i = 0; i < completed; i++) {
            double[] u = new double[dims];
            for (int d = 0; d < dims; d++) {
                u[d] = rng.nextDouble();
            }
            random.add(space.fromUnit(u));
        }
        List<TrialResult> told = evaluate(random, f, dims, 0);
        s.tell(told);
        // One timed round = tell the previous batch's results, then ask the next batch: a sampler that
        // does its work in tell (CMA-ES updates its distribution and draws a generation there) pays it
        // here too, and no ask is answered from a cache of the previous one.
        int next = completed;
        List<TrialResult> previous = evaluate(s.ask(batch, new SplittableRandom(-1)), f, dims, next);
        next += previous.size();
        int warmUps = Math.max(1, repeats / 2);
        double[] times = new double[repeats];
        for (int r = -warmUps; r < repeats; r++) {
            long t0 = System.nanoTime();
            s.tell(previous);
            List<Configuration> asked = s.ask(batch, new SplittableRandom(r + 1000));
            long t1 = System.nanoTime();
            if (r >= 0) {
                times[r] = (t1 - t0) / 1e9;
            }
            previous = evaluate(asked, f, dims, next);
            next += previous.size();
        }
        Arrays.sort(times);
        return times[repeats / 2];
    }

    private static List<TrialResult> evaluate(List<Configuration> batch, StyblinskiTang f, int dims, int firstId) {
        List<TrialResult> out = new ArrayList<>();
        for (Configuration c : batch) {
            double[] x = new double[dims];
            for (int d = 0; d < dims; d++) {
                x[d] = c.getDouble(TestFunction.name(d));
            }
            out.add(new TrialResult(new Trial(firstId + out.size(), 0, 0, c), TrialStatus.OK, f.value(x), Map.of(),
                    null, Instant.EPOCH, Instant.EPOCH, "bench"));
        }
        return out;
    }
}

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
 * The cost of one {@code ask}: a sampler is told {@code completed} random trials of the
 * d-dimensional Styblinski–Tang function, then asked for a batch {@code repeats} times; the median
 * wall time of one ask is reported after {@code max(1, repeats/2)} warm-up asks that let the JIT
 * compile the hot loops (not counted).
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
        List<TrialResult> told = new ArrayList<>();
        for (int i = 0; i < completed; i++) {
            double[] u = new double[dims];
            for (int d = 0; d < dims; d++) {
                u[d] = rng.nextDouble();
            }
            Configuration c = space.fromUnit(u);
            double[] x = new double[dims];
            for (int d = 0; d < dims; d++) {
                x[d] = c.getDouble(TestFunction.name(d));
            }
            told.add(new TrialResult(new Trial(i, 0, 0, c), TrialStatus.OK, f.value(x), Map.of(), null, Instant.EPOCH,
                    Instant.EPOCH, "bench"));
        }
        s.tell(told);
        double[] times = new double[repeats];
        for (int w = 0; w < Math.max(1, repeats / 2); w++) {
            s.ask(batch, new SplittableRandom(-1 - w));
        }
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            s.ask(batch, new SplittableRandom(r + 1));
            times[r] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(times);
        return times[repeats / 2];
    }
}

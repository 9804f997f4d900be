package org.xhpo.sampler.bench;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.objective.ObjectiveSpec;
import org.xhpo.objective.TrialContext;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerFactory;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Seeds;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * One cell of the sampler benchmark: a sampler on a built-in test function with one seed, run to a
 * budget in batches exactly as the sweep driver runs it (same seeds per round and trial), in
 * process (the sampler knows the budget, as a sweep's does, and is told the objective's metrics).
 * Returns the best-so-far curve and the time spent in {@code ask}.
 */
public final class SamplerRun {
    private SamplerRun() {
    }

    /**
     * The outcome of one run.
     *
     * @param bestSoFar best value after each trial
     * @param askSeconds total time spent proposing
     * @param proposals number of configurations proposed
     */
    public record Outcome(double[] bestSoFar, double askSeconds, int proposals) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The objective a benchmark label names: a built-in function name, or {@code name:d} for its
     * d-dimensional version (e.g. {@code rastrigin:10} = rastrigin with {@code dim: 10}).
     */
    public static ObjectiveSpec spec(String label) {
        int colon = label.indexOf(':');
        if (colon < 0) {
            return new ObjectiveSpec(label, Map.of());
        }
        String dim = label.substring(colon + 1);
        try {
            return new ObjectiveSpec(label.substring(0, colon), Map.of("dim", Integer.parseInt(dim)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--functions: expected name or name:dimension, got '" + label + "'");
        }
    }

    /** Runs {@code sampler} on {@code function} for {@code budget} trials in batches of {@code batch}. */
    public static Outcome run(String sampler, Map<String, Object> samplerSettings, String function, long seed,
                              int budget, int batch) {
        Objective f = ObjectiveRegistry.create(spec(function));
        SearchSpace space = f.defaultSpace().orElseThrow();
        Sampler s = SamplerFactory.create(sampler, samplerSettings, space, Direction.MINIMIZE, seed, budget);
        return run(s, f, seed, budget, batch);
    }

    /**
     * Runs a sampler built by the caller (who can inspect it afterwards) on {@code f} for {@code budget}
     * trials in batches of {@code batch}, minimizing, with the driver's per-round and per-trial seeds.
     */
    public static Outcome run(Sampler s, Objective f, long seed, int budget, int batch) {
        double[] curve = new double[budget];
        double best = Double.POSITIVE_INFINITY;
        long id = 0;
        long askNanos = 0;
        int proposals = 0;
        for (int round = 0; id < budget; round++) {
            int n = (int) Math.min(batch, budget - id);
            long t0 = System.nanoTime();
            List<Configuration> cs = s.ask(n, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, round)));
            askNanos += System.nanoTime() - t0;
            proposals += cs.size();
            if (cs.isEmpty()) {
                break;
            }
            List<TrialResult> rs = new ArrayList<>();
            for (Configuration c : cs) {
                long tid = id++;
                Evaluation e;
                try {
                    e = f.evaluate(c, TrialContext.of(tid, Seeds.derive(seed, Seeds.Purpose.TRIAL, tid)));
                } catch (Exception ex) {
                    throw new IllegalStateException("test function failed on " + c, ex);
                }
                double v = e.value();
                best = Math.min(best, v);
                curve[(int) tid] = best;
                rs.add(new TrialResult(new Trial(tid, round, 0, c), TrialStatus.OK, v, e.metrics(), null, Instant.EPOCH,
                        Instant.EPOCH, "bench"));
            }
            s.tell(rs);
        }
        for (int i = (int) id; i < budget; i++) {
            curve[i] = best;
        }
        return new Outcome(curve, askNanos / 1e9, proposals);
    }
}

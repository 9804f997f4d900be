package org.xhpo.sampler.gp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.xhpo.sampler.RandomSampler;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;

/**
 * Maximizes an acquisition over the search space: scores random points of the unit cube,
 * perturbations of the best observed points and any extra points the caller offers, then refines the
 * best few with a (1+1) evolution strategy with the 1/5 success rule (Rechenberg 1973). Every
 * candidate is decoded through the space (so integers, categoricals and conditions are respected) and
 * scored on its decoded configuration. Configurations in {@code exclude} (observed, or already in the batch) are skipped.
 */
final class AcquisitionMaximizer {
    private final SearchSpace space;
    private final int randomCandidates;
    private final int localStarts;
    private final int localSteps;

    AcquisitionMaximizer(SearchSpace space, int randomCandidates, int localStarts, int localSteps) {
        this.space = space;
        this.randomCandidates = randomCandidates;
        this.localStarts = localStarts;
        this.localSteps = localSteps;
    }

    private record Scored(double[] u, Configuration c, double score) {
    }

    /**
     * The configuration maximizing {@code score}, or null when every candidate was excluded.
     *
     * @param score acquisition of a configuration
     * @param incumbents unit points of the best observed configurations
     * @param extra further unit points to score (the additive terms' optima, {@link AdditiveTermCandidates})
     */
    Configuration maximize(ToDoubleFunction<Configuration> score, List<double[]> incumbents, List<double[]> extra,
                           Set<Configuration> exclude, SplittableRandom rng) {
        int d = space.dimension();
        List<Scored> pool = new ArrayList<>();
        for (double[] u : extra) {
            add(pool, u, score, exclude);
        }
        for (int i = 0; i < randomCandidates; i++) {
            add(pool, RandomSampler.uniform(d, rng), score, exclude);
        }
        for (double[] inc : incumbents) {
            for (int i = 0; i < 20; i++) {
                add(pool, perturb(inc, 0.05, rng), score, exclude);
            }
        }
        if (pool.isEmpty()) {
            return null;
        }
        pool.sort(Comparator.comparingDouble(Scored::score).reversed());
        Scored best = pool.get(0);
        for (int s = 0; s < Math.min(localStarts, pool.size()); s++) {
            Scored cur = pool.get(s);
            double step = 0.05;
            for (int it = 0; it < localSteps && step > 1e-4; it++) {
                double[] u = perturb(cur.u(), step, rng);
                Configuration c = space.fromUnit(u);
                if (exclude.contains(c)) {
                    step *= 0.85;
                    continue;
                }
                double v = score.applyAsDouble(c);
                if (v > cur.score()) {
                    cur = new Scored(u, c, v);
                    step = Math.min(0.3, step * 1.5);
                } else {
                    step *= 0.85;
                }
            }
            if (cur.score() > best.score()) {
                best = cur;
            }
        }
        return best.c();
    }

    private void add(List<Scored> pool, double[] u, ToDoubleFunction<Configuration> score, Set<Configuration> exclude) {
        Configuration c = space.fromUnit(u);
        if (!exclude.contains(c)) {
            double v = score.applyAsDouble(c);
            if (!Double.isNaN(v)) {
                pool.add(new Scored(u, c, v));
            }
        }
    }

    /** Gaussian steps on a random subset of coordinates (each with probability max(1/d, ½)), clamped. */
    private static double[] perturb(double[] u, double step, SplittableRandom rng) {
        double[] v = u.clone();
        double p = Math.max(1.0 / u.length, 0.5);
        boolean moved = false;
        for (int j = 0; j < v.length; j++) {
            if (rng.nextDouble() < p) {
                v[j] = Math.min(1, Math.max(0, v[j] + step * rng.nextGaussian()));
                moved = true;
            }
        }
        if (!moved) {
            int j = rng.nextInt(v.length);
            v[j] = Math.min(1, Math.max(0, v[j] + step * rng.nextGaussian()));
        }
        return v;
    }
}

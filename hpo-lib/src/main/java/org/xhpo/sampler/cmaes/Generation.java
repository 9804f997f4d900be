package org.xhpo.sampler.cmaes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;

/**
 * The candidates of one CMA-ES generation, a pure function of the distribution and the
 * generation's seed: λ steps y drawn from the state, mapped to x = m + σ A y and decoded through the
 * space. Continuous coordinates must fall inside the unit cube: a step that leaves it is redrawn (up
 * to 100 times, then its continuous coordinates are clipped and y recomputed), the repair by
 * resampling of the {@code cmaes} library Optuna uses. Discrete coordinates are not repaired: values
 * beyond the cube decode to the extreme value, as in CMA-ES with margin. A configuration already in
 * the generation is redrawn the same way, then replaced by a uniform point; if the space has no more
 * distinct configurations the generation is smaller than λ.
 */
final class Generation {
    private static final int MAX_REDRAWS = 100;

    /** One candidate: its step y (for the update) and its configuration (for the trial). */
    record Candidate(double[] y, Configuration config) {
    }

    private final int index;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<Configuration, Integer> byConfig = new HashMap<>();

    /**
     * Draws the candidates of generation {@code index}.
     *
     * @param continuous which coordinates are continuous (repaired into the cube)
     */
    Generation(int index, CmaEsState state, SearchSpace space, boolean[] continuous, long seed) {
        this.index = index;
        SplittableRandom rng = new SplittableRandom(seed);
        int lambda = state.parameters().lambda();
        for (int k = 0; k < lambda; k++) {
            Candidate c = draw(state, space, continuous, rng);
            if (c != null) {
                byConfig.put(c.config(), candidates.size());
                candidates.add(c);
            }
        }
    }

    private Candidate draw(CmaEsState state, SearchSpace space, boolean[] continuous, SplittableRandom rng) {
        for (int attempt = 0; attempt <= MAX_REDRAWS; attempt++) {
            double[] y = state.sampleY(rng);
            double[] x = state.toX(y);
            boolean inside = true;
            for (int i = 0; i < x.length; i++) {
                inside &= !continuous[i] || (x[i] >= 0 && x[i] <= 1);
            }
            if (!inside && attempt < MAX_REDRAWS) {
                continue;
            }
            if (!inside) {
                for (int i = 0; i < x.length; i++) {
                    if (continuous[i]) {
                        x[i] = Math.min(1, Math.max(0, x[i]));
                    }
                }
                y = state.toY(x);
            }
            Configuration c = space.fromUnit(x);
            if (!byConfig.containsKey(c)) {
                return new Candidate(y, c);
            }
        }
        for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {
            double[] x = new double[space.dimension()];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextDouble();
            }
            Configuration c = space.fromUnit(x);
            if (!byConfig.containsKey(c)) {
                return new Candidate(state.clipInjected(state.toY(x)), c);
            }
        }
        return null;
    }

    /** The generation's number (global over restarts). */
    int index() {
        return index;
    }

    /** Number of distinct candidates (λ unless the space ran out). */
    int size() {
        return candidates.size();
    }

    /** Candidate k. */
    Candidate candidate(int k) {
        return candidates.get(k);
    }

    /** The index of the candidate with this configuration, or -1. */
    int indexOf(Configuration c) {
        return byConfig.getOrDefault(c, -1);
    }
}

package org.xhpo.sampler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.TrialResult;

/**
 * Random search (Bergstra &amp; Bengio 2012, "Random Search for Hyper-Parameter Optimization"):
 * independent uniform points of the unit cube mapped through each parameter's inverse CDF, so
 * every parameter follows its declared distribution. Learns nothing from told trials.
 */
public final class RandomSampler implements Sampler {
    private static final int MAX_REDRAWS = 100;

    private final SearchSpace space;

    /** @param space the search space */
    public RandomSampler(SearchSpace space) {
        this.space = space;
    }

    @Override
    public List<Configuration> ask(int n, SplittableRandom rng) {
        List<Configuration> out = new ArrayList<>(n);
        Set<Configuration> batch = new HashSet<>();
        for (int k = 0; k < n; k++) {
            for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {
                Configuration c = space.fromUnit(uniform(space.dimension(), rng));
                if (batch.add(c)) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    /** A uniform point of the d-dimensional unit cube. */
    public static double[] uniform(int d, SplittableRandom rng) {
        double[] u = new double[d];
        for (int j = 0; j < d; j++) {
            u[j] = rng.nextDouble();
        }
        return u;
    }

    @Override
    public void tell(List<TrialResult> finished) {
        // random search does not learn
    }
}

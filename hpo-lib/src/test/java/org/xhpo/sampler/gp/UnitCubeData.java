package org.xhpo.sampler.gp;

import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.objective.functions.Rastrigin;

/** Test data for the GP on the unit cube: uniform points, and the project's Rastrigin read from the cube. */
final class UnitCubeData {
    private UnitCubeData() {
    }

    /** n points drawn uniformly in the unit cube of the given dimension, row by row. */
    static double[][] uniformPoints(SplittableRandom rng, int n, int dims) {
        double[][] x = new double[n][dims];
        for (double[] row : x) {
            for (int d = 0; d < dims; d++) {
                row[d] = rng.nextDouble();
            }
        }
        return x;
    }

    /** The project's Rastrigin in u's dimension on the source's box [−5.12, 5.12]^d, from the unit cube. */
    static double rastrigin(double[] u) {
        double[] z = new double[u.length];
        for (int d = 0; d < u.length; d++) {
            z[d] = -5.12 + 10.24 * u[d];
        }
        return new Rastrigin(Map.of("dim", u.length)).value(z);
    }

    /** Standardizes y in place (mean 0, sample sd 1) and returns {mean, sd}. */
    static double[] standardize(double[] y) {
        double m = java.util.Arrays.stream(y).average().orElse(0);
        double sd = Math.sqrt(java.util.Arrays.stream(y).map(v -> (v - m) * (v - m)).sum() / (y.length - 1));
        for (int i = 0; i < y.length; i++) {
            y[i] = (y[i] - m) / sd;
        }
        return new double[] {m, sd};
    }
}

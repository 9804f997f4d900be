package org.xhpo.objective.ridge;

import java.util.SplittableRandom;

/**
 * A noisy 1-D regression sample: x ~ U(−1, 1), y = sin(πx) + ε, ε ~ N(0, σ²) — the curve-fitting
 * example of Bishop, PRML §1.1 (there sin(2πx) on [0, 1]; the same curve on [−1, 1], where
 * polynomial features are better conditioned). Drawn from a fixed seed, so every trial of a study
 * sees the same data.
 *
 * @param x inputs
 * @param y noisy targets
 */
public record PolynomialData(double[] x, double[] y) {

    /** The noiseless curve sin(πx). */
    public static double truth(double x) {
        return Math.sin(Math.PI * x);
    }

    /** Draws n points with noise sd σ from the seed. */
    public static PolynomialData draw(int n, double noiseSd, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -1 + 2 * rng.nextDouble();
            y[i] = truth(x[i]) + noiseSd * rng.nextGaussian();
        }
        return new PolynomialData(x, y);
    }

    /** Number of points. */
    public int size() {
        return x.length;
    }

    /** The design matrix Φ_ij = x_i^j, j = 0..degree. */
    public double[][] design(int degree) {
        double[][] phi = new double[x.length][degree + 1];
        for (int i = 0; i < x.length; i++) {
            double p = 1;
            for (int j = 0; j <= degree; j++) {
                phi[i][j] = p;
                p *= x[i];
            }
        }
        return phi;
    }
}

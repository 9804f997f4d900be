package org.xhpo.objective.sdcmi;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * A 1-D Gaussian mixture fitted by EM (Dempster, Laird, Rubin 1977) — the sDCMI "GMM" discriminator.
 * The hyperparameter names follow the PyTorch {@code gmm-torch} ({@code ldeecke/gmm-torch}, {@code gmm.py})
 * the names suggest (docs/methods/sdcmi.md, 'Where the seed is silent, and what XHPO chose'):
 * {@code comp} components, EM stops when the mean log-likelihood per point gains less than
 * {@code delta} or after {@code n_iters} iterations. {@code scale} is XHPO's reading (the authors'
 * meaning is not public): the initial component sd as a fraction of the data's sd. Means start at
 * k-means++ seeds (Arthur and Vassilvitskii 2007), weights equal; variances are floored at 1e-6 of
 * the data's variance. Smile's {@code GaussianMixture} exposes neither the tolerance, the iteration
 * cap nor the initial scale, hence this class. Fitting is on standardized y.
 */
public final class GaussianMixtureDiscriminator implements Discriminator {
    private final int components;
    private final double scale;
    private final double delta;
    private final int maxIterations;

    /** @see GaussianMixtureDiscriminator */
    public GaussianMixtureDiscriminator(int components, double scale, double delta, int maxIterations) {
        if (components < 1 || !(scale > 0) || !(delta > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("GMM: comp >= 1, scale > 0, delta > 0 and n_iters >= 1 are required, got "
                    + components + ", " + scale + ", " + delta + ", " + maxIterations);
        }
        this.components = components;
        this.scale = scale;
        this.delta = delta;
        this.maxIterations = maxIterations;
    }

    @Override
    public DoubleUnaryOperator fitLogDensity(double[] y, SplittableRandom rng) {
        Mixture m = fit(y, rng);
        return v -> m.logDensity(v);
    }

    /** Fits the mixture; exposed for tests. */
    Mixture fit(double[] y, SplittableRandom rng) {
        int n = y.length;
        Standardization st = Standardization.of(y);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = st.apply(y[i]);
        }
        int k = components;
        double[] mu = kMeansPlusPlus(z, k, rng);
        double[] s2 = new double[k];
        double[] w = new double[k];
        java.util.Arrays.fill(s2, scale * scale);
        java.util.Arrays.fill(w, 1.0 / k);
        double floor = 1e-6;
        double[][] resp = new double[k][n];
        double previous = Double.NEGATIVE_INFINITY;
        int iterations = 0;
        for (int it = 0; it < maxIterations; it++) {
            iterations++;
            double ll = 0;
            double[] logp = new double[k];
            for (int i = 0; i < n; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double u = z[i] - mu[c];
                    logp[c] = Math.log(w[c]) - 0.5 * Math.log(2 * Math.PI * s2[c]) - 0.5 * u * u / s2[c];
                    max = Math.max(max, logp[c]);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    logp[c] = Math.exp(logp[c] - max);
                    sum += logp[c];
                }
                for (int c = 0; c < k; c++) {
                    resp[c][i] = logp[c] / sum;
                }
                ll += max + Math.log(sum);
            }
            ll /= n;
            for (int c = 0; c < k; c++) {
                double nc = 0;
                double sx = 0;
                for (int i = 0; i < n; i++) {
                    nc += resp[c][i];
                    sx += resp[c][i] * z[i];
                }
                if (nc < 1e-10) { // an empty component keeps its place with a negligible weight
                    w[c] = 1e-10 / n;
                    continue;
                }
                mu[c] = sx / nc;
                double sv = 0;
                for (int i = 0; i < n; i++) {
                    double u = z[i] - mu[c];
                    sv += resp[c][i] * u * u;
                }
                s2[c] = Math.max(sv / nc, floor);
                w[c] = nc / n;
            }
            if (ll - previous < delta) {
                break;
            }
            previous = ll;
        }
        return new Mixture(st.mean(), st.sd(), mu, s2, w, iterations);
    }

    private static double[] kMeansPlusPlus(double[] z, int k, SplittableRandom rng) {
        int n = z.length;
        double[] centers = new double[k];
        centers[0] = z[rng.nextInt(n)];
        double[] d2 = new double[n];
        java.util.Arrays.fill(d2, Double.POSITIVE_INFINITY);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double u = z[i] - centers[c - 1];
                d2[i] = Math.min(d2[i], u * u);
                total += d2[i];
            }
            if (total <= 0) {
                centers[c] = z[rng.nextInt(n)];
                continue;
            }
            double pick = rng.nextDouble() * total;
            int i = 0;
            while (i < n - 1 && (pick -= d2[i]) > 0) {
                i++;
            }
            centers[c] = z[i];
        }
        return centers;
    }

    /** A fitted mixture on standardized y = (y − mean)/sd. */
    record Mixture(double mean, double sd, double[] mu, double[] var, double[] weight, int iterations) {
        /** log q̂(y) in y's units. */
        double logDensity(double y) {
            double z = (y - mean) / sd;
            double max = Double.NEGATIVE_INFINITY;
            double[] lp = new double[mu.length];
            for (int c = 0; c < mu.length; c++) {
                double u = z - mu[c];
                lp[c] = Math.log(weight[c]) - 0.5 * Math.log(2 * Math.PI * var[c]) - 0.5 * u * u / var[c];
                max = Math.max(max, lp[c]);
            }
            double s = 0;
            for (double v : lp) {
                s += Math.exp(v - max);
            }
            return max + Math.log(s) - Math.log(sd);
        }
    }
}

package org.xhpo.sampler.tpe;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.xhpo.study.SampleStats;

/**
 * A weighted mixture of product kernels over d unit-space dimensions, one component per
 * observation plus a prior component: truncated normals for numeric dimensions, smoothed one-hot
 * distributions for categorical ones (Bergstra et al. 2011, "Algorithms for Hyper-Parameter
 * Optimization", §4; bandwidths, prior and magic clip as Optuna 5.0 {@code _ParzenEstimator}, which
 * uses the same per-dimension neighbour bandwidths for one dimension and for a joint product kernel;
 * checked against Optuna 5's densities in {@code TpeOptuna5ReferenceTest}).
 * Notation: w_i mixture weights, μ_i/σ_i numeric kernel location/scale, p_i categorical kernel.
 */
final class ParzenEstimator {
    private final int dims;
    private final int[] choices;      // 0 for numeric dimensions, number of choices for categorical ones
    private final double[] logWeights; // log w_i, normalized
    private final double[][] mu;       // [dim][component]
    private final double[][] sigma;
    private final double[][] logMass;
    private final double[][] logNorm;  // [dim][component]: −log σ − ½log 2π − log Z
    private final double[][][] logP;   // categorical: [dim][component][choice]
    private final double[] cumulative;
    private final KernelRule rule;
    /** One numeric dimension (the default univariate case): log w_i + log norm_i and 1/σ_i, flat. */
    private double[] fastConst;
    private double[] fastInvSigma;

    ParzenEstimator(double[][] obs, double[] weights, int[] choices, double priorWeight) {
        this(obs, weights, choices, priorWeight, KernelRule.OPTUNA);
    }

    /**
     * @param obs observations [n][d] in unit space (categorical dims hold the choice index)
     * @param weights observation weights (length n)
     * @param choices per dimension: 0 numeric, else number of choices
     * @param priorWeight weight of the prior component (uniform-ish: μ = ½, σ = 1; uniform choices)
     * @param rule how the kernels' widths are set
     */
    ParzenEstimator(double[][] obs, double[] weights, int[] choices, double priorWeight, KernelRule rule) {
        int n = obs.length;
        this.rule = rule;
        this.dims = choices.length;
        this.choices = choices;
        int k = n + 1;
        this.mu = new double[dims][k];
        this.sigma = new double[dims][k];
        this.logMass = new double[dims][k];
        this.logNorm = new double[dims][k];
        this.logP = new double[dims][][];
        double total = priorWeight;
        for (double w : weights) {
            total += w;
        }
        this.logWeights = new double[k];
        this.cumulative = new double[k];
        double acc = 0;
        for (int i = 0; i < k; i++) {
            double w = (i < n ? weights[i] : priorWeight) / total;
            logWeights[i] = Math.log(w);
            acc += w;
            cumulative[i] = acc;
        }
        for (int d = 0; d < dims; d++) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                col[i] = obs[i][d];
            }
            if (choices[d] == 0) {
                numeric(d, col);
            } else {
                categorical(d, col, choices[d], priorWeight);
            }
        }
        if (dims == 1 && choices[0] == 0) {
            fastConst = new double[k];
            fastInvSigma = new double[k];
            for (int i = 0; i < k; i++) {
                fastConst[i] = logWeights[i] + logNorm[0][i];
                fastInvSigma[i] = 1.0 / sigma[0][i];
            }
        }
    }

    /** log density of one numeric dimension in two passes over flat arrays (no allocation). */
    private double logDensity1d(double x) {
        double[] m = mu[0];
        int k = m.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            double z = (x - m[i]) * fastInvSigma[i];
            double t = fastConst[i] - 0.5 * z * z;
            if (t > max) {
                max = t;
            }
        }
        double cutoff = max - 40;
        double sum = 0;
        for (int i = 0; i < k; i++) {
            double z = (x - m[i]) * fastInvSigma[i];
            double t = fastConst[i] - 0.5 * z * z;
            if (t > cutoff) {
                sum += Math.exp(t - max);
            }
        }
        return max + Math.log(sum);
    }

    private void numeric(int d, double[] col) {
        int n = col.length;
        double[] s = new double[n];
        if (rule.scott()) {
            Arrays.fill(s, scottBandwidth(col));
        } else if (n > 0) {
            // Optuna 5 rule: distance to the farther neighbour among the sorted observations and the
            // endpoints 0 and 1; with endpoints not considered, the outermost observations take the
            // distance to their inner neighbour
            double[] sorted = new double[n + 2];
            System.arraycopy(col, 0, sorted, 1, n);
            Arrays.sort(sorted, 1, n + 1);
            sorted[0] = 0;
            sorted[n + 1] = 1;
            int[] order = new int[n]; // a stable argsort on primitives: ties keep their index order
            int[] taken = new int[n + 2];
            for (int i = 0; i < n; i++) {
                int lb = lowerBound(sorted, 1, n + 1, col[i]);
                int r = lb + taken[lb]++ - 1;
                order[r] = i;
            }
            double[] sig = new double[n];
            for (int r = 0; r < n; r++) {
                sig[r] = Math.max(sorted[r + 1] - sorted[r], sorted[r + 2] - sorted[r + 1]);
            }
            if (n >= 2) {
                sig[0] = sorted[2] - sorted[1];
                sig[n - 1] = sorted[n] - sorted[n - 1];
            }
            for (int r = 0; r < n; r++) {
                s[order[r]] = sig[r];
            }
        }
        double minSigma = rule.minBandwidth(n); // magic clip
        for (int i = 0; i < n; i++) {
            mu[d][i] = col[i];
            sigma[d][i] = Math.min(1.0, Math.max(minSigma, s[i]));
        }
        mu[d][n] = 0.5;
        sigma[d][n] = 1.0;
        for (int i = 0; i <= n; i++) {
            logMass[d][i] = TruncatedNormal.logMass(mu[d][i], sigma[d][i]);
            logNorm[d][i] = TruncatedNormal.logPdf(mu[d][i], mu[d][i], sigma[d][i], logMass[d][i]);
        }
    }

    /**
     * Scott's rule over the observations and the prior's centre ½ (Watanabe 2023, Table 6; the sd with
     * n − 1 in the denominator, quartiles by linear interpolation): 1.059 · min(IQR/1.34, sd) · m^(−1/5).
     */
    static double scottBandwidth(double[] col) {
        int m = col.length + 1;
        double[] v = Arrays.copyOf(col, m);
        v[m - 1] = 0.5;
        Arrays.sort(v);
        double sd = m > 1 ? SampleStats.sd(v) : 0; // numpy's std(ddof=int(m > 1))
        double iqr = SampleStats.quantileOfSorted(v, 0.75) - SampleStats.quantileOfSorted(v, 0.25);
        return 1.059 * Math.min(iqr / 1.34, sd) * Math.pow(m, -0.2);
    }

    private void categorical(int d, double[] col, int c, double priorWeight) {
        int n = col.length;
        logP[d] = new double[n + 1][c];
        if (!Double.isNaN(rule.categoricalPriorWeight()) && c > 1) {
            double b = rule.categoricalPriorWeight();
            for (int i = 0; i < n; i++) {
                Arrays.fill(logP[d][i], Math.log(b / (c - 1)));
                logP[d][i][(int) col[i]] = Math.log(1 - b);
            }
            Arrays.fill(logP[d][n], -Math.log(c));
            return;
        }
        double base = priorWeight / (n + 1);
        for (int i = 0; i <= n; i++) {
            double[] p = new double[c];
            Arrays.fill(p, base);
            if (i < n) {
                p[(int) col[i]] += 1.0;
            }
            double sum = 0;
            for (double v : p) {
                sum += v;
            }
            for (int j = 0; j < c; j++) {
                logP[d][i][j] = Math.log(p[j] / sum);
            }
        }
    }

    /** The first index in [from, to) of the sorted array whose value is ≥ v. */
    private static int lowerBound(double[] a, int from, int to, double v) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Draws one point: a component by weight, then each dimension from that component's kernel. */
    double[] sample(SplittableRandom rng) {
        double r = rng.nextDouble();
        int i = Arrays.binarySearch(cumulative, r);
        i = i >= 0 ? i : Math.min(-i - 1, cumulative.length - 1);
        double[] x = new double[dims];
        for (int d = 0; d < dims; d++) {
            if (choices[d] == 0) {
                x[d] = TruncatedNormal.sample(mu[d][i], sigma[d][i], rng);
            } else {
                double u = rng.nextDouble();
                double acc = 0;
                int j = 0;
                for (; j < choices[d] - 1; j++) {
                    acc += Math.exp(logP[d][i][j]);
                    if (u < acc) {
                        break;
                    }
                }
                x[d] = j;
            }
        }
        return x;
    }

    /** log of the mixture density (mass for categorical dimensions) at x. */
    double logDensity(double[] x) {
        if (fastConst != null) {
            return logDensity1d(x[0]);
        }
        int k = logWeights.length;
        double max = Double.NEGATIVE_INFINITY;
        double[] terms = new double[k];
        for (int i = 0; i < k; i++) {
            double t = logWeights[i];
            for (int d = 0; d < dims; d++) {
                if (choices[d] == 0) {
                    double z = (x[d] - mu[d][i]) / sigma[d][i];
                    t += logNorm[d][i] - 0.5 * z * z;
                } else {
                    t += logP[d][i][(int) x[d]];
                }
            }
            terms[i] = t;
            max = Math.max(max, t);
        }
        double sum = 0;
        double cutoff = max - 40; // e^-40 ≈ 4e-18: such terms cannot change the sum
        for (int i = 0; i < k; i++) {
            if (terms[i] > cutoff) {
                sum += Math.exp(terms[i] - max);
            }
        }
        return max + Math.log(sum);
    }
}

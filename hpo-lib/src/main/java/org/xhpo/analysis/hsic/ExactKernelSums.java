package org.xhpo.analysis.hsic;

import java.util.SplittableRandom;

/**
 * Exact Gaussian kernel sums over n rows in one O(n²) pass and O(n) memory: the n×n matrix is never
 * formed (docs/methods/hsic.md, "Kernels and the authors' S"). The product kernel over d variables
 * with their own bandwidths h_v is k(x_i, x_j) = Π_v exp(−(x_iv − x_jv)²/(2h_v²)) = exp(−½ Σ_v
 * (u_iv − u_jv)²) with u_v = x_v/h_v (docs/methods/hsic.md, 'P2: pairs and interactions'), so the
 * columns are scaled once and one code path serves singles and pairs.
 */
final class ExactKernelSums {
    private final double[][] u;     // [variable][row], scaled by 1/h
    private final double[] zd;      // z as 0/1
    private final int n;
    private final int m;
    private final KernelMoments moments;

    ExactKernelSums(double[][] columns, double[] bandwidths, boolean[] z) {
        this.n = z.length;
        this.u = new double[columns.length][n];
        for (int v = 0; v < columns.length; v++) {
            double inv = 1.0 / bandwidths[v];
            for (int i = 0; i < n; i++) {
                u[v][i] = columns[v][i] * inv;
            }
        }
        this.zd = new double[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            zd[i] = z[i] ? 1 : 0;
            count += z[i] ? 1 : 0;
        }
        this.m = count;
        this.moments = pass();
    }

    KernelMoments moments() {
        return moments;
    }

    /** One pass over i &lt; j accumulating r = K1, rz = Kz and the three (K∘K) quadratic forms. */
    private KernelMoments pass() {
        double[] r = new double[n];
        double[] rz = new double[n];
        double kk = 0;
        double kk1 = 0;
        double kk11 = 0;
        for (int i = 0; i < n; i++) {
            double zi = zd[i];
            double ri = 0;
            double rzi = 0;
            double kkRow = 0;
            double kkRowZ = 0;
            for (int j = i + 1; j < n; j++) {
                double k = kernel(i, j);
                double k2 = k * k;
                double zj = zd[j];
                ri += k;
                r[j] += k;
                rzi += k * zj;
                rz[j] += k * zi;
                kkRow += k2;
                kkRowZ += k2 * zj;
            }
            r[i] += ri + 1;          // diagonal K_ii = 1
            rz[i] += rzi + zi;
            kk += 2 * kkRow;
            kk1 += zi * kkRow + kkRowZ;
            kk11 += 2 * zi * kkRowZ;
        }
        kk += n;
        kk1 += m;
        kk11 += m;
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        return new KernelMoments(n, m, ones, zd.clone(), r, rz, kk, kk1, kk11);
    }

    private double kernel(int i, int j) {
        double d2 = 0;
        for (double[] col : u) {
            double d = col[i] - col[j];
            d2 += d * d;
        }
        return Math.exp(-0.5 * d2);
    }

    /**
     * Permutation p-value #{b : S(X, Z_τb) &gt; S_obs}/(B+1) (OpenTURNS
     * {@code computePValuesPermutationSequential}; S and HSIC_V = 2S order permutations alike).
     * A permutation of Z with m fixed only changes A = Σ_{Z,Z} K and R1 = Σ_Z r; both come from the
     * smaller of the two groups G (size g = min(m, n−m)) in O(g²): if G is the complement,
     * R1 = T − Σ_G r and A = A0 − T + 2R1. Subsets are drawn by a partial Fisher–Yates shuffle.
     */
    double permutationPValue(int permutations, SplittableRandom rng) {
        if (m == 0 || m == n) {
            return 1;
        }
        double nn = n;
        double t = moments.total();
        double sObs = moments.index();
        double[] r = moments.kw();
        boolean groupIsBest = m <= n - m;
        int g = groupIsBest ? m : n - m;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        int exceed = 0;
        for (int b = 0; b < permutations; b++) {
            for (int i = 0; i < g; i++) {
                int j = i + rng.nextInt(n - i);
                int tmp = idx[i];
                idx[i] = idx[j];
                idx[j] = tmp;
            }
            double within = g;
            double rowSum = 0;
            for (int a = 0; a < g; a++) {
                int ia = idx[a];
                rowSum += r[ia];
                double acc = 0;
                for (int c = a + 1; c < g; c++) {
                    acc += kernel(ia, idx[c]);
                }
                within += 2 * acc;
            }
            double r1 = groupIsBest ? rowSum : t - rowSum;
            double a = groupIsBest ? within : within - t + 2 * r1;
            double p = m / nn;
            // authors' S (hsic.md, "Kernels and the authors' S"): S = p² [T/n² + A/m² − 2 R1/(nm)]
            double s = p * p * (t / (nn * nn) + a / ((double) m * m) - 2 * r1 / (nn * m));
            if (s > sObs) {
                exceed++;
            }
        }
        return exceed / (permutations + 1.0);
    }
}

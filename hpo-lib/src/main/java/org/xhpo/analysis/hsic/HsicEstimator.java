package org.xhpo.analysis.hsic;

import java.util.SplittableRandom;

/**
 * Exact goal-oriented HSIC of one input, or of several inputs with the product Gaussian kernel
 * (P2), against the target Z (hsic-explainable-hpo.md §3; METHODS.md §2.1–2.9). O(n²) time, O(n)
 * memory: the Gram matrix is never stored. Each input gets its own bandwidth (decision 11; the
 * authors share one bandwidth on the joint vector).
 *
 * <p>Permutation test (OpenTURNS {@code HSICEstimator}, METHODS §2.9): B random permutations τ of Z;
 * p = #{HSIC_V(X, Z_τ) &gt; HSIC_V(X, Z)}/(B + 1). A permutation keeps n, m and the row sums, so only
 * A11 and R1 are recomputed: O(m²) per permutation.
 */
public final class HsicEstimator {
    private final Bandwidth bandwidth;
    private final int permutations;
    private final long seed;

    /**
     * @param bandwidth the bandwidth rule
     * @param permutations permutations of the p-value test (0: none)
     * @param seed seeds the permutations
     */
    public HsicEstimator(Bandwidth bandwidth, int permutations, long seed) {
        if (permutations < 0) {
            throw new IllegalArgumentException("permutations: must be >= 0, got " + permutations);
        }
        this.bandwidth = bandwidth;
        this.permutations = permutations;
        this.seed = seed;
    }

    /** HSIC of one input column (unit space) against Z. */
    public HsicIndex single(double[] x, boolean[] z) {
        return joint(new double[][] {x}, z);
    }

    /** HSIC of the input columns (product kernel) against Z. */
    public HsicIndex joint(double[][] columns, boolean[] z) {
        int n = z.length;
        for (double[] c : columns) {
            if (c.length != n) {
                throw new IllegalArgumentException("columns: expected " + n + " values per column, got " + c.length);
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException("HSIC needs at least 2 rows, got " + n);
        }
        double[] inv = new double[columns.length];
        double h0 = Double.NaN;
        for (int c = 0; c < columns.length; c++) {
            double h = bandwidth.of(columns[c]);
            h0 = c == 0 ? h : h0;
            inv[c] = 1 / (2 * h * h);
        }
        Gram gram = new Gram(columns, inv);
        WeightedKernelSums.Points pts = new WeightedKernelSums.Points() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public double w1(int k) {
                return z[k] ? 1 : 0;
            }

            @Override
            public double w0(int k) {
                return z[k] ? 0 : 1;
            }

            @Override
            public double kernel(int a, int b) {
                return gram.at(a, b);
            }
        };
        WeightedKernelSums.Sums sums = WeightedKernelSums.compute(pts, h0, true);
        HsicIndex idx = sums.index();
        if (permutations == 0 || idx.m() == 0 || idx.m() == n) {
            return idx;
        }
        return idx.withPermutation(permutationPValue(gram, z, idx, sums.rowSums(), sums.total()));
    }

    private double permutationPValue(Gram gram, boolean[] z, HsicIndex observed, double[] r, double t) {
        int n = z.length;
        int m = observed.m();
        SplittableRandom rng = new SplittableRandom(seed);
        int[] idx = new int[n];
        int above = 0;
        for (int b = 0; b < permutations; b++) {
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            for (int i = 0; i < m; i++) { // partial Fisher–Yates: the first m are a uniform m-subset
                int j = i + rng.nextInt(n - i);
                int tmp = idx[i];
                idx[i] = idx[j];
                idx[j] = tmp;
            }
            double a11 = 0;
            double r1 = 0;
            for (int a = 0; a < m; a++) {
                r1 += r[idx[a]];
                a11 += 1; // K_ii
                for (int c = a + 1; c < m; c++) {
                    a11 += 2 * gram.at(idx[a], idx[c]);
                }
            }
            if (WeightedKernelSums.hsicV(n, m, t, a11, r1) > observed.hsicV()) {
                above++;
            }
        }
        return above / (double) (permutations + 1); // METHODS §2.9: #{HSIC_perm > HSIC_obs}/(B + 1)
    }

    /** The product Gaussian Gram matrix, entries computed on demand. */
    private static final class Gram {
        private final double[][] columns;
        private final double[] inv;

        Gram(double[][] columns, double[] inv) {
            this.columns = columns;
            this.inv = inv;
        }

        double at(int a, int b) {
            double e = 0;
            for (int c = 0; c < columns.length; c++) {
                double d = columns[c][a] - columns[c][b];
                e += d * d * inv[c]; // k(x, x') = Π_c exp(−(x_c − x'_c)²/(2h_c²))
            }
            return Math.exp(-e);
        }
    }
}

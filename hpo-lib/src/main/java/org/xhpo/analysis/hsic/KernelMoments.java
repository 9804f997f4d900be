package org.xhpo.analysis.hsic;

/**
 * Everything the HSIC statistics need from a Gaussian kernel K on a weighted support
 * (docs/methods/hsic.md, "Kernels and the authors' S", 'V- and U-statistics, R2-HSIC', 'p-values',
 * 'The binned estimator for large tables'). Exact estimator: the support is the n rows, weights 1. Binned
 * estimator: the support is the grid, weights the linear-binned counts.
 *
 * <p>Notation: w_a all-row weight and w1_a Z=1 weight of support point a (Σw = n, Σw1 = m);
 * kw = K w, kw1 = K w1 (kernel row sums); kk = wᵀ(K∘K)w, kk1 = w1ᵀ(K∘K)w, kk11 = w1ᵀ(K∘K)w1
 * (∘ = elementwise product). All sums include the diagonal, where the Gaussian kernel is 1.
 */
record KernelMoments(double n, double m, double[] w, double[] w1, double[] kw, double[] kw1,
                     double kk, double kk1, double kk11) {

    KernelMoments {
        int len = w.length;
        if (w1.length != len || kw.length != len || kw1.length != len) {
            throw new IllegalArgumentException("KernelMoments: vectors must have one length, got "
                    + len + ", " + w1.length + ", " + kw.length + ", " + kw1.length);
        }
        if (!(n > 0) || m < 0 || m > n) {
            throw new IllegalArgumentException("KernelMoments: need 0 <= m <= n and n > 0, got n=" + n + ", m=" + m);
        }
    }

    /** T = wᵀKw = Σ_ij K_ij. */
    double total() {
        return dot(w, kw);
    }

    /** R1 = w1ᵀKw = Σ_{i: z_i=1} Σ_j K_ij. */
    double rowSumsBest() {
        return dot(w1, kw);
    }

    /** A = w1ᵀKw1 = Σ_{i,j: z=1} K_ij. */
    double withinBest() {
        return dot(w1, kw1);
    }

    /** The authors' S = p̂²·MMD²_V from the three kernel sums (hsic.md, "Kernels and the authors' S"). */
    double index() {
        if (m == 0) {
            return 0;
        }
        // authors' hsic.py: S = p² [mean(XX) + mean(ZZ) − 2 mean(XZ)], with p = m/n
        double p = m / n;
        return p * p * (total() / (n * n) + withinBest() / (m * m) - 2 * rowSumsBest() / (n * m));
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}

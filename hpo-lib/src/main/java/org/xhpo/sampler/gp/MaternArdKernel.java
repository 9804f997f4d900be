package org.xhpo.sampler.gp;

/**
 * Matérn-5/2 kernel with automatic relevance determination (Rasmussen &amp; Williams 2006, "Gaussian
 * Processes for Machine Learning", Eq. 4.17): k(x, x') = σ²(1 + √5 r + 5r²/3) exp(−√5 r),
 * r² = Σ_d (x_d − x'_d)² / ℓ_d². Smile 2.6 has no ARD kernel, hence this class.
 */
final class MaternArdKernel {
    private static final double SQRT5 = Math.sqrt(5);

    private MaternArdKernel() {
    }

    /** Squared scaled distance r² for inverse squared lengthscales {@code invL2}. */
    static double r2(double[] a, double[] b, double[] invL2) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            double t = a[d] - b[d];
            s += t * t * invL2[d];
        }
        return s;
    }

    /** The correlation part (1 + √5 r + 5r²/3) exp(−√5 r), without σ². */
    static double correlation(double r2) {
        double r = Math.sqrt(r2);
        return correlation(r, r2, decay(r));
    }

    /** exp(−√5 r), the factor {@link #correlation} and {@link #lengthscaleFactor} share. */
    static double decay(double r) {
        return Math.exp(-SQRT5 * r);
    }

    /** {@link #correlation(double)} from r, r² and {@code decay(r)}, so a caller needing both pays one exp. */
    static double correlation(double r, double r2, double decay) {
        return (1 + SQRT5 * r + 5.0 / 3.0 * r2) * decay;
    }

    /**
     * ∂k/∂(log ℓ_d) divided by σ²·Δ_d²/ℓ_d², from r and {@code decay(r)}: (5/3)(1 + √5 r) exp(−√5 r) — from dk/dr = −(5/3)σ² r
     * (1 + √5 r) e^{−√5 r} and ∂r/∂ log ℓ_d = −Δ_d²/(ℓ_d² r).
     */
    static double lengthscaleFactor(double r, double decay) {
        return 5.0 / 3.0 * (1 + SQRT5 * r) * decay;
    }
}

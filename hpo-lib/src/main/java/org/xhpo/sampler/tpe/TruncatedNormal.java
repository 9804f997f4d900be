package org.xhpo.sampler.tpe;

import java.util.SplittableRandom;

/**
 * The normal distribution truncated to [0, 1], the numeric kernel of the Parzen estimators.
 * Notation: μ location, σ scale, Z = Φ((1−μ)/σ) − Φ(−μ/σ) the mass kept by the truncation.
 * Φ is computed from erfc (Numerical Recipes 2nd ed. §6.2, Chebyshev fit, fractional error
 * below 1.2e-7); μ always lies in [0, 1] here, so Z ≥ Φ(1) − ½ ≈ 0.34 and no tail is ill-conditioned.
 */
final class TruncatedNormal {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private TruncatedNormal() {
    }

    /** Complementary error function, Numerical Recipes {@code erfcc}. */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double ans = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? ans : 2.0 - ans;
    }

    /** Standard normal CDF Φ(x) = ½·erfc(−x/√2). */
    static double phi(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2.0));
    }

    /** log Z: the log of the mass of N(μ, σ²) inside [0, 1]. */
    static double logMass(double mu, double sigma) {
        if (mu / sigma > 9 && (1 - mu) / sigma > 9) {
            return 0.0; // both tails beyond 9σ: the lost mass is below 1e-18
        }
        return Math.log(Math.max(phi((1 - mu) / sigma) - phi(-mu / sigma), 1e-300));
    }

    /** log density at x in [0,1] given precomputed log Z. */
    static double logPdf(double x, double mu, double sigma, double logMass) {
        double z = (x - mu) / sigma;
        return -0.5 * z * z - Math.log(sigma) - LOG_SQRT_2PI - logMass;
    }

    /** A draw by rejection from N(μ, σ²) (acceptance ≥ 0.34 because μ ∈ [0, 1]). */
    static double sample(double mu, double sigma, SplittableRandom rng) {
        for (int i = 0; i < 1000; i++) {
            double x = mu + sigma * rng.nextGaussian();
            if (x >= 0 && x <= 1) {
                return x;
            }
        }
        return Math.min(1, Math.max(0, mu));
    }
}

package org.xhpo.sampler.gp;

/**
 * Standard normal density and CDF, and the scaled complementary error function erfcx(x) =
 * exp(x²)·erfc(x), from the Chebyshev fit of Numerical Recipes 2nd ed. §6.2 (fractional error below
 * 1.2e-7 everywhere), which yields erfcx for x ≥ 0 without overflow.
 */
final class NormalFunctions {
    static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private NormalFunctions() {
    }

    private static double poly(double t) {
        return -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
                + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
    }

    /** erfcx(x) = exp(x²) erfc(x) for x ≥ 0. */
    static double erfcx(double x) {
        double t = 1.0 / (1.0 + 0.5 * x);
        return t * Math.exp(poly(t));
    }

    /** erfc(x). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double ans = t * Math.exp(-z * z + poly(t));
        return x >= 0 ? ans : 2.0 - ans;
    }

    /** Φ(z). */
    static double cdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /** log Φ(z), accurate in the lower tail through erfcx. */
    static double logCdf(double z) {
        if (z > -5) {
            return Math.log(cdf(z));
        }
        double x = -z / Math.sqrt(2);
        return Math.log(0.5 * erfcx(x)) - x * x;
    }

    /** φ(z). */
    static double pdf(double z) {
        return Math.exp(-0.5 * z * z - LOG_SQRT_2PI);
    }
}

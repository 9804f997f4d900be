package org.xhpo.sampler.gp;

/**
 * log EI, numerically stable far below the incumbent (Ament, Daulton, Eriksson, Balandat, Bakshy
 * 2023, "Unexpected Improvements to Expected Improvement for Bayesian Optimization", Eq. 9):
 * EI = σ h(z), z = (f* − μ)/σ, h(z) = φ(z) + zΦ(z); log h uses erfcx for −10 &lt; z ≤ −1 and, below
 * −10, the asymptotic series h(z) = φ(z)(1/x² − 3/x⁴ + 15/x⁶ − 105/x⁸ + 945/x¹⁰), x = |z| (Mills'
 * ratio expansion; truncation error below 1e-8 relative), which avoids the cancellation in
 * 1 − x·R(x) that the erfcx branch suffers there.
 */
final class LogExpectedImprovement implements Acquisition {
    private static final double C1 = 0.5 * Math.log(2 * Math.PI);
    private static final double C2 = 0.5 * Math.log(Math.PI / 2);
    private static final double Z_ASYMPTOTIC = -10;

    @Override
    public double score(double mean, double sd, double best) {
        double z = (best - mean) / sd;
        return logH(z) + Math.log(sd);
    }

    /** log h(z), h(z) = φ(z) + zΦ(z). */
    static double logH(double z) {
        if (z > -1) {
            return Math.log(NormalFunctions.pdf(z) + z * NormalFunctions.cdf(z));
        }
        if (z > Z_ASYMPTOTIC) {
            // Eq. 9, middle branch: −z²/2 − c1 + log1mexp(log(erfcx(−z/√2)|z|) + c2)
            double a = Math.log(NormalFunctions.erfcx(-z / Math.sqrt(2)) * Math.abs(z)) + C2;
            return -0.5 * z * z - C1 + log1mexp(a);
        }
        double x2 = 1 / (z * z);
        double series = 1 - x2 * (3 - x2 * (15 - x2 * (105 - x2 * 945)));
        return -0.5 * z * z - C1 - 2 * Math.log(Math.abs(z)) + Math.log(series);
    }

    /** log(1 − eˣ) for x &lt; 0 (Mächler 2012). */
    static double log1mexp(double x) {
        return x > -Math.log(2) ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
    }
}

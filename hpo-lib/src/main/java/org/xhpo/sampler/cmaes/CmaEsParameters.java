package org.xhpo.sampler.cmaes;

/**
 * The strategy parameters of CMA-ES for dimension n and population λ, with the default values of
 * Hansen, "The CMA Evolution Strategy: A Tutorial" (arXiv:1604.00772), Appendix A, Table 1
 * (Eqs. (48)–(58)), including the negative weights of active CMA for the covariance update.
 *
 * <p>Notation: n dimension, λ population, μ = ⌊λ/2⌋ parents, w_i recombination weights,
 * μ_eff = (Σ_{i≤μ} w'_i)² / Σ_{i≤μ} w'_i², c_σ and d_σ step-size cumulation and damping, c_c covariance cumulation, c_1
 * rank-one and c_μ rank-μ learning rates, E‖N(0,I)‖ the expected length of a standard normal vector.
 *
 * @param n dimension
 * @param lambda population size λ
 * @param mu number of parents μ
 * @param weights weights w_1 ≥ … ≥ w_λ: the first μ positive, summing to 1 (recombination); the rest
 *     negative (active covariance update only)
 * @param muEff variance effective selection mass μ_eff
 * @param cSigma c_σ
 * @param dSigma d_σ
 * @param cc c_c
 * @param c1 c_1
 * @param cMu c_μ
 * @param chiN E‖N(0,I)‖
 */
public record CmaEsParameters(int n, int lambda, int mu, double[] weights, double muEff, double cSigma, double dSigma,
                              double cc, double c1, double cMu, double chiN) {

    /** Checks the sizes. */
    public CmaEsParameters {
        if (n < 1 || lambda < 2 || mu < 1 || mu > lambda || weights.length != lambda) {
            throw new IllegalArgumentException("CMA-ES needs n >= 1, lambda >= 2, 1 <= mu <= lambda, got n=" + n
                    + ", lambda=" + lambda + ", mu=" + mu);
        }
    }

    /** The default population of the tutorial, Eq. (48): λ = 4 + ⌊3 ln n⌋. */
    public static int defaultPopulation(int n) {
        return 4 + (int) Math.floor(3 * Math.log(n));
    }

    /** The tutorial's defaults (Appendix A, Eqs. (48)–(58)) for dimension n and population λ. */
    public static CmaEsParameters of(int n, int lambda) {
        int mu = lambda / 2;
        double[] w = new double[lambda];
        double pos = 0;
        double posSq = 0;
        double neg = 0;
        double negSq = 0;
        for (int i = 0; i < lambda; i++) {
            w[i] = Math.log((lambda + 1) / 2.0) - Math.log(i + 1); // Eq. (49): w'_i = ln((λ+1)/2) − ln i
            if (i < mu) {
                pos += w[i];
                posSq += w[i] * w[i];
            } else {
                neg -= w[i];
                negSq += w[i] * w[i];
            }
        }
        double muEff = pos * pos / posSq; // Table 1: μ_eff
        double muEffMinus = negSq > 0 ? neg * neg / negSq : 0;
        double cSigma = (muEff + 2) / (n + muEff + 5); // Eq. (55)
        double dSigma = 1 + 2 * Math.max(0, Math.sqrt((muEff - 1) / (n + 1)) - 1) + cSigma; // Eq. (55)
        double cc = (4 + muEff / n) / (n + 4 + 2 * muEff / n); // Eq. (56)
        double alphaCov = 2;
        double c1 = alphaCov / ((n + 1.3) * (n + 1.3) + muEff); // Eq. (57)
        double cMu = Math.min(1 - c1,
                alphaCov * (muEff - 2 + 1 / muEff) / ((n + 2) * (n + 2) + alphaCov * muEff / 2)); // Eq. (58)
        double chiN = Math.sqrt(n) * (1 - 1.0 / (4 * n) + 1.0 / (21.0 * n * n)); // E‖N(0,I)‖, §3.4
        double alphaMu = 1 + c1 / cMu; // Eq. (50): α_μ⁻
        double alphaMuEff = 1 + 2 * muEffMinus / (muEff + 2); // Eq. (51): α_μeff⁻
        double alphaPosDef = (1 - c1 - cMu) / (n * cMu); // Eq. (52): α_posdef⁻
        double negScale = Math.min(alphaMu, Math.min(alphaMuEff, alphaPosDef));
        for (int i = 0; i < lambda; i++) {
            w[i] = i < mu ? w[i] / pos : negScale * w[i] / neg; // Eq. (53)
        }
        return new CmaEsParameters(n, lambda, mu, w, muEff, cSigma, dSigma, cc, c1, cMu, chiN);
    }
}

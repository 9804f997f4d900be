package org.xhpo.sampler.cmaes;

import java.util.List;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.Parameter;
import smile.math.special.Erf;

/**
 * The margin of CMA-ES with margin (Hamano, Saito, Nomura, Shirakawa 2022, "CMA-ES with Margin:
 * Lower-Bounding Marginal Probability for Mixed-Integer Black-Box Optimization", GECCO, §4): after
 * each update, every discrete coordinate keeps a probability of at least α of leaving the value its
 * mean encodes, so the search cannot freeze on one integer (or category) while σ shrinks.
 *
 * <p>Notation (unit space): a discrete coordinate j owns cells [ℓ_low, ℓ_up] of [0,1] (the value the
 * mean m_j encodes), s_j = σ A_jj √C_jj the marginal standard deviation, p_low = Pr(x_j &lt; ℓ_low),
 * p_up = Pr(x_j &gt; ℓ_up) under N(m_j, s_j²), Φ the standard normal CDF.
 * <ul>
 *   <li>Interior cell (§4.2, both neighbours): if min(p_low, p_up) &lt; α/2, both are raised to at
 *   least α/2, the excess is taken from the larger ones in proportion, and (m_j, A_jj) are solved from
 *   ℓ_low = m_j − s_j Φ⁻¹(1 − p_low), ℓ_up = m_j + s_j Φ⁻¹(1 − p_up), leaving σ and C unchanged.</li>
 *   <li>Edge cell (one neighbour, e.g. the lowest integer or a binary value): if the probability of
 *   crossing the one threshold is below α, m_j moves towards it until it is exactly α.</li>
 * </ul>
 * Categorical parameters are treated as ordinal cells of their choices (exact for two choices,
 * Hamano's binary case; an arbitrary order for more).
 */
final class IntegerMargin {
    private final List<Parameter> parameters;
    private final double alpha;

    /**
     * @param parameters the space's parameters, in coordinate order
     * @param alpha the margin α (Hamano's default 1/(n λ))
     */
    IntegerMargin(List<Parameter> parameters, double alpha) {
        this.parameters = parameters;
        this.alpha = alpha;
    }

    /** Whether coordinate j is discrete with at least two values (the margin applies). */
    boolean applies(int j) {
        Parameter q = parameters.get(j);
        return !(q instanceof FloatParameter) && q.cardinality() >= 2;
    }

    /** Corrects the mean and A of every discrete coordinate of {@code s}. */
    void apply(CmaEsState s) {
        for (int j = 0; j < parameters.size(); j++) {
            if (applies(j)) {
                correct(s, j);
            }
        }
    }

    private void correct(CmaEsState s, int j) {
        Parameter q = parameters.get(j);
        double mj = s.mean()[j];
        double[] cell = q.unitCell(q.fromUnit(mj));
        double lo = cell[0];
        double up = cell[1];
        double sd = s.coordinateSd(j);
        boolean hasLow = lo > 0;
        boolean hasUp = up < 1;
        if (hasLow && hasUp) {
            double pLow = cdf((lo - mj) / sd);
            double pUp = 1 - cdf((up - mj) / sd);
            if (Math.min(pLow, pUp) >= alpha / 2) {
                return;
            }
            double pMid = 1 - pLow - pUp;
            double low = Math.max(pLow, alpha / 2);
            double high = Math.max(pUp, alpha / 2);
            double excess = low + high + pMid - 1; // > 0 after raising
            double spare = low + high + pMid - 1.5 * alpha;
            double lowNew = low - excess * (low - alpha / 2) / spare;
            double upNew = high - excess * (high - alpha / 2) / spare;
            lowNew = Math.min(Math.max(lowNew, 1e-10), 0.5 - 1e-10);
            upNew = Math.min(Math.max(upNew, 1e-10), 0.5 - 1e-10);
            double zLow = upperQuantile(lowNew);
            double zUp = upperQuantile(upNew);
            double sdNew = (up - lo) / (zLow + zUp); // ℓ_up − ℓ_low = s (z_low + z_up)
            double meanNew = (lo * zUp + up * zLow) / (zLow + zUp);
            s.setScale(j, sdNew / (s.sigma() * Math.sqrt(s.covariance(j, j))));
            s.setMean(j, meanNew);
        } else if (hasLow || hasUp) {
            double threshold = hasLow ? lo : up;
            double cross = hasLow ? cdf((lo - mj) / sd) : 1 - cdf((up - mj) / sd);
            if (cross < alpha) {
                double dist = sd * upperQuantile(alpha); // Pr(crossing) = α exactly
                s.setMean(j, hasLow ? threshold + dist : threshold - dist);
            }
        }
    }

    /** Φ(z). */
    static double cdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** Φ⁻¹(1 − p), the z with Pr(Z &gt; z) = p. */
    static double upperQuantile(double p) {
        return Math.sqrt(2) * Erf.inverfc(2 * p);
    }
}

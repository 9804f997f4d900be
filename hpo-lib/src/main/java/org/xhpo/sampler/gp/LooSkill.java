package org.xhpo.sampler.gp;

import org.xhpo.analysis.SampleMoments;
import smile.stat.distribution.GaussianDistribution;

/**
 * Whether a fitted GP predicts the losses it is conditioned on better than chance, each left out in turn: the
 * cross-validation check of a kriging model before its predictions are trusted (Jones, Schonlau &amp; Welch 1998,
 * "Efficient Global Optimization of Expensive Black-Box Functions", §3), as a one-sided test of no association.
 * ρ is Spearman's rank correlation between the leave-one-out means ({@link GaussianProcess#looMeans}) and the
 * modelled losses; under no association ρ√(n − 1) is approximately standard normal (the large-sample null
 * distribution of Spearman's ρ, variance 1/(n − 1); Kendall &amp; Gibbons 1990, "Rank Correlation Methods", §4),
 * so the model has skill at level α when ρ√(n − 1) ≥ Φ⁻¹(1 − α). Ranks, not values: the losses may be warped.
 *
 * @param rho Spearman's ρ between the leave-one-out means and the losses
 * @param n the number of losses
 */
public record LooSkill(double rho, int n) {
    /** The skill of a GP conditioned on its losses (the targets it was built with). */
    static LooSkill of(GaussianProcess gp, double[] losses) {
        return new LooSkill(SampleMoments.spearman(gp.looMeans(), losses), losses.length);
    }

    /** ρ√(n − 1), standard normal under no association. */
    public double z() {
        return rho * Math.sqrt(n - 1);
    }

    /**
     * Whether no association is rejected at level α in favour of a positive one.
     *
     * @param level α, in (0, ½]
     */
    public boolean passes(double level) {
        if (!(level > 0 && level <= 0.5)) {
            throw new IllegalArgumentException("level: expected a value in (0, 0.5], got " + level);
        }
        return z() >= GaussianDistribution.getInstance().quantile(1 - level);
    }
}

package org.xhpo.sampler.tpe;

/**
 * How a Parzen estimator sets its kernels' widths (Watanabe 2023, "Tree-Structured Parzen Estimator:
 * Understanding Its Algorithm Components and Their Roles for Better Empirical Performance",
 * arXiv:2304.11127, Table 6 and §3.3).
 *
 * @param scott numeric bandwidths by Scott's rule, one width per dimension for every observation
 *     (1.059 · min(IQR/1.34, sd) · n^(−1/5) over the observations and the prior's centre), instead of
 *     Optuna's distance to the farther neighbour
 * @param magicClipExponent α of the minimum bandwidth max(0.01, 1/(n + 2)^α) (Optuna: 1; from 7 on the
 *     floor is 0.01 at every n, Watanabe's α = ∞)
 * @param categoricalPriorWeight b: an observed choice keeps 1 − b and spreads b over the others;
 *     NaN for Optuna's rule (prior weight / (n + 1) added to every choice)
 */
record KernelRule(boolean scott, double magicClipExponent, double categoricalPriorWeight) {
    /** Optuna 5.0's rule. */
    static final KernelRule OPTUNA = new KernelRule(false, 1.0, Double.NaN);

    /** The floor of a numeric kernel's width for n observations (unit range). */
    double minBandwidth(int n) {
        return Math.max(0.01, Math.pow(n + 2.0, -magicClipExponent));
    }
}

package org.xhpo.sampler.gp;

/**
 * How the GP's Matérn-5/2 correlation combines the coordinates, with the same hyperparameters
 * θ = (log ℓ_1..ℓ_D, log σ_f², log σ_n²) in every form, so all are fitted, priced and compared alike:
 * <ul>
 *   <li>{@link #ARD}: one Matérn over the scaled distance, C(x, x') = m(r²), r² = Σ_d (x_d − x'_d)²/ℓ_d²
 *   ({@link MaternArdKernel}; Rasmussen &amp; Williams 2006, Eq. 4.17);</li>
 *   <li>{@link #ADDITIVE}: the mean of one-dimensional Matérns, C(x, x') = (1/D) Σ_d m((x_d − x'_d)²/ℓ_d²)
 *   — the first-order additive kernel of Duvenaud, Nickisch &amp; Rasmussen 2011 ("Additive Gaussian
 *   Processes", §2, order 1) with one shared variance σ_f²/D per term, the model of additive GP-UCB
 *   (Kandasamy, Schneider &amp; Póczos 2015, "High Dimensional Bayesian Optimisation and Bandits via
 *   Additive Models", §3, one coordinate per group). A sum of one-dimensional functions is exactly
 *   such a GP's sample path, and its posterior learns each term from the projections of all trials,
 *   which is why it needs far fewer points than ARD on separable functions.</li>
 *   <li>{@link #SUM}: their average, C = ½ C_ARD + ½ C_additive — Duvenaud, Nickisch &amp; Rasmussen's
 *   additive kernel, a sum over interaction orders with a variance per order (§2), kept to its
 *   first-order and full-order terms with equal variances (the other orders left out; the full-order
 *   term is the ARD Matérn instead of their product of one-dimensional kernels), same lengthscales in
 *   both. Its sample paths are a sum of one-dimensional functions plus a full interaction, so its
 *   posterior learns each coordinate's own effect from the projections of all trials, as the additive
 *   form does, without assuming that nothing couples them.</li>
 * </ul>
 * C(x, x) = 1 in all three, so σ_f² is the prior variance either way.
 */
enum KernelForm {
    ARD,
    ADDITIVE,
    SUM;

    /** The weight of the first-order additive part, (1/D) Σ_d m_d, in the correlation: 0, 1 or ½. */
    double additiveWeight() {
        return this == ARD ? 0 : this == ADDITIVE ? 1 : 0.5;
    }

    /** The correlation C(a, b) for inverse squared lengthscales {@code invL2}. */
    double correlation(double[] a, double[] b, double[] invL2) {
        if (this == SUM) { // both forms from one pass over the coordinates (the posterior's hot path)
            double r2 = 0;
            double s = 0;
            for (int d = 0; d < a.length; d++) {
                double t = a[d] - b[d];
                double rd2 = t * t * invL2[d];
                r2 += rd2;
                s += MaternArdKernel.correlation(rd2);
            }
            return 0.5 * (MaternArdKernel.correlation(r2) + s / a.length);
        }
        if (this == ARD) {
            return MaternArdKernel.correlation(MaternArdKernel.r2(a, b, invL2));
        }
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            double t = a[d] - b[d];
            s += MaternArdKernel.correlation(t * t * invL2[d]);
        }
        return s / a.length;
    }
}

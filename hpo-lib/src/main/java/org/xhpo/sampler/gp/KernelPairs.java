package org.xhpo.sampler.gp;

/**
 * The correlations C(x_i, x_j) of every pair of training points for one kernel form and lengthscales,
 * and, when the marginal-likelihood gradient is wanted, the Matérn factors of ∂C/∂ log ℓ_d
 * ({@link MaternArdKernel#lengthscaleFactor}) from the same exp. The hyperparameter fit evaluates the
 * gradient of Rasmussen &amp; Williams' Eq. 5.9 over the same pairs the covariance matrix was built
 * from; keeping what the pass computed spares the gradient one exp per pair and coordinate (and the
 * ARD distance). The correlations are {@link KernelForm#correlation}'s arithmetic in the same order,
 * bit for bit (KernelPairsTest), and the gradient is the one the fit computed before this cache. A workspace: one
 * instance per training set, refilled for each θ by {@link #fill}.
 */
final class KernelPairs {
    private final KernelForm form;
    private final double[][] x;
    private final int dims;
    /** corr[i][j] for j &lt; i. */
    private final double[][] corr;
    /** F(r²) of the full Matérn per pair (ARD and sum), [i][j]. */
    private final double[][] fullFactor;
    /** F(r_d²) of the d-th one-dimensional Matérn per pair (additive and sum), [i][j·D + d]. */
    private final double[][] termFactor;
    private double[] invL2;
    private boolean withFactors;

    KernelPairs(KernelForm form, double[][] x) {
        this.form = form;
        this.x = x;
        this.dims = x.length == 0 ? 0 : x[0].length;
        int n = x.length;
        this.corr = new double[n][];
        this.fullFactor = form.additiveWeight() < 1 ? new double[n][] : null;
        this.termFactor = form.additiveWeight() > 0 ? new double[n][] : null;
        for (int i = 0; i < n; i++) {
            corr[i] = new double[i];
        }
    }

    /** Computes the pairs' correlations for inverse squared lengthscales {@code invL2}, and the factors if asked. */
    void fill(double[] invL2, boolean factors) {
        this.invL2 = invL2;
        this.withFactors = factors;
        for (int i = 0; i < x.length; i++) {
            if (factors) {
                if (fullFactor != null && fullFactor[i] == null) {
                    fullFactor[i] = new double[i];
                }
                if (termFactor != null && termFactor[i] == null) {
                    termFactor[i] = new double[i * dims];
                }
            }
            for (int j = 0; j < i; j++) {
                corr[i][j] = pair(i, j);
            }
        }
    }

    /** C(x_i, x_j), j &lt; i, as {@link KernelForm#correlation} computes it. */
    double correlation(int i, int j) {
        return corr[i][j];
    }

    private double pair(int i, int j) {
        double[] a = x[i];
        double[] b = x[j];
        if (form == KernelForm.ARD) {
            double r2 = MaternArdKernel.r2(a, b, invL2);
            if (!withFactors) {
                return MaternArdKernel.correlation(r2);
            }
            double r = Math.sqrt(r2);
            double decay = MaternArdKernel.decay(r);
            fullFactor[i][j] = MaternArdKernel.lengthscaleFactor(r, decay);
            return MaternArdKernel.correlation(r, r2, decay);
        }
        double r2 = 0;
        double s = 0;
        for (int d = 0; d < dims; d++) {
            double t = a[d] - b[d];
            double rd2 = t * t * invL2[d];
            r2 += rd2;
            if (withFactors) {
                double rd = Math.sqrt(rd2);
                double decay = MaternArdKernel.decay(rd);
                termFactor[i][j * dims + d] = MaternArdKernel.lengthscaleFactor(rd, decay);
                s += MaternArdKernel.correlation(rd, rd2, decay);
            } else {
                s += MaternArdKernel.correlation(rd2);
            }
        }
        if (form == KernelForm.ADDITIVE) {
            return s / dims;
        }
        if (!withFactors) {
            return 0.5 * (MaternArdKernel.correlation(r2) + s / dims);
        }
        double r = Math.sqrt(r2);
        double decay = MaternArdKernel.decay(r);
        fullFactor[i][j] = MaternArdKernel.lengthscaleFactor(r, decay);
        return 0.5 * (MaternArdKernel.correlation(r, r2, decay) + s / dims);
    }

    /**
     * Adds {@code scale} · ∂C(x_i, x_j)/∂(log ℓ_d) to {@code grad[d]} for every d, j &lt; i; needs
     * {@code fill(…, true)}. ARD: ∂C/∂ log ℓ_d = F(r²) Δ_d²/ℓ_d² with F =
     * {@link MaternArdKernel#lengthscaleFactor}; additive: (1/D) F(r_d²) r_d² with r_d² = Δ_d²/ℓ_d² (the
     * same derivative of the d-th one-dimensional term); sum: half of each.
     */
    void addLengthscaleGradient(int i, int j, double scale, double[] grad) {
        if (!withFactors) {
            throw new IllegalStateException("fill(invL2, true) first");
        }
        if (form == KernelForm.SUM) {
            addFull(i, j, 0.5 * scale, grad);
            addTerms(i, j, 0.5 * scale, grad);
        } else if (form == KernelForm.ARD) {
            addFull(i, j, scale, grad);
        } else {
            addTerms(i, j, scale, grad);
        }
    }

    private void addFull(int i, int j, double scale, double[] grad) {
        double[] a = x[i];
        double[] b = x[j];
        double factor = scale * fullFactor[i][j];
        for (int d = 0; d < dims; d++) {
            double t = a[d] - b[d];
            grad[d] += factor * t * t * invL2[d];
        }
    }

    private void addTerms(int i, int j, double scale, double[] grad) {
        double[] a = x[i];
        double[] b = x[j];
        double[] f = termFactor[i];
        double perTerm = scale / dims;
        for (int d = 0; d < dims; d++) {
            double t = a[d] - b[d];
            double rd2 = t * t * invL2[d];
            grad[d] += perTerm * f[j * dims + d] * rd2;
        }
    }
}

package org.xhpo.objective.ridge;

import org.xhpo.sampler.gp.Cholesky;

/**
 * Bayesian linear regression y = Φ w + ε, ε ~ N(0, β⁻¹ I), prior w ~ N(0, A⁻¹), A = diag(α): the
 * posterior and the exact evidence (Bishop, PRML §3.3 and §3.5; hpo-lecture-gradient-bayesian.md,
 * "Model selection: coherent inference" and "Laplace approximation", which is exact here because
 * the log posterior is quadratic).
 *
 * <p>Notation: H = A + β ΦᵀΦ (posterior precision), m = β H⁻¹ Φᵀ y (posterior mean = the ridge/MAP
 * weights), E(m) = β/2 ‖y − Φ m‖² + ½ mᵀ A m, N rows, M weights.
 */
public final class BayesianRidge {
    private final double[] alpha;
    private final double beta;
    private final double[] mean;
    private final Cholesky precision;
    private final double energy;
    private final int n;

    /**
     * Computes the posterior.
     *
     * @param phi N × M design matrix
     * @param y N targets
     * @param alpha M prior precisions (all &gt; 0)
     * @param beta noise precision (&gt; 0)
     */
    public BayesianRidge(double[][] phi, double[] y, double[] alpha, double beta) {
        int m = alpha.length;
        this.alpha = alpha.clone();
        this.beta = beta;
        this.n = y.length;
        double[][] h = new double[m][m];
        double[] b = new double[m];
        for (int i = 0; i < n; i++) {
            double[] r = phi[i];
            for (int j = 0; j < m; j++) {
                b[j] += beta * r[j] * y[i];
                for (int k = 0; k <= j; k++) {
                    h[j][k] += beta * r[j] * r[k];
                }
            }
        }
        for (int j = 0; j < m; j++) {
            h[j][j] += alpha[j];                                  // H = A + β ΦᵀΦ        (PRML 3.54, 3.81)
            for (int k = 0; k < j; k++) {
                h[k][j] = h[j][k];
            }
        }
        this.precision = Cholesky.of(h);
        this.mean = precision.solve(b);                            // m = β H⁻¹ Φᵀ y      (PRML 3.53, 3.84)
        double sq = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - dot(phi[i], mean);
            sq += r * r;
        }
        double prior = 0;
        for (int j = 0; j < m; j++) {
            prior += alpha[j] * mean[j] * mean[j];
        }
        this.energy = 0.5 * beta * sq + 0.5 * prior;               // E(m)                (PRML 3.82)
    }

    /** The posterior mean m (the MAP / ridge weights). */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * ln p(y | α, β) = ½ Σ ln α_j + N/2 ln β − E(m) − ½ ln|H| − N/2 ln 2π (PRML 3.86 with A = diag α).
     */
    public double logEvidence() {
        double s = 0;
        for (double a : alpha) {
            s += Math.log(a);
        }
        return 0.5 * s + 0.5 * n * Math.log(beta) - energy - 0.5 * precision.logDet() - 0.5 * n * Math.log(2 * Math.PI);
    }

    /**
     * ∂ ln p(y | α, β) / ∂α_j = ½ (1/α_j − m_j² − (H⁻¹)_jj) (differentiating PRML 3.86; the m-terms
     * vanish because m minimizes E; MacKay 1992).
     */
    public double[] logEvidenceGradient() {
        double[][] inv = precision.inverse();
        double[] g = new double[alpha.length];
        for (int j = 0; j < g.length; j++) {
            g[j] = 0.5 * (1 / alpha[j] - mean[j] * mean[j] - inv[j][j]);
        }
        return g;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}

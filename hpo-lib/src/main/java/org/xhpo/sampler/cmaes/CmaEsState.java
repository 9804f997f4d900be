package org.xhpo.sampler.cmaes;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The search distribution of CMA-ES and its update after one generation: Hansen, "The CMA Evolution
 * Strategy: A Tutorial" (arXiv:1604.00772), §2–§4 and the summary in Appendix A, with the diagonal
 * scaling A of CMA-ES with margin (Hamano, Saito, Nomura, Shirakawa 2022, "CMA-ES with Margin:
 * Lower-Bounding Marginal Probability for Mixed-Integer Black-Box Optimization", GECCO, Algorithm 1).
 *
 * <p>Notation: m mean, σ step size, C = B D² Bᵀ covariance (D the square roots of the eigenvalues),
 * A diagonal margin scaling (1 for continuous coordinates), p_σ and p_c evolution paths, g the
 * number of updates. A candidate is x = m + σ A y with y = B D z, z ~ N(0, I) (tutorial Eqs. (38)–(40);
 * Hamano Alg. 1 line 4). Mutable, but only {@link #update} and the margin change it.
 */
public final class CmaEsState {
    private final CmaEsParameters p;
    private final double[] m;
    private double sigma;
    private final double[][] c;
    private final double[] a;
    private final double[] pSigma;
    private final double[] pc;
    private double[][] b;
    private double[] d;
    private int g;

    /**
     * A fresh distribution N(m, σ² I) with zero paths and A = I.
     *
     * @param mean the initial mean m⁽⁰⁾
     * @param sigma the initial step size σ⁽⁰⁾ (&gt; 0)
     * @param params the strategy parameters (dimension must match the mean)
     */
    public CmaEsState(double[] mean, double sigma, CmaEsParameters params) {
        if (mean.length != params.n() || !(sigma > 0)) {
            throw new IllegalArgumentException("CMA-ES: mean of length " + params.n() + " and sigma > 0 expected, got "
                    + mean.length + " and " + sigma);
        }
        int n = mean.length;
        this.p = params;
        this.m = mean.clone();
        this.sigma = sigma;
        this.c = new double[n][n];
        this.b = new double[n][n];
        this.d = new double[n];
        this.a = new double[n];
        for (int i = 0; i < n; i++) {
            c[i][i] = 1;
            b[i][i] = 1;
            d[i] = 1;
            a[i] = 1;
        }
        this.pSigma = new double[n];
        this.pc = new double[n];
    }

    /** Draws y = B D z, z ~ N(0, I) (tutorial Eq. (39)). */
    public double[] sampleY(SplittableRandom rng) {
        int n = m.length;
        double[] dz = new double[n];
        for (int i = 0; i < n; i++) {
            dz[i] = d[i] * rng.nextGaussian();
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += b[i][k] * dz[k];
            }
            y[i] = s;
        }
        return y;
    }

    /** x = m + σ A y (tutorial Eq. (40); Hamano Alg. 1 line 4). */
    public double[] toX(double[] y) {
        double[] x = new double[m.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = m[i] + sigma * a[i] * y[i];
        }
        return x;
    }

    /** y = A⁻¹ (x − m) / σ, the step a candidate x took (inverse of {@link #toX}). */
    public double[] toY(double[] x) {
        double[] y = new double[m.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = (x[i] - m[i]) / (sigma * a[i]);
        }
        return y;
    }

    /**
     * Shortens the step of an injected (not sampled) solution so that ‖C^{-1/2} y‖ ≤ √n + 2n/(n+2)
     * (Hansen 2011, "Injecting External Solutions Into CMA-ES", arXiv:1110.4181, §3): a far foreign
     * point then moves the distribution no more than a typical sample would.
     */
    public double[] clipInjected(double[] y) {
        int n = m.length;
        double bound = Math.sqrt(n) + 2.0 * n / (n + 2);
        double len = norm(invSqrtC(y));
        double f = len > bound ? bound / len : 1;
        double[] out = y.clone();
        for (int i = 0; i < n; i++) {
            out[i] *= f;
        }
        return out;
    }

    /**
     * One generation's update from the steps of the ok candidates, best first (tutorial Appendix A,
     * Eqs. (41)–(47), active CMA). With fewer than λ candidates the first ranks' weights are used,
     * the positive ones renormalized to sum 1 when there are fewer than μ.
     */
    public void update(List<double[]> ySorted) {
        int n = m.length;
        int k = Math.min(p.lambda(), ySorted.size());
        if (k == 0) {
            return;
        }
        int mu = Math.min(p.mu(), k);
        double[] w = new double[k];
        double pos = 0;
        for (int i = 0; i < mu; i++) {
            pos += p.weights()[i];
        }
        for (int i = 0; i < k; i++) {
            w[i] = i < mu ? p.weights()[i] / pos : p.weights()[i];
        }
        double[] yw = new double[n];
        for (int i = 0; i < mu; i++) {
            for (int j = 0; j < n; j++) {
                yw[j] += w[i] * ySorted.get(i)[j]; // Eq. (41): ⟨y⟩_w = Σ_{i≤μ} w_i y_{i:λ}
            }
        }
        double[] cy = invSqrtC(yw);
        double ps = Math.sqrt(p.cSigma() * (2 - p.cSigma()) * p.muEff());
        for (int j = 0; j < n; j++) {
            pSigma[j] = (1 - p.cSigma()) * pSigma[j] + ps * cy[j]; // Eq. (43)
        }
        double psNorm = norm(pSigma);
        g++;
        // Eq. (45) note: h_σ = 1 if ‖p_σ‖ / √(1 − (1 − c_σ)^{2(g+1)}) < (1.4 + 2/(n+1)) E‖N(0,I)‖
        double hsig = psNorm / Math.sqrt(1 - Math.pow(1 - p.cSigma(), 2.0 * g)) < (1.4 + 2.0 / (n + 1)) * p.chiN()
                ? 1 : 0;
        double pcf = hsig * Math.sqrt(p.cc() * (2 - p.cc()) * p.muEff());
        for (int j = 0; j < n; j++) {
            pc[j] = (1 - p.cc()) * pc[j] + pcf * yw[j]; // Eq. (45)
        }
        double[] wc = new double[k];
        double wsum = 0;
        for (int i = 0; i < k; i++) {
            // Eq. (46): w°_i = w_i if w_i ≥ 0, else w_i n / ‖C^{-1/2} y_{i:λ}‖²
            double len = norm(invSqrtC(ySorted.get(i)));
            wc[i] = w[i] >= 0 ? w[i] : w[i] * n / Math.max(len * len, 1e-300);
            wsum += w[i];
        }
        double deltaH = (1 - hsig) * p.cc() * (2 - p.cc());
        double keep = 1 + p.c1() * deltaH - p.c1() - p.cMu() * wsum; // Eq. (47)
        for (int r = 0; r < n; r++) {
            for (int s = 0; s <= r; s++) {
                double rankMu = 0;
                for (int i = 0; i < k; i++) {
                    rankMu += wc[i] * ySorted.get(i)[r] * ySorted.get(i)[s];
                }
                double v = keep * c[r][s] + p.c1() * pc[r] * pc[s] + p.cMu() * rankMu; // Eq. (47)
                c[r][s] = v;
                c[s][r] = v;
            }
        }
        for (int j = 0; j < n; j++) {
            m[j] += sigma * a[j] * yw[j]; // Eq. (42), c_m = 1; Hamano Alg. 1: m ← m + Σ w_i (x_{i:λ} − m)
        }
        sigma *= Math.exp(p.cSigma() / p.dSigma() * (psNorm / p.chiN() - 1)); // Eq. (44)
        decompose();
    }

    /** Recomputes B and D from C (C = B D² Bᵀ), flooring eigenvalues at 1e-20 of the largest. */
    void decompose() {
        SymmetricEigen.Result e = SymmetricEigen.of(c);
        int n = m.length;
        double max = e.values()[n - 1];
        for (int i = 0; i < n; i++) {
            d[i] = Math.sqrt(Math.max(e.values()[i], 1e-20 * Math.max(max, 1e-300)));
        }
        b = e.vectors();
    }

    /** C^{-1/2} v = B D⁻¹ Bᵀ v (tutorial §3.4). */
    double[] invSqrtC(double[] v) {
        int n = m.length;
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += b[i][k] * v[i];
            }
            t[k] = s / d[k];
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += b[i][k] * t[k];
            }
            out[i] = s;
        }
        return out;
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** The strategy parameters. */
    public CmaEsParameters parameters() {
        return p;
    }

    /** A copy of the mean m. */
    public double[] mean() {
        return m.clone();
    }

    /** The step size σ. */
    public double sigma() {
        return sigma;
    }

    /** The entry C_ij of the covariance matrix. */
    public double covariance(int i, int j) {
        return c[i][j];
    }

    /** The margin scaling A_ii. */
    public double scale(int i) {
        return a[i];
    }

    /** The standard deviation of coordinate i of a candidate: σ A_ii √C_ii. */
    public double coordinateSd(int i) {
        return sigma * a[i] * Math.sqrt(c[i][i]);
    }

    /** |p_c,i|, the evolution path's coordinate i. */
    double pathC(int i) {
        return pc[i];
    }

    /** The axis lengths D (ascending). */
    double[] axes() {
        return d.clone();
    }

    /** Column k of B, the k-th principal axis. */
    double[] axis(int k) {
        double[] v = new double[m.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = b[i][k];
        }
        return v;
    }

    /** Number of updates so far. */
    public int generation() {
        return g;
    }

    /** Sets the mean of one coordinate (margin correction). */
    void setMean(int i, double v) {
        m[i] = v;
    }

    /** Sets A_ii (margin correction). */
    void setScale(int i, double v) {
        a[i] = v;
    }
}

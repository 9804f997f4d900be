package org.xhpo.objective.ridge;

import java.util.Arrays;
import org.xhpo.hypergrad.InnerProblem;

/**
 * k-fold cross-validation of Bayesian ridge regression as the lecture's bilevel problem
 * (hpo-lecture-gradient-bayesian.md, "Cross-validation", Eq. (1)): θ = [w_1, …, w_k], one weight
 * vector per fold, each trained on the other folds; Q is the mean over folds of the validation
 * fold's mean squared error.
 *
 * <p>Notation: fold q trains on (Φ_{−q}, y_{−q}) and validates on (Φ_q, y_q);
 * L(θ, α) = Σ_q [β/2 ‖Φ_{−q} w_q − y_{−q}‖² + ½ Σ_j α_{g(j)} w_qj²], where g(j) is the hyperparameter
 * controlling weight j (one shared α, or one per degree);
 * Q(θ) = (1/k) Σ_q (1/n_q) ‖Φ_q w_q − y_q‖².
 */
public final class RidgeCrossValidation implements InnerProblem {
    private final double[][] phi;
    private final double[] y;
    private final int[] foldOf;
    private final int folds;
    private final int[] foldSize;
    private final double[] alphaOfWeight;
    private final int[] hyperOfWeight;
    private final int hypers;
    private final double beta;
    private final int m;

    /**
     * @param phi N × M design matrix
     * @param y N targets
     * @param folds k ≥ 2 (consecutive blocks of rows; the rows are already in random order)
     * @param alpha the hyperparameters (prior precisions)
     * @param hyperOfWeight for each of the M weights, the index of its α
     * @param beta noise precision
     */
    public RidgeCrossValidation(double[][] phi, double[] y, int folds, double[] alpha, int[] hyperOfWeight, double beta) {
        if (folds < 2 || folds > y.length) {
            throw new IllegalArgumentException("folds: must be in [2, " + y.length + "], got " + folds);
        }
        this.phi = phi;
        this.y = y;
        this.folds = folds;
        this.m = hyperOfWeight.length;
        this.hyperOfWeight = hyperOfWeight.clone();
        this.hypers = alpha.length;
        this.beta = beta;
        this.alphaOfWeight = new double[m];
        for (int j = 0; j < m; j++) {
            alphaOfWeight[j] = alpha[hyperOfWeight[j]];
        }
        this.foldOf = new int[y.length];
        this.foldSize = new int[folds];
        for (int i = 0; i < y.length; i++) {
            foldOf[i] = (int) ((long) i * folds / y.length);
            foldSize[foldOf[i]]++;
        }
    }

    /** θ̂: every fold's exact posterior mean (the minimizer of L). */
    public double[] solve() {
        double[] theta = new double[folds * m];
        for (int q = 0; q < folds; q++) {
            int rows = y.length - foldSize[q];
            double[][] p = new double[rows][];
            double[] t = new double[rows];
            int r = 0;
            for (int i = 0; i < y.length; i++) {
                if (foldOf[i] != q) {
                    p[r] = phi[i];
                    t[r++] = y[i];
                }
            }
            System.arraycopy(new BayesianRidge(p, t, alphaOfWeight, beta).mean(), 0, theta, q * m, m);
        }
        return theta;
    }

    @Override
    public int parameters() {
        return folds * m;
    }

    @Override
    public int hyperparameters() {
        return hypers;
    }

    @Override
    public double[] trainGradient(double[] theta) {
        double[] g = new double[theta.length];
        for (int i = 0; i < y.length; i++) {
            for (int q = 0; q < folds; q++) {
                if (q != foldOf[i]) {
                    double r = beta * (residual(theta, q, i));       // β (Φ w_q − y)_i
                    addRow(g, q, i, r);
                }
            }
        }
        for (int q = 0; q < folds; q++) {
            for (int j = 0; j < m; j++) {
                g[q * m + j] += alphaOfWeight[j] * theta[q * m + j]; // + α ⊙ w_q
            }
        }
        return g;
    }

    @Override
    public double[] hessianVector(double[] theta, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < y.length; i++) {
            for (int q = 0; q < folds; q++) {
                if (q != foldOf[i]) {
                    addRow(out, q, i, beta * rowDot(v, q, i));      // β Φ_{−q}ᵀ Φ_{−q} v_q
                }
            }
        }
        for (int q = 0; q < folds; q++) {
            for (int j = 0; j < m; j++) {
                out[q * m + j] += alphaOfWeight[j] * v[q * m + j];  // + α ⊙ v_q
            }
        }
        return out;
    }

    @Override
    public double[] mixedTransposeVector(double[] theta, double[] v) {
        double[] g = new double[hypers];
        for (int q = 0; q < folds; q++) {
            for (int j = 0; j < m; j++) {
                g[hyperOfWeight[j]] += theta[q * m + j] * v[q * m + j]; // ∂/∂α_g (α_g w_qj) = w_qj
            }
        }
        return g;
    }

    @Override
    public double validationLoss(double[] theta) {
        double[] sq = new double[folds];
        for (int i = 0; i < y.length; i++) {
            double r = residual(theta, foldOf[i], i);
            sq[foldOf[i]] += r * r;
        }
        double s = 0;
        for (int q = 0; q < folds; q++) {
            s += sq[q] / foldSize[q];
        }
        return s / folds;
    }

    /** The validation MSE of each fold (for the mean and sd across folds). */
    public double[] foldLosses(double[] theta) {
        double[] sq = new double[folds];
        for (int i = 0; i < y.length; i++) {
            double r = residual(theta, foldOf[i], i);
            sq[foldOf[i]] += r * r;
        }
        for (int q = 0; q < folds; q++) {
            sq[q] /= foldSize[q];
        }
        return sq;
    }

    @Override
    public double[] validationGradient(double[] theta) {
        double[] g = new double[theta.length];
        for (int i = 0; i < y.length; i++) {
            int q = foldOf[i];
            addRow(g, q, i, 2.0 / (folds * foldSize[q]) * residual(theta, q, i));
        }
        return g;
    }

    private double residual(double[] theta, int q, int i) {
        return rowDot(theta, q, i) - y[i];
    }

    private double rowDot(double[] v, int q, int i) {
        double s = 0;
        double[] r = phi[i];
        for (int j = 0; j < m; j++) {
            s += r[j] * v[q * m + j];
        }
        return s;
    }

    private void addRow(double[] g, int q, int i, double scale) {
        double[] r = phi[i];
        for (int j = 0; j < m; j++) {
            g[q * m + j] += scale * r[j];
        }
    }

    @Override
    public String toString() {
        return "RidgeCrossValidation(k=" + folds + ", M=" + m + ", alpha=" + Arrays.toString(alphaOfWeight) + ")";
    }
}

package org.xhpo.objective.logreg;

import org.xhpo.hypergrad.InnerProblem;
import smile.math.BFGS;
import smile.math.DifferentiableMultivariateFunction;

/**
 * Multinomial logistic regression with per-group L2 weight decay as the lecture's bilevel problem
 * (hpo-lecture-gradient-bayesian.md, "Problem statement"; the setting of Lorraine et al. 2020 §5 and
 * Pedregosa 2016 §4 with one decay per input group).
 *
 * <p>Notation: θ = W ∈ R^{K×(P+1)} (last column the bias, not decayed), x̃ = (x, 1),
 * p_i = softmax(W x̃_i), CE_i = −ln p_{i,y_i};
 * L(θ, λ) = (1/n) Σ_i CE_i + ½ Σ_{p&lt;P} λ_{g(p)} Σ_k W_kp²; Q(θ) = (1/n_v) Σ_{validation} CE_i.
 * ∇_θ L = (1/n) Σ_i (p_i − e_{y_i}) x̃_iᵀ + λ ⊙ W; H V = (1/n) Σ_i [(diag p_i − p_i p_iᵀ) V x̃_i] x̃_iᵀ + λ ⊙ V;
 * (Mᵀ v)_g = Σ_{p: g(p)=g} Σ_k W_kp v_kp.
 */
public final class SoftmaxRegression implements InnerProblem {
    private final float[][] x;
    private final int[] y;
    private final float[][] xv;
    private final int[] yv;
    private final int classes;
    private final int features;
    private final int[] groupOf;
    private final double[] lambda;

    /**
     * @param x training inputs, n × P
     * @param y training labels in [0, K)
     * @param xv validation inputs
     * @param yv validation labels
     * @param classes K
     * @param groupOf for each of the P inputs, its decay group
     * @param lambda one decay per group (≥ 0)
     */
    public SoftmaxRegression(float[][] x, int[] y, float[][] xv, int[] yv, int classes, int[] groupOf, double[] lambda) {
        this.x = x;
        this.y = y;
        this.xv = xv;
        this.yv = yv;
        this.classes = classes;
        this.features = groupOf.length;
        this.groupOf = groupOf;
        this.lambda = lambda;
    }

    @Override
    public int parameters() {
        return classes * (features + 1);
    }

    @Override
    public int hyperparameters() {
        return lambda.length;
    }

    /**
     * θ̂ = argmin L(θ, λ) by L-BFGS (Smile's {@code BFGS.minimize}, memory 10) from zero weights, until
     * Smile's relative gradient test passes {@code tolerance} or after {@code maxIterations}.
     */
    public double[] train(double tolerance, int maxIterations) {
        double[] theta = new double[parameters()];
        BFGS.minimize(new DifferentiableMultivariateFunction() {
            @Override
            public double f(double[] w) {
                return trainLoss(w, null);
            }

            @Override
            public double g(double[] w, double[] gradient) {
                java.util.Arrays.fill(gradient, 0);
                return trainLoss(w, gradient);
            }
        }, 10, theta, tolerance, maxIterations);
        return theta;
    }

    /** Training loss L(θ, λ), filling its gradient when {@code grad} is not null. */
    public double trainLoss(double[] theta, double[] grad) {
        double loss = crossEntropy(theta, x, y, grad);
        int stride = features + 1;
        for (int k = 0; k < classes; k++) {
            for (int p = 0; p < features; p++) {
                double w = theta[k * stride + p];
                double l = lambda[groupOf[p]];
                loss += 0.5 * l * w * w;                                  // ½ λ_g(p) W_kp²
                if (grad != null) {
                    grad[k * stride + p] += l * w;                        // + λ ⊙ W
                }
            }
        }
        return loss;
    }

    @Override
    public double[] trainGradient(double[] theta) {
        double[] g = new double[theta.length];
        trainLoss(theta, g);
        return g;
    }

    @Override
    public double[] hessianVector(double[] theta, double[] v) {
        int stride = features + 1;
        double[] out = new double[theta.length];
        double[] prob = new double[classes];
        double[] a = new double[classes];
        double inv = 1.0 / x.length;
        for (int i = 0; i < x.length; i++) {
            float[] xi = x[i];
            probabilities(theta, xi, prob);
            double pa = 0;
            for (int k = 0; k < classes; k++) {
                a[k] = affine(v, k, xi);                                  // a = V x̃_i
                pa += prob[k] * a[k];
            }
            for (int k = 0; k < classes; k++) {
                double b = inv * prob[k] * (a[k] - pa);                   // (diag p − p pᵀ) a / n
                int o = k * stride;
                for (int p = 0; p < features; p++) {
                    out[o + p] += b * xi[p];
                }
                out[o + features] += b;
            }
        }
        for (int k = 0; k < classes; k++) {
            for (int p = 0; p < features; p++) {
                out[k * stride + p] += lambda[groupOf[p]] * v[k * stride + p]; // + λ ⊙ V
            }
        }
        return out;
    }

    @Override
    public double[] mixedTransposeVector(double[] theta, double[] v) {
        int stride = features + 1;
        double[] g = new double[lambda.length];
        for (int k = 0; k < classes; k++) {
            for (int p = 0; p < features; p++) {
                g[groupOf[p]] += theta[k * stride + p] * v[k * stride + p];  // ∂(λ_g W_kp)/∂λ_g · v
            }
        }
        return g;
    }

    @Override
    public double validationLoss(double[] theta) {
        return crossEntropy(theta, xv, yv, null);
    }

    @Override
    public double[] validationGradient(double[] theta) {
        double[] g = new double[theta.length];
        crossEntropy(theta, xv, yv, g);
        return g;
    }

    /** Fraction of the rows misclassified by θ. */
    public double error(double[] theta, float[][] inputs, int[] labels) {
        double[] prob = new double[classes];
        int wrong = 0;
        for (int i = 0; i < inputs.length; i++) {
            probabilities(theta, inputs[i], prob);
            int best = 0;
            for (int k = 1; k < classes; k++) {
                if (prob[k] > prob[best]) {
                    best = k;
                }
            }
            wrong += best == labels[i] ? 0 : 1;
        }
        return (double) wrong / inputs.length;
    }

    /** Mean cross-entropy of θ on the rows, adding its gradient to {@code grad} when not null. */
    public double crossEntropy(double[] theta, float[][] inputs, int[] labels, double[] grad) {
        int stride = features + 1;
        double[] prob = new double[classes];
        double loss = 0;
        double inv = 1.0 / inputs.length;
        for (int i = 0; i < inputs.length; i++) {
            float[] xi = inputs[i];
            loss -= probabilities(theta, xi, prob)[labels[i]] > 0 ? Math.log(prob[labels[i]]) : -745;
            if (grad != null) {
                for (int k = 0; k < classes; k++) {
                    double r = inv * (prob[k] - (k == labels[i] ? 1 : 0)); // (p_i − e_{y_i}) / n
                    int o = k * stride;
                    for (int p = 0; p < features; p++) {
                        grad[o + p] += r * xi[p];
                    }
                    grad[o + features] += r;
                }
            }
        }
        return loss * inv;
    }

    private double affine(double[] w, int k, float[] xi) {
        int o = k * (features + 1);
        double s = w[o + features];
        for (int p = 0; p < features; p++) {
            s += w[o + p] * xi[p];
        }
        return s;
    }

    /** softmax(W x̃), computed stably into {@code prob}. */
    private double[] probabilities(double[] theta, float[] xi, double[] prob) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            prob[k] = affine(theta, k, xi);
            max = Math.max(max, prob[k]);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            prob[k] = Math.exp(prob[k] - max);
            sum += prob[k];
        }
        for (int k = 0; k < classes; k++) {
            prob[k] /= sum;
        }
        return prob;
    }
}

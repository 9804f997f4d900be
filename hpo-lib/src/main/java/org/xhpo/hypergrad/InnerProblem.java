package org.xhpo.hypergrad;

/**
 * The bilevel problem of hpo-lecture-gradient-bayesian.md ("Problem statement"): a training loss
 * L(θ, h) minimized over the parameters θ ∈ R^s, and a validation loss Q(θ, h) whose minimum over the
 * hyperparameters h ∈ R^m is sought, at fixed h. Only products with second derivatives are asked
 * for, so s may be large (no s × s matrix is ever formed).
 *
 * <p>Notation: H = ∂²L/∂θ∂θ (s × s, the training Hessian), M = ∂²L/∂θ∂h (s × m, the mixed partials).
 */
public interface InnerProblem {

    /** s, the number of parameters θ. */
    int parameters();

    /** m, the number of hyperparameters h. */
    int hyperparameters();

    /** ∇_θ L(θ, h). */
    double[] trainGradient(double[] theta);

    /** H v = ∂²L/∂θ∂θ · v. */
    double[] hessianVector(double[] theta, double[] v);

    /** Mᵀ v = (∂²L/∂θ∂h)ᵀ v, a vector of length m. */
    double[] mixedTransposeVector(double[] theta, double[] v);

    /** Q(θ, h). */
    double validationLoss(double[] theta);

    /** ∇_θ Q(θ, h). */
    double[] validationGradient(double[] theta);

    /** ∂Q/∂h at fixed θ (zero for a validation loss that does not see the hyperparameters). */
    default double[] validationHyperGradient(double[] theta) {
        return new double[hyperparameters()];
    }
}

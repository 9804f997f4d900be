package org.xhpo.hypergrad;

/**
 * Computes the hypergradient of an {@link InnerProblem} at trained parameters θ̂ by one of the
 * lecture's methods (hpo-lecture-gradient-bayesian.md):
 * <ul>
 *   <li>HOAG / exact IFT ("Optimization closed form", Pedregosa 2016):
 *       ∇_h Q − Mᵀ λ with H λ = ∇_θ Q solved by conjugate gradients;</li>
 *   <li>Neumann (Lorraine et al. 2020, table "Ours"): the same with
 *       λ ≈ η Σ_{j&lt;i} (I − η H)^j ∇_θ Q;</li>
 *   <li>greedy ("Greedy optimization of hyperparameters"): d/dh Q(θ − η ∇_θ L(θ, h), h)
 *       = ∇_h Q(θ') − η M(θ)ᵀ ∇_θ Q(θ') at θ' = θ − η ∇_θ L(θ, h), i.e. H⁻¹ ≈ η I.</li>
 * </ul>
 * η is 1 / (an estimate of λ_max(H)) unless given.
 *
 * @param cgTolerance relative residual at which CG stops
 * @param cgMaxIterations cap on Hessian-vector products for CG
 * @param neumannTerms number of Neumann terms i
 * @param powerIterations power-iteration steps for the λ_max estimate behind η
 */
public record HypergradientSolver(double cgTolerance, int cgMaxIterations, int neumannTerms, int powerIterations) {

    /** The settings used by the built-in objectives. */
    public static final HypergradientSolver DEFAULT = new HypergradientSolver(1e-6, 200, 50, 20);

    /** Validates the settings. */
    public HypergradientSolver {
        if (!(cgTolerance > 0) || cgMaxIterations < 1 || neumannTerms < 1 || powerIterations < 1) {
            throw new IllegalArgumentException("hypergradient solver: tolerances and counts must be positive");
        }
    }

    /**
     * The hypergradient and what it cost.
     *
     * @param gradient dQ/dh, length m
     * @param validationLoss Q at the trained θ̂
     * @param hessianProducts Hessian-vector products spent
     * @param eta the step η used by greedy and Neumann (NaN for HOAG)
     */
    public record Result(double[] gradient, double validationLoss, int hessianProducts, double eta) {
    }

    /**
     * Computes the hypergradient at θ̂.
     *
     * @param problem the inner problem at fixed h
     * @param theta the trained parameters θ̂ (approximately argmin L)
     * @param method which approximation
     */
    public Result hypergradient(InnerProblem problem, double[] theta, HypergradientMethod method) {
        int[] products = {0};
        LinearOperator h = v -> {
            products[0]++;
            return problem.hessianVector(theta, v);
        };
        double q = problem.validationLoss(theta);
        switch (method) {
            case HOAG -> {
                double[] gq = problem.validationGradient(theta);
                double[] lambda = ConjugateGradient.solve(h, gq, cgTolerance, cgMaxIterations).x(); // H λ = ∇_θ Q
                return new Result(implicit(problem, theta, lambda), q, products[0], Double.NaN);
            }
            case NEUMANN -> {
                double eta = 1.0 / NeumannSeries.largestEigenvalue(h, problem.parameters(), powerIterations);
                double[] gq = problem.validationGradient(theta);
                double[] lambda = NeumannSeries.apply(h, gq, eta, neumannTerms);                  // λ ≈ H⁻¹ ∇_θ Q
                return new Result(implicit(problem, theta, lambda), q, products[0], eta);
            }
            case GREEDY -> {
                double eta = 1.0 / NeumannSeries.largestEigenvalue(h, problem.parameters(), powerIterations);
                double[] step = theta.clone();
                Vectors.axpy(-eta, problem.trainGradient(theta), step);                          // θ' = θ − η ∇_θ L
                double[] gq = problem.validationGradient(step);
                double[] mixed = problem.mixedTransposeVector(theta, gq);
                double[] g = problem.validationHyperGradient(step);
                Vectors.axpy(-eta, mixed, g);                                                      // ∇_h Q − η Mᵀ ∇_θ Q(θ')
                return new Result(g, q, products[0], eta);
            }
            case UNROLLED -> throw new IllegalArgumentException("unrolled differentiates the training trajectory, "
                    + "not trained parameters: use UnrolledTrajectory");
            default -> throw new IllegalStateException("unknown method " + method);
        }
    }

    /** ∇_h Q − Mᵀ λ (the lecture's HOAG step ③). */
    private static double[] implicit(InnerProblem problem, double[] theta, double[] lambda) {
        double[] g = problem.validationHyperGradient(theta);
        Vectors.axpy(-1.0, problem.mixedTransposeVector(theta, lambda), g);
        return g;
    }
}

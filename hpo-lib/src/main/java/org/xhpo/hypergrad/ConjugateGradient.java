package org.xhpo.hypergrad;

/**
 * Solves A x = b for a symmetric positive definite A given by its products: the linear conjugate
 * gradient method (Hestenes &amp; Stiefel 1952; Nocedal &amp; Wright, Numerical Optimization, 2nd ed.,
 * Algorithm 5.2). HOAG's step ② (hpo-lecture-gradient-bayesian.md, "HOAG": solve H(θ)λ = ∇_θ Q)
 * uses it with A = the training Hessian.
 */
public final class ConjugateGradient {
    private ConjugateGradient() {
    }

    /**
     * The solution and how it was reached.
     *
     * @param x the approximate solution
     * @param iterations products with A spent
     * @param relativeResidual ‖b − A x‖ / ‖b‖ at the end
     */
    public record Result(double[] x, int iterations, double relativeResidual) {
    }

    /**
     * Runs CG from x₀ = 0 until ‖r‖ ≤ tol ‖b‖ or maxIterations products.
     *
     * @param a the operator (symmetric positive definite)
     * @param b the right-hand side
     * @param tol relative residual tolerance
     * @param maxIterations cap on products with A
     */
    public static Result solve(LinearOperator a, double[] b, double tol, int maxIterations) {
        int n = b.length;
        double[] x = new double[n];
        double[] r = b.clone();          // r₀ = b − A·0
        double[] p = r.clone();          // p₀ = r₀
        double bNorm = Vectors.norm(b);
        if (bNorm == 0) {
            return new Result(x, 0, 0);
        }
        double rr = Vectors.dot(r, r);
        int k = 0;
        while (k < maxIterations && Math.sqrt(rr) > tol * bNorm) {
            double[] ap = a.apply(p);
            double pap = Vectors.dot(p, ap);
            if (!(pap > 0)) {
                break; // not positive definite along p: stop with the current iterate
            }
            double alpha = rr / pap;              // α_k = r_kᵀr_k / p_kᵀAp_k      (N&W 5.24a)
            Vectors.axpy(alpha, p, x);            // x_{k+1} = x_k + α_k p_k
            Vectors.axpy(-alpha, ap, r);          // r_{k+1} = r_k − α_k A p_k
            double rrNext = Vectors.dot(r, r);
            double beta = rrNext / rr;            // β_{k+1} = r_{k+1}ᵀr_{k+1} / r_kᵀr_k
            for (int i = 0; i < n; i++) {
                p[i] = r[i] + beta * p[i];        // p_{k+1} = r_{k+1} + β_{k+1} p_k
            }
            rr = rrNext;
            k++;
        }
        return new Result(x, k, Math.sqrt(rr) / bNorm);
    }
}

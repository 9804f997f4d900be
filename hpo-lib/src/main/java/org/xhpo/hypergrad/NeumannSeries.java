package org.xhpo.hypergrad;

/**
 * Approximates A⁻¹ b by the truncated Neumann series of Lorraine, Vicol &amp; Duvenaud 2020,
 * "Optimizing Millions of Hyperparameters by Implicit Differentiation", Eq. (IFT) and Algorithm 3
 * (hpo-lecture-gradient-bayesian.md, last slides): A⁻¹ = η Σ_{j≥0} (I − η A)^j, which converges
 * when 0 &lt; η &lt; 2 / λ_max(A); i terms cost i products with A.
 */
public final class NeumannSeries {
    private NeumannSeries() {
    }

    /**
     * η Σ_{j=0}^{terms−1} (I − η A)^j b.
     *
     * @param a the operator
     * @param b the vector
     * @param eta the step η (below 2/λ_max for convergence)
     * @param terms number of terms, ≥ 1
     */
    public static double[] apply(LinearOperator a, double[] b, double eta, int terms) {
        if (terms < 1 || !(eta > 0)) {
            throw new IllegalArgumentException("Neumann series: needs terms >= 1 and eta > 0, got " + terms + ", " + eta);
        }
        double[] v = b.clone();       // v_j = (I − ηA)^j b
        double[] sum = b.clone();     // Σ v_j
        for (int j = 1; j < terms; j++) {
            double[] av = a.apply(v);
            for (int i = 0; i < v.length; i++) {
                v[i] -= eta * av[i];  // v_{j} = v_{j−1} − η A v_{j−1}
            }
            Vectors.axpy(1.0, v, sum);
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] *= eta;
        }
        return sum;
    }

    /**
     * An estimate of λ_max(A) by power iteration from a fixed start (deterministic): the larger of
     * the last Rayleigh quotient and ‖A v‖, padded by 10%, so that η = 1/estimate stays below 2/λ_max
     * as long as the iteration has reached more than 55% of λ_max.
     */
    public static double largestEigenvalue(LinearOperator a, int n, int iterations) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1.0 + 0.01 * (i % 7); // a fixed start with a component along every direction
        }
        double lambda = 0;
        for (int k = 0; k < iterations; k++) {
            double norm = Vectors.norm(v);
            for (int i = 0; i < n; i++) {
                v[i] /= norm;
            }
            double[] av = a.apply(v);
            lambda = Vectors.dot(v, av);
            v = av;
        }
        return 1.1 * Math.max(lambda, Vectors.norm(v));
    }
}

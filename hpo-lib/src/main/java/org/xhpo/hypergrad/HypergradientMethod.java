package org.xhpo.hypergrad;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the hypergradient dQ(θ*(h), h)/dh is approximated (hpo-lecture-gradient-bayesian.md,
 * "Greedy optimization of hyperparameters", "HOAG", and the implicit-differentiation slides).
 */
public enum HypergradientMethod {
    /** One training step differentiated: H⁻¹ ≈ η I at θ' = θ − η∇_θ L (the lecture's greedy method). */
    GREEDY,
    /** Implicit function theorem with H λ = ∇_θ Q solved by conjugate gradients (Pedregosa 2016). */
    HOAG,
    /** Implicit function theorem with H⁻¹ by a truncated Neumann series (Lorraine et al. 2020). */
    NEUMANN,
    /**
     * Reverse-mode differentiation through T steps of momentum gradient descent (Maclaurin, Duvenaud &amp;
     * Adams 2015, Algorithm 2); the trained weights are the T-step iterate ({@link UnrolledTrajectory}).
     */
    UNROLLED;

    /** The config spelling: greedy, hoag, neumann, unrolled. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a config value.
     *
     * @param field the field path for the error
     * @throws IllegalArgumentException naming the field and the choices
     */
    public static HypergradientMethod parse(String value, String field) {
        for (HypergradientMethod m : values()) {
            if (m.label().equals(value)) {
                return m;
            }
        }
        throw new IllegalArgumentException(field + ": expected one of "
                + Arrays.stream(values()).map(HypergradientMethod::label).toList() + ", got '" + value + "'");
    }
}

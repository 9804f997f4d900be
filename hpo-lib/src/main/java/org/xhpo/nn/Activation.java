package org.xhpo.nn;

import java.util.Locale;

/** Element-wise activation functions, each with its derivative written in terms of its output. */
public enum Activation {
    /** max(0, z). */
    RELU,
    /** tanh(z). */
    TANH,
    /** 1/(1 + e^−z). */
    SIGMOID,
    /** z. */
    IDENTITY;

    /** The activation of {@code z}. */
    public double apply(double z) {
        return switch (this) {
            case RELU -> z > 0 ? z : 0.0;
            case TANH -> Math.tanh(z);
            case SIGMOID -> 1.0 / (1.0 + Math.exp(-z));
            case IDENTITY -> z;
        };
    }

    /** dσ/dz expressed through the output {@code y = σ(z)}. */
    public double derivativeFromOutput(double y) {
        return switch (this) {
            case RELU -> y > 0 ? 1.0 : 0.0;
            case TANH -> 1.0 - y * y;
            case SIGMOID -> y * (1.0 - y);
            case IDENTITY -> 1.0;
        };
    }

    /**
     * Parses a config name ({@code relu}, {@code tanh}, {@code sigmoid}, {@code identity}).
     *
     * @param field the config field, for the error message
     */
    public static Activation parse(String name, String field) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": expected one of relu, tanh, sigmoid, identity, got '" + name + "'");
        }
    }
}

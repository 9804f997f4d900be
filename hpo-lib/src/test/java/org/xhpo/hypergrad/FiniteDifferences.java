package org.xhpo.hypergrad;

import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * Central finite differences, (f(x + h) − f(x − h)) / 2h, the reference every hypergradient and
 * derivative test checks against (truncation error O(h²); Nocedal &amp; Wright 2006, Sec. 8.1, the central-difference formula).
 * One copy for the ridge, evidence and logistic-regression tests.
 */
public final class FiniteDifferences {
    private FiniteDifferences() {
    }

    /** A value of named hyperparameters, e.g. an objective's evaluation of a configuration. */
    @FunctionalInterface
    public interface NamedValue {
        /** @param values the hyperparameters by name */
        double at(Map<String, Object> values) throws Exception;
    }

    /** df/dx at {@code x} with step {@code h}. */
    public static double derivative(DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }

    /** ∂f/∂x_j for every coordinate j, each with its own step {@code step.applyAsDouble(j)}. */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x, IntToDoubleFunction step) {
        double[] g = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            g[j] = partial(f, x, j, step.applyAsDouble(j));
        }
        return g;
    }

    /** ∂f/∂x_j for every coordinate j with the step {@code relative · x_j} (hyperparameters on a log scale). */
    public static double[] gradientRelative(ToDoubleFunction<double[]> f, double[] x, double relative) {
        return gradient(f, x, j -> relative * x[j]);
    }

    /** ∂f/∂x_j with step {@code h}. */
    public static double partial(ToDoubleFunction<double[]> f, double[] x, int j, double h) {
        double[] up = x.clone();
        double[] down = x.clone();
        up[j] += h;
        down[j] -= h;
        return (f.applyAsDouble(up) - f.applyAsDouble(down)) / (2 * h);
    }

    /** (g(x + h v) − g(x − h v)) / 2h: the Jacobian of {@code g} times v (a Hessian-vector product when g is a gradient). */
    public static double[] directional(UnaryOperator<double[]> g, double[] x, double[] v, double h) {
        double[] up = x.clone();
        double[] down = x.clone();
        for (int i = 0; i < x.length; i++) {
            up[i] += h * v[i];
            down[i] -= h * v[i];
        }
        double[] gu = g.apply(up);
        double[] gd = g.apply(down);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (gu[i] - gd[i]) / (2 * h);
        }
        return out;
    }

    /** ∂f/∂{@code name} at {@code values} (a numeric entry) with step {@code h}. */
    public static double partial(NamedValue f, Map<String, Object> values, String name, double h) throws Exception {
        double x = ((Number) values.get(name)).doubleValue();
        Map<String, Object> up = new HashMap<>(values);
        Map<String, Object> down = new HashMap<>(values);
        up.put(name, x + h);
        down.put(name, x - h);
        return (f.at(up) - f.at(down)) / (2 * h);
    }

    /** The largest absolute component: the scale tolerances are taken relative to. */
    public static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}

package org.xhpo.objective.functions;

import java.util.Map;
import org.xhpo.objective.Settings;

/**
 * The Branin (Branin–Hoo) function, a 2-D function with three global minimizers.
 *
 * <p>Source: Surjanovic &amp; Bingham, Virtual Library of Simulation Experiments: Branin function
 * (sfu.ca/~ssurjano/branin.html), recommended constants.
 *
 * <p>Notation: {@code f(x) = a(x2 − b·x1² + c·x1 − r)² + s(1 − t)cos(x1) + s} with {@code a = 1},
 * {@code b = 5.1/(4π²)}, {@code c = 5/π}, {@code r = 6}, {@code s = 10}, {@code t = 1/(8π)}, on
 * {@code x1 ∈ [−5, 10]}, {@code x2 ∈ [0, 15]}. Minimum {@code f* = 5/(4π) ≈ 0.397887} at
 * {@code (−π, 12.275)}, {@code (π, 2.275)} and {@code (3π, 2.475) ≈ (9.42478, 2.475)}.
 *
 * <p>Settings: none.
 */
public final class Branin extends TestFunction {
    private static final double A = 1.0;
    private static final double B = 5.1 / (4.0 * Math.PI * Math.PI);
    private static final double C = 5.0 / Math.PI;
    private static final double R = 6.0;
    private static final double S = 10.0;
    private static final double T = 1.0 / (8.0 * Math.PI);
    /** f* = s(1 − t)·cos(π) + s = s·t = 5/(4π): the squared term vanishes at every minimizer. */
    static final double OPTIMUM = 5.0 / (4.0 * Math.PI);

    /** @param settings must be empty; Branin takes no settings */
    public Branin(Map<String, Object> settings) {
        super(new double[] {-5.0, 0.0}, new double[] {10.0, 15.0});
        new Settings(settings, "objective.settings").allowOnly();
    }

    /** The Branin formula at (x1, x2), shared with {@link MixedConditional}. */
    static double branin(double x1, double x2) {
        double q = x2 - B * x1 * x1 + C * x1 - R;
        return A * q * q + S * (1.0 - T) * Math.cos(x1) + S; // f(x) = a(x2 − b·x1² + c·x1 − r)² + s(1 − t)cos(x1) + s
    }

    @Override
    protected double compute(double[] x) {
        return branin(x[0], x[1]);
    }

    @Override
    public double optimumValue() {
        return OPTIMUM;
    }

    /** The first of the three minimizers, {@code (−π, 12.275)}. */
    @Override
    public double[] optimumLocation() {
        return new double[] {-Math.PI, 12.275};
    }

    /** All three global minimizers, in native coordinates. */
    public double[][] optimumLocations() {
        return new double[][] {{-Math.PI, 12.275}, {Math.PI, 2.275}, {3.0 * Math.PI, 2.475}};
    }
}

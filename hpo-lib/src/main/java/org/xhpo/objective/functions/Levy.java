package org.xhpo.objective.functions;

import java.util.Map;
import org.xhpo.objective.Settings;

/**
 * The Levy function in d dimensions: many regularly spaced local minima around one global one.
 *
 * <p>Source: Surjanovic &amp; Bingham, Virtual Library of Simulation Experiments: Levy function
 * (sfu.ca/~ssurjano/levy.html).
 *
 * <p>Notation: {@code w_i = 1 + (x_i − 1)/4};
 * {@code f(x) = sin²(πw_1) + Σ_{i=1..d−1} (w_i − 1)²[1 + 10 sin²(πw_i + 1)]
 * + (w_d − 1)²[1 + sin²(2πw_d)]} on {@code [−10, 10]^d}. Minimum {@code f* = 0} at
 * {@code x* = (1, …, 1)}.
 *
 * <p>Settings: {@code dim} (default 2, at least 1).
 */
public final class Levy extends TestFunction {

    /** @param settings {@code dim}: the dimension d ≥ 1 (default 2) */
    public Levy(Map<String, Object> settings) {
        this(new Settings(settings, "objective.settings").allowOnly("dim").getInt("dim", 2, 1));
    }

    private Levy(int d) {
        super(filled(d, -10.0), filled(d, 10.0));
    }

    private static double sin2(double a) {
        double s = Math.sin(a);
        return s * s;
    }

    @Override
    protected double compute(double[] x) {
        int d = x.length;
        double w1 = 1.0 + (x[0] - 1.0) / 4.0; // w_i = 1 + (x_i − 1)/4
        double f = sin2(Math.PI * w1); // sin²(πw_1)
        for (int i = 0; i + 1 < d; i++) {
            double w = 1.0 + (x[i] - 1.0) / 4.0;
            f += (w - 1.0) * (w - 1.0) * (1.0 + 10.0 * sin2(Math.PI * w + 1.0)); // (w_i − 1)²[1 + 10 sin²(πw_i + 1)]
        }
        double wd = 1.0 + (x[d - 1] - 1.0) / 4.0;
        f += (wd - 1.0) * (wd - 1.0) * (1.0 + sin2(2.0 * Math.PI * wd)); // (w_d − 1)²[1 + sin²(2πw_d)]
        return f;
    }

    @Override
    public double optimumValue() {
        return 0.0;
    }

    /** {@code (1, …, 1)}. */
    @Override
    public double[] optimumLocation() {
        return filled(dimension(), 1.0);
    }
}

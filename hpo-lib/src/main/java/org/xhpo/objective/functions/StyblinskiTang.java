package org.xhpo.objective.functions;

import java.util.Map;
import org.xhpo.objective.Settings;

/**
 * The Styblinski–Tang function in d dimensions: a separable quartic with 2^d local minima, the
 * global one in a corner region away from the centre.
 *
 * <p>Source: Surjanovic &amp; Bingham, Virtual Library of Simulation Experiments: Styblinski-Tang
 * function (sfu.ca/~ssurjano/stybtang.html).
 *
 * <p>Notation: {@code f(x) = ½ Σ_{i=1..d} (x_i⁴ − 16x_i² + 5x_i)} on {@code [−5, 5]^d}. Minimum
 * {@code f* ≈ −39.16617·d} at {@code x_i = x* ≈ −2.903534}, the smallest root of the stationarity
 * condition {@code 4x³ − 32x + 5 = 0}; both are computed here in closed form.
 *
 * <p>Settings: {@code dim} (default 2, at least 1).
 */
public final class StyblinskiTang extends TestFunction {
    /**
     * x*: the smallest root of {@code x³ − 8x + 5/4 = 0} by the trigonometric solution of a
     * depressed cubic {@code t³ + pt + q} (three real roots): {@code t_k = 2√(−p/3)·cos(⅓·arccos(
     * (3q/2p)√(−3/p)) − 2πk/3)}, here with p = −8, q = 5/4 and k = 2.
     */
    static final double MINIMIZER = 2.0 * Math.sqrt(8.0 / 3.0)
            * Math.cos(Math.acos((3.0 * 1.25 / (2.0 * -8.0)) * Math.sqrt(3.0 / 8.0)) / 3.0 - 4.0 * Math.PI / 3.0);
    /** f* per coordinate: ½(x*⁴ − 16x*² + 5x*). */
    static final double OPTIMUM_PER_COORDINATE = term(MINIMIZER);

    /** @param settings {@code dim}: the dimension d ≥ 1 (default 2) */
    public StyblinskiTang(Map<String, Object> settings) {
        this(new Settings(settings, "objective.settings").allowOnly("dim").getInt("dim", 2, 1));
    }

    private StyblinskiTang(int d) {
        super(filled(d, -5.0), filled(d, 5.0));
    }

    private static double term(double x) {
        double x2 = x * x;
        return 0.5 * (x2 * x2 - 16.0 * x2 + 5.0 * x); // ½(x_i⁴ − 16x_i² + 5x_i)
    }

    @Override
    protected double compute(double[] x) {
        double f = 0.0;
        for (double xi : x) {
            f += term(xi); // f(x) = ½ Σ_i (x_i⁴ − 16x_i² + 5x_i)
        }
        return f;
    }

    @Override
    public double optimumValue() {
        return OPTIMUM_PER_COORDINATE * dimension();
    }

    /** {@code (x*, …, x*)} with {@code x* ≈ −2.903534}. */
    @Override
    public double[] optimumLocation() {
        return filled(dimension(), MINIMIZER);
    }
}

package org.xhpo.objective.functions;

import java.util.Map;
import org.xhpo.objective.Settings;

/**
 * The Rastrigin function in d dimensions: a bowl covered by a regular lattice of deep local minima
 * (10^d of them in the source box), the classic trap for local search.
 *
 * <p>Source: Surjanovic &amp; Bingham, Virtual Library of Simulation Experiments: Rastrigin function
 * (sfu.ca/~ssurjano/rastr.html).
 *
 * <p>Notation: {@code f(x) = 10 d + Σ [x_i² − 10 cos(2π x_i)]}. Minimum {@code f* = 0} at
 * {@code x* = 0}. Domain: the source's box of width 10.24 shifted by +2, {@code [−3.12, 7.12]^d}, so
 * the optimum is not at the box centre (see {@link Ackley}).
 *
 * <p>Settings: {@code dim} (default 2, at least 1).
 */
public final class Rastrigin extends TestFunction {

    /** @param settings {@code dim}: the dimension d ≥ 1 (default 2) */
    public Rastrigin(Map<String, Object> settings) {
        this(new Settings(settings, "objective.settings").allowOnly("dim").getInt("dim", 2, 1));
    }

    private Rastrigin(int d) {
        super(filled(d, -3.12), filled(d, 7.12));
    }

    @Override
    protected double compute(double[] x) {
        double f = 10.0 * x.length;
        for (double v : x) {
            f += v * v - 10 * Math.cos(2 * Math.PI * v); // x_i² − 10 cos(2π x_i)
        }
        return f;
    }

    @Override
    public double optimumValue() {
        return 0.0;
    }

    /** {@code (0, …, 0)}. */
    @Override
    public double[] optimumLocation() {
        return filled(dimension(), 0.0);
    }
}

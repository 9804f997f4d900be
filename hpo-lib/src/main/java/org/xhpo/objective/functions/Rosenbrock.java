package org.xhpo.objective.functions;

import java.util.Map;
import org.xhpo.objective.Settings;

/**
 * The Rosenbrock (valley) function in d dimensions: a narrow curved valley whose floor is easy to
 * reach and hard to follow to the minimum.
 *
 * <p>Source: Surjanovic &amp; Bingham, Virtual Library of Simulation Experiments: Rosenbrock
 * function (sfu.ca/~ssurjano/rosen.html).
 *
 * <p>Notation: {@code f(x) = Σ_{i=1..d−1} [100(x_{i+1} − x_i²)² + (x_i − 1)²]} on
 * {@code [−5, 10]^d}. Minimum {@code f* = 0} at {@code x* = (1, …, 1)}.
 *
 * <p>Settings: {@code dim} (default 2, at least 2: with one coordinate the sum is empty).
 */
public final class Rosenbrock extends TestFunction {

    /** @param settings {@code dim}: the dimension d ≥ 2 (default 2) */
    public Rosenbrock(Map<String, Object> settings) {
        this(new Settings(settings, "objective.settings").allowOnly("dim").getInt("dim", 2, 2));
    }

    private Rosenbrock(int d) {
        super(filled(d, -5.0), filled(d, 10.0));
    }

    @Override
    protected double compute(double[] x) {
        double f = 0.0;
        for (int i = 0; i + 1 < x.length; i++) {
            double valley = x[i + 1] - x[i] * x[i];
            double off = x[i] - 1.0;
            f += 100.0 * valley * valley + off * off; // 100(x_{i+1} − x_i²)² + (x_i − 1)²
        }
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

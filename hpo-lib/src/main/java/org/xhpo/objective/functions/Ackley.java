package org.xhpo.objective.functions;

import java.util.Map;
import org.xhpo.objective.Settings;

/**
 * The Ackley function in d dimensions: a nearly flat outer region riddled with shallow local minima
 * around one deep funnel.
 *
 * <p>Source: Surjanovic &amp; Bingham, Virtual Library of Simulation Experiments: Ackley function
 * (sfu.ca/~ssurjano/ackley.html), with a = 20, b = 0.2, c = 2π.
 *
 * <p>Notation: {@code f(x) = −a exp(−b √(Σ x_i² / d)) − exp(Σ cos(c x_i) / d) + a + e}. Minimum
 * {@code f* = 0} at {@code x* = 0}. Domain: the source's box of width 65.536 shifted by +10,
 * {@code [−22.768, 42.768]^d}, so the optimum is not at the box centre, where CMA-ES's initial mean
 * and TPE's prior sit (a centred optimum would flatter them in the sampler benchmark).
 *
 * <p>Settings: {@code dim} (default 2, at least 1).
 */
public final class Ackley extends TestFunction {
    private static final double A = 20;
    private static final double B = 0.2;
    private static final double C = 2 * Math.PI;

    /** @param settings {@code dim}: the dimension d ≥ 1 (default 2) */
    public Ackley(Map<String, Object> settings) {
        this(new Settings(settings, "objective.settings").allowOnly("dim").getInt("dim", 2, 1));
    }

    private Ackley(int d) {
        super(filled(d, -22.768), filled(d, 42.768));
    }

    @Override
    protected double compute(double[] x) {
        double sq = 0;
        double cos = 0;
        for (double v : x) {
            sq += v * v;
            cos += Math.cos(C * v);
        }
        int d = x.length;
        return -A * Math.exp(-B * Math.sqrt(sq / d)) - Math.exp(cos / d) + A + Math.E; // f(x) as above
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

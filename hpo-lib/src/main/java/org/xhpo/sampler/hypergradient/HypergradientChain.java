package org.xhpo.sampler.hypergradient;

/**
 * One chain of hypergradient steps in unit space with Adam (Kingma &amp; Ba 2015, "Adam: A Method for
 * Stochastic Optimization", Algorithm 1), projected onto [0, 1]^d so bounds are respected.
 * Mutable, but rebuilt from scratch by replaying the told trials, so its state is a pure function
 * of them.
 */
final class HypergradientChain {
    private final int index;
    private double[] pending;
    private final double[] m;
    private final double[] v;
    private int steps;
    private boolean finished;
    private String finishReason = "";

    HypergradientChain(int index, double[] start) {
        this.index = index;
        this.pending = start.clone();
        this.m = new double[start.length];
        this.v = new double[start.length];
    }

    int index() {
        return index;
    }

    /** The unit point this chain wants evaluated next. */
    double[] pending() {
        return pending;
    }

    int steps() {
        return steps;
    }

    boolean finished() {
        return finished;
    }

    String finishReason() {
        return finishReason;
    }

    /** Ends the chain (its trial failed or carried no gradient). */
    void finish(String reason) {
        finished = true;
        finishReason = reason;
    }

    /**
     * One Adam step from the evaluated pending point with the unit-space gradient g of the loss
     * (already signed for minimization).
     */
    void step(double[] g, HypergradientSettings s) {
        steps++;
        double c1 = 1 - Math.pow(s.beta1(), steps);
        double c2 = 1 - Math.pow(s.beta2(), steps);
        double[] next = new double[pending.length];
        double moved = 0;
        for (int j = 0; j < g.length; j++) {
            m[j] = s.beta1() * m[j] + (1 - s.beta1()) * g[j];            // m_t = β1 m_{t−1} + (1 − β1) g_t
            v[j] = s.beta2() * v[j] + (1 - s.beta2()) * g[j] * g[j];     // v_t = β2 v_{t−1} + (1 − β2) g_t²
            double update = s.learningRate() * (m[j] / c1) / (Math.sqrt(v[j] / c2) + HypergradientSettings.EPSILON);
            next[j] = Math.min(1, Math.max(0, pending[j] - update));      // θ_t = Π_[0,1](θ_{t−1} − α m̂_t/(√v̂_t + ε))
            moved = Math.max(moved, Math.abs(next[j] - pending[j]));
        }
        pending = next;
        if (moved <= s.minStep()) {
            finish("converged: step below min_step after " + steps + " steps");
        }
    }
}

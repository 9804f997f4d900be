package org.xhpo.sampler.fi;

/**
 * Linear regression trained by plain stochastic gradient descent, a Java transcription of
 * scikit-learn's {@code SGDRegressor.partial_fit} with its defaults (squared loss, L2 penalty
 * α_reg = 1e-4, learning rate "invscaling" with eta0 = 0.01, power_t = 0.25, weights and intercept
 * starting at 0): the W of Obonyo et al., fi-random-search-sdcmi.md, Algorithm 1 line 7,
 * "a linear regression model based on SGD implementation where the next iteration weight update
 * are bootstrapped with the previous one" (Experiments), as docs/methods/fi-random-search.md reads it.
 *
 * <p>Notation: w ∈ ℝ^d coefficients, b intercept, η(t) the learning rate at step t, p = w·x + b.
 * Per row, in sklearn's {@code _plain_sgd} order: the loss derivative is taken at the old
 * weights, then the weights (not the intercept) are shrunk, then the gradient step is added:
 * <pre>
 *   g = p − y                          (d/dp of ½(p − y)², clipped to ±1e12 like sklearn)
 *   w ← max(0, 1 − η α_reg) · w − η g x
 *   b ← b − η g
 * </pre>
 * The importance is the signed coefficient vector w (docs/methods/fi-random-search.md, 'What each
 * symbol means in XHPO': an absolute importance could only ever grow Λ).
 */
final class SgdLinearModel implements ImportanceWeightModel {
    /** sklearn's default L2 penalty. */
    static final double SKLEARN_L2 = 1e-4;
    /** sklearn's {@code MAX_DLOSS}: loss derivatives are clipped to ± this. */
    private static final double MAX_DLOSS = 1e12;

    private final double[] w;
    private double b;
    private final double l2;
    private final InverseScalingRate rate;
    private long t = 1;

    /** A model over d inputs with sklearn's defaults. */
    SgdLinearModel(int d) {
        this(d, SKLEARN_L2, InverseScalingRate.SKLEARN_DEFAULT);
    }

    /** A model over d inputs with the given L2 penalty and schedule. */
    SgdLinearModel(int d, double l2, InverseScalingRate rate) {
        if (d < 1) {
            throw new IllegalArgumentException("d must be >= 1, got " + d);
        }
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("l2 must be a finite number >= 0, got " + l2);
        }
        this.w = new double[d];
        this.l2 = l2;
        this.rate = rate;
    }

    @Override
    public void partialFit(double[][] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length);
        }
        for (int i = 0; i < x.length; i++) {
            double[] xi = x[i];
            double eta = rate.at(t);
            double g = Math.max(-MAX_DLOSS, Math.min(MAX_DLOSS, predict(xi) - y[i]));
            double update = -eta * g;
            double shrink = Math.max(0.0, 1.0 - eta * l2);
            for (int j = 0; j < w.length; j++) {
                w[j] = shrink * w[j] + update * xi[j];
            }
            b += update;
            t++;
        }
    }

    /** The prediction w·x + b. */
    double predict(double[] x) {
        double p = b;
        for (int j = 0; j < w.length; j++) {
            p += w[j] * x[j];
        }
        return p;
    }

    @Override
    public double[] importance(double[] at) {
        return w.clone();
    }

    /** A copy of the coefficients w. */
    double[] coefficients() {
        return w.clone();
    }

    /** The intercept b. */
    double intercept() {
        return b;
    }

    /** The step counter: 1 + the number of rows trained on so far. */
    long step() {
        return t;
    }
}

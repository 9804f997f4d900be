package org.xhpo.sampler.fi;

import java.util.SplittableRandom;

/**
 * A one-hidden-layer tanh network trained by plain per-row stochastic gradient descent (no
 * momentum), warm-started across calls: the "neural network" choice of W in Obonyo et al.,
 * fi-random-search-sdcmi.md, Algorithm 1 line 7 and §3. The seed fixes neither the
 * architecture nor the optimizer; this reading (docs/methods/fi-random-search.md) keeps
 * everything else equal to {@link SgdLinearModel}: squared loss, L2 penalty 1e-4 on the weights
 * (not the biases), the same invscaling schedule over the same per-row step counter.
 *
 * <p>Notation: x ∈ ℝ^d input, H hidden units, a = W x + c (W ∈ ℝ^{H×d}), h = tanh(a),
 * output p = v·h + b. Per row, with g = p − y and η = η(t):
 * <pre>
 *   δ_k = g v_k (1 − h_k²)
 *   v ← (1 − η α_reg) v − η g h          b ← b − η g
 *   W ← (1 − η α_reg) W − η δ xᵀ         c ← c − η δ
 * </pre>
 * Importance: the local gradient ∇_Λ Ŵ(Λ) (docs/methods/fi-random-search.md, 'What each symbol means
 * in XHPO', I): ∂p/∂x_j = Σ_k v_k (1 − h_k²) W_kj.
 * Weights start Glorot-uniform, ±√(6/(fan_in + fan_out)), from the generator handed in; biases at 0.
 */
final class SgdMlpModel implements ImportanceWeightModel {
    private final int d;
    private final int hidden;
    private final double[][] weights;
    private final double[] hiddenBias;
    private final double[] out;
    private double outBias;
    private final double l2;
    private final InverseScalingRate rate;
    private long t = 1;

    /** A network over d inputs with H hidden units, L2 1e-4 and sklearn's invscaling defaults. */
    SgdMlpModel(int d, int hidden, SplittableRandom rng) {
        this(d, hidden, SgdLinearModel.SKLEARN_L2, InverseScalingRate.SKLEARN_DEFAULT, rng);
    }

    /** A network over d inputs with H hidden units, the given L2 penalty and schedule. */
    SgdMlpModel(int d, int hidden, double l2, InverseScalingRate rate, SplittableRandom rng) {
        if (d < 1 || hidden < 1) {
            throw new IllegalArgumentException("d and hidden must be >= 1, got d=" + d + ", hidden=" + hidden);
        }
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("l2 must be a finite number >= 0, got " + l2);
        }
        this.d = d;
        this.hidden = hidden;
        this.l2 = l2;
        this.rate = rate;
        this.weights = new double[hidden][d];
        this.hiddenBias = new double[hidden];
        this.out = new double[hidden];
        double limitIn = Math.sqrt(6.0 / (d + hidden));
        double limitOut = Math.sqrt(6.0 / (hidden + 1));
        for (int k = 0; k < hidden; k++) {
            for (int j = 0; j < d; j++) {
                weights[k][j] = rng.nextDouble(-limitIn, limitIn);
            }
            out[k] = rng.nextDouble(-limitOut, limitOut);
        }
    }

    @Override
    public void partialFit(double[][] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length);
        }
        double[] h = new double[hidden];
        for (int i = 0; i < x.length; i++) {
            double[] xi = x[i];
            double eta = rate.at(t);
            double g = forward(xi, h) - y[i];
            double shrink = Math.max(0.0, 1.0 - eta * l2);
            for (int k = 0; k < hidden; k++) {
                double delta = g * out[k] * (1.0 - h[k] * h[k]);
                out[k] = shrink * out[k] - eta * g * h[k];
                double[] wk = weights[k];
                for (int j = 0; j < d; j++) {
                    wk[j] = shrink * wk[j] - eta * delta * xi[j];
                }
                hiddenBias[k] -= eta * delta;
            }
            outBias -= eta * g;
            t++;
        }
    }

    /** The output p(x), filling h with the hidden activations. */
    private double forward(double[] x, double[] h) {
        double p = outBias;
        for (int k = 0; k < hidden; k++) {
            double a = hiddenBias[k];
            double[] wk = weights[k];
            for (int j = 0; j < d; j++) {
                a += wk[j] * x[j];
            }
            h[k] = Math.tanh(a);
            p += out[k] * h[k];
        }
        return p;
    }

    /** The network's output at x. */
    double predict(double[] x) {
        return forward(x, new double[hidden]);
    }

    @Override
    public double[] importance(double[] at) {
        double[] h = new double[hidden];
        forward(at, h);
        double[] grad = new double[d];
        for (int k = 0; k < hidden; k++) {
            double s = out[k] * (1.0 - h[k] * h[k]);
            for (int j = 0; j < d; j++) {
                grad[j] += s * weights[k][j];
            }
        }
        return grad;
    }
}

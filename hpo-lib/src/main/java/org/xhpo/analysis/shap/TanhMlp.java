package org.xhpo.analysis.shap;

import java.io.Serializable;
import java.util.SplittableRandom;

/**
 * A small regression MLP — inputs → tanh(h) → tanh(h) → linear — trained on mean squared error by
 * mini-batch backpropagation; {@link MlpEnsemble} trains it with the project's one Adam
 * ({@link org.xhpo.nn.Optimizer}, Kingma &amp; Ba 2015, Algorithm 1). Written here because Smile
 * 2.6's {@code smile.regression.MLP} (SGD with momentum or
 * RMSProp only) reached R² 0.64–0.79 on sin(2πx₁) + ½x₂ with 300 rows, where this
 * reaches 0.998 (benchmarks/metamodel, RESULTS.md); the seed's meta-models are Keras/Adam MLPs.
 * Initialization: Glorot-uniform from a seeded generator. Not thread-safe while training;
 * {@link #predict} allocates its own buffers and may be called from several threads.
 */
final class TanhMlp implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int d;
    private final int h;
    final double[] w; // all parameters, flat: W1 (h×d), b1 (h), W2 (h×h), b2 (h), w3 (h), b3

    TanhMlp(int inputs, int hidden, long seed) {
        d = inputs;
        h = hidden;
        w = new double[h * d + h + h * h + h + h + 1];
        SplittableRandom r = new SplittableRandom(seed);
        glorot(r, 0, h * d, d, h);
        glorot(r, h * d + h, h * h, h, h);
        glorot(r, h * d + h + h * h + h, h, h, 1);
    }

    private void glorot(SplittableRandom r, int from, int count, int fanIn, int fanOut) {
        double a = Math.sqrt(6.0 / (fanIn + fanOut));
        for (int i = 0; i < count; i++) {
            w[from + i] = (2 * r.nextDouble() - 1) * a;
        }
    }

    double predict(double[] x) {
        return forward(x, new double[h], new double[h]);
    }

    private double forward(double[] x, double[] a1, double[] a2) {
        int b1 = h * d;
        int w2 = b1 + h;
        int b2 = w2 + h * h;
        int w3 = b2 + h;
        for (int i = 0; i < h; i++) {
            double s = w[b1 + i];
            for (int j = 0; j < d; j++) {
                s += w[i * d + j] * x[j];
            }
            a1[i] = Math.tanh(s);
        }
        double out = w[w3 + h];
        for (int i = 0; i < h; i++) {
            double s = w[b2 + i];
            for (int j = 0; j < h; j++) {
                s += w[w2 + i * h + j] * a1[j];
            }
            a2[i] = Math.tanh(s);
            out += w[w3 + i] * a2[i];
        }
        return out;
    }

    /** Adds the gradient of ½(f(x) − y)² to {@code g}; returns the squared error. */
    double accumulateGradient(double[] x, double y, double[] g) {
        double[] a1 = new double[h];
        double[] a2 = new double[h];
        double e = forward(x, a1, a2) - y;
        int b1 = h * d;
        int w2 = b1 + h;
        int b2 = w2 + h * h;
        int w3 = b2 + h;
        g[w3 + h] += e;
        double[] d2 = new double[h];
        for (int i = 0; i < h; i++) {
            g[w3 + i] += e * a2[i];
            d2[i] = e * w[w3 + i] * (1 - a2[i] * a2[i]); // tanh' = 1 − tanh²
        }
        double[] d1 = new double[h];
        for (int i = 0; i < h; i++) {
            g[b2 + i] += d2[i];
            for (int j = 0; j < h; j++) {
                g[w2 + i * h + j] += d2[i] * a1[j];
                d1[j] += d2[i] * w[w2 + i * h + j];
            }
        }
        for (int j = 0; j < h; j++) {
            d1[j] *= 1 - a1[j] * a1[j];
            g[b1 + j] += d1[j];
            for (int k = 0; k < d; k++) {
                g[j * d + k] += d1[j] * x[k];
            }
        }
        return e * e;
    }
}

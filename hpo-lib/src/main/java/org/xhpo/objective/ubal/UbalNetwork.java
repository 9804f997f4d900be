package org.xhpo.objective.ubal;

import java.util.SplittableRandom;

/**
 * Universal bidirectional activation-based learning (UBAL; Malinovská, Farkaš, Harvanová, Hoffmann
 * 2019), with the learning rule as implemented in {@code Gasperforyou/convoUBAL},
 * {@code model/UBAL_torch.py} (docs/methods/ubal.md). Sigmoid layers 0..L; between layers p = l and
 * q = l+1 a forward matrix W_l (p→q) and a backward matrix M_l (q→p), each with a bias.
 *
 * <p>Four activation phases: FP (bottom-up from the input), FE (each layer's echo
 * {@code σ(M·q^FP)}), BP (top-down from the target), BE (each layer's echo {@code σ(W·p^BP)}).
 * Per layer l: target {@code t_l = β^F_l·l^FP + (1−β^F_l)·l^BP} (β^B = 1 − β^F); forward estimate
 * {@code e^F_q = γ^F·q^FP + (1−γ^F)·q^BE} (γ^F per W); backward estimate
 * {@code e^B_p = γ^B·p^BP + (1−γ^B)·p^FE} (γ^B per M). Updates, summed over the minibatch:
 * {@code ΔW_l = λ·[t_p;1]ᵀ(t_q − e^F_q)}, {@code ΔM_l = λ·[t_q;1]ᵀ(t_p − e^B_p)}.
 */
public final class UbalNetwork {
    private final int[] sizes;
    private final double[][] w; // W_l: (n_l + 1) × n_{l+1}, bias row last
    private final double[][] m; // M_l: (n_{l+1} + 1) × n_l, bias row last
    private final double[] betaF;
    private final double[] gammaF;
    private final double[] gammaB;

    /**
     * @param sizes layer widths, input first
     * @param betaF β^F per layer (sizes.length values)
     * @param gammaF γ^F per forward matrix (sizes.length − 1 values)
     * @param gammaB γ^B per backward matrix (sizes.length − 1 values)
     * @param initStd the standard deviation of the N(0, σ²) initial weights
     */
    public UbalNetwork(int[] sizes, double[] betaF, double[] gammaF, double[] gammaB, double initStd, SplittableRandom rng) {
        int layers = sizes.length - 1;
        if (layers < 1 || betaF.length != sizes.length || gammaF.length != layers || gammaB.length != layers) {
            throw new IllegalArgumentException("UBAL: need one β^F per layer and one γ^F, γ^B per weight matrix");
        }
        this.sizes = sizes.clone();
        this.betaF = betaF.clone();
        this.gammaF = gammaF.clone();
        this.gammaB = gammaB.clone();
        w = new double[layers][];
        m = new double[layers][];
        for (int l = 0; l < layers; l++) {
            w[l] = new double[(sizes[l] + 1) * sizes[l + 1]];
            m[l] = new double[(sizes[l + 1] + 1) * sizes[l]];
            for (int i = 0; i < w[l].length; i++) {
                w[l][i] = initStd * rng.nextGaussian();
            }
            for (int i = 0; i < m[l].length; i++) {
                m[l][i] = initStd * rng.nextGaussian();
            }
        }
    }

    /** The forward matrix W_l (live), {@code (n_l + 1) × n_{l+1}} row-major, bias row last. */
    double[] forwardWeights(int l) {
        return w[l];
    }

    /** The backward matrix M_l (live), {@code (n_{l+1} + 1) × n_l} row-major, bias row last. */
    double[] backwardWeights(int l) {
        return m[l];
    }

    /** σ([a;1]·A) for a batch: a is {@code batch × in}, A is {@code (in+1) × out}. */
    static double[] propagate(double[] a, int batch, int in, double[] weights, int out) {
        double[] z = new double[batch * out];
        for (int r = 0; r < batch; r++) {
            int zo = r * out;
            System.arraycopy(weights, in * out, z, zo, out);
            for (int k = 0; k < in; k++) {
                double v = a[r * in + k];
                if (v == 0.0) {
                    continue;
                }
                int wo = k * out;
                for (int j = 0; j < out; j++) {
                    z[zo + j] += v * weights[wo + j];
                }
            }
            for (int j = 0; j < out; j++) {
                z[zo + j] = 1.0 / (1.0 + Math.exp(-z[zo + j]));
            }
        }
        return z;
    }

    /** The FP activation of the top layer for a batch of inputs. */
    public double[] predict(double[] x, int batch) {
        double[] a = x;
        for (int l = 0; l + 1 < sizes.length; l++) {
            a = propagate(a, batch, sizes[l], w[l], sizes[l + 1]);
        }
        return a;
    }

    /** The BP activation of the input layer for a batch of targets (the back-projection). */
    public double[] backProject(double[] y, int batch) {
        double[] a = y;
        for (int l = sizes.length - 2; l >= 0; l--) {
            a = propagate(a, batch, sizes[l + 1], m[l], sizes[l]);
        }
        return a;
    }

    /** One learning step on a minibatch (inputs {@code batch × n_0}, targets {@code batch × n_L}). */
    public void learn(double[] x, double[] y, int batch, double learningRate) {
        int layers = sizes.length - 1;
        double[][] fp = new double[layers + 1][];
        double[][] bp = new double[layers + 1][];
        fp[0] = x;
        for (int l = 0; l < layers; l++) {
            fp[l + 1] = propagate(fp[l], batch, sizes[l], w[l], sizes[l + 1]);
        }
        bp[layers] = y;
        for (int l = layers - 1; l >= 0; l--) {
            bp[l] = propagate(bp[l + 1], batch, sizes[l + 1], m[l], sizes[l]);
        }
        double[][] t = new double[layers + 1][];
        for (int l = 0; l <= layers; l++) {
            t[l] = mix(betaF[l], fp[l], bp[l]);
        }
        double[][] dw = new double[layers][];
        double[][] dm = new double[layers][];
        for (int l = 0; l < layers; l++) {
            int p = sizes[l];
            int q = sizes[l + 1];
            double[] fe = propagate(fp[l + 1], batch, q, m[l], p); // echo of the forward pass at p
            double[] be = propagate(bp[l], batch, p, w[l], q); // echo of the backward pass at q
            double[] eF = mix(gammaF[l], fp[l + 1], be);
            double[] eB = mix(gammaB[l], bp[l], fe);
            dw[l] = outer(t[l], difference(t[l + 1], eF), batch, p, q, learningRate);
            dm[l] = outer(t[l + 1], difference(t[l], eB), batch, q, p, learningRate);
        }
        for (int l = 0; l < layers; l++) {
            add(w[l], dw[l]);
            add(m[l], dm[l]);
        }
    }

    private static double[] mix(double g, double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = g * a[i] + (1 - g) * b[i];
        }
        return r;
    }

    private static double[] difference(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = a[i] - b[i];
        }
        return r;
    }

    /** λ·Σ_r [pre_r;1]ᵀ post_r as an {@code (in+1) × out} matrix. */
    private static double[] outer(double[] pre, double[] post, int batch, int in, int out, double lr) {
        double[] d = new double[(in + 1) * out];
        for (int r = 0; r < batch; r++) {
            int po = r * out;
            for (int k = 0; k < in; k++) {
                double a = lr * pre[r * in + k];
                if (a == 0.0) {
                    continue;
                }
                int o = k * out;
                for (int j = 0; j < out; j++) {
                    d[o + j] += a * post[po + j];
                }
            }
            int o = in * out;
            for (int j = 0; j < out; j++) {
                d[o + j] += lr * post[po + j];
            }
        }
        return d;
    }

    private static void add(double[] a, double[] d) {
        for (int i = 0; i < a.length; i++) {
            a[i] += d[i];
        }
    }
}

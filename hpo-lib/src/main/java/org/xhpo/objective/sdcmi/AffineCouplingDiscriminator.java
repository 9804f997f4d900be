package org.xhpo.objective.sdcmi;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.xhpo.nn.Activation;
import org.xhpo.nn.DenseNetwork;
import org.xhpo.nn.Optimizer;

/**
 * The sDCMI "AC" discriminator: a RealNVP affine-coupling flow (Dinh, Sohl-Dickstein, Bengio 2017,
 * §3.2–3.3) fitted by maximum likelihood. A coupling needs at least two dimensions and y is 1-D, so
 * y (standardized) is augmented with an independent N(0,1) coordinate e (an augmented flow; XHPO's
 * choice, docs/methods/sdcmi.md, 'Where the seed is silent, and what XHPO chose'); the flow models
 * (z, e) with a standard normal base, and the y-marginal is the importance-sampling average
 * {@code q̂(z) = mean_k p̂(z, e_k)/φ(e_k)} over 16 fixed draws e_k.
 *
 * <p>Layer l transforms coordinate {@code 1 − l mod 2} given the other, c:
 * {@code v'_d = v_d·exp(s) + t}, {@code [ŝ, t] = MLP_l(v_c)} with one tanh hidden layer of
 * {@code hclas} units and dropout {@code drop}, {@code s = 2·tanh(ŝ/2)} (bounded scale), and
 * {@code log|det| = s}. Trained with Adam ({@code lr}, {@code bs}, {@code epoch} passes, gradient norm
 * clipped at 5).
 */
public final class AffineCouplingDiscriminator implements Discriminator {
    private static final int MARGINAL_DRAWS = 16;
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final int layers;
    private final int hidden;
    private final double learningRate;
    private final int batch;
    private final int epochs;
    private final double dropout;

    /** @see AffineCouplingDiscriminator */
    public AffineCouplingDiscriminator(int layers, int hidden, double learningRate, int batch, int epochs, double dropout) {
        if (layers < 1 || hidden < 1 || !(learningRate > 0) || batch < 1 || epochs < 1 || !(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("AC flow: layers, hclas, bs, epoch >= 1, lr > 0, drop in [0, 1) required");
        }
        this.layers = layers;
        this.hidden = hidden;
        this.learningRate = learningRate;
        this.batch = batch;
        this.epochs = epochs;
        this.dropout = dropout;
    }

    @Override
    public DoubleUnaryOperator fitLogDensity(double[] y, SplittableRandom rng) {
        int n = y.length;
        Standardization st = Standardization.of(y);
        double[] data = new double[2 * n];
        for (int i = 0; i < n; i++) {
            data[2 * i] = st.apply(y[i]);
            data[2 * i + 1] = rng.nextGaussian();
        }
        Flow flow = new Flow(layers, hidden, dropout, rng);
        flow.train(data, n, learningRate, batch, epochs, rng);
        double[] draws = new double[MARGINAL_DRAWS];
        for (int k = 0; k < MARGINAL_DRAWS; k++) {
            draws[k] = rng.nextGaussian();
        }
        return v -> {
            double z = st.apply(v);
            double[] pts = new double[2 * MARGINAL_DRAWS];
            for (int k = 0; k < MARGINAL_DRAWS; k++) {
                pts[2 * k] = z;
                pts[2 * k + 1] = draws[k];
            }
            double[] lp = flow.logDensity(pts, MARGINAL_DRAWS);
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < MARGINAL_DRAWS; k++) {
                lp[k] += 0.5 * draws[k] * draws[k] + 0.5 * LOG_2PI; // ÷ φ(e_k)
                max = Math.max(max, lp[k]);
            }
            double sum = 0;
            for (double a : lp) {
                sum += Math.exp(a - max);
            }
            return max + Math.log(sum / MARGINAL_DRAWS) - Math.log(st.sd());
        };
    }

    /** The coupling stack on 2-D points; package-private for the gradient check. */
    static final class Flow {
        private final DenseNetwork[] nets;

        Flow(int layers, int hidden, double dropout, SplittableRandom rng) {
            nets = new DenseNetwork[layers];
            for (int l = 0; l < layers; l++) {
                nets[l] = new DenseNetwork(new int[] {1, hidden, 2}, Activation.TANH, dropout, rng);
                double[] p = nets[l].parameters();
                int lastLayer = p.length - (hidden * 2 + 2);
                for (int i = lastLayer; i < p.length; i++) {
                    p[i] *= 0.1; // start close to the identity map
                }
            }
        }

        DenseNetwork[] nets() {
            return nets;
        }

        /** log p̂ of each of {@code count} 2-D points (no dropout). */
        double[] logDensity(double[] pts, int count) {
            return run(pts, count, null, null, null);
        }

        /**
         * Runs the flow; when {@code grads} is given, adds ∂(mean negative log-likelihood)/∂θ per layer.
         *
         * @param rng dropout masks, or {@code null}
         * @return the log densities
         */
        double[] run(double[] pts, int count, SplittableRandom rng, double[][] grads, double[] nllOut) {
            int layers = nets.length;
            double[][] vIn = new double[layers][];
            double[][] cond = new double[layers][];
            double[][] raw = new double[layers][];
            DenseNetwork.Pass[] passes = new DenseNetwork.Pass[layers];
            double[] v = pts.clone();
            double[] logDet = new double[count];
            for (int l = 0; l < layers; l++) {
                int c = l % 2;
                int d = 1 - c;
                vIn[l] = v.clone();
                double[] in = new double[count];
                for (int i = 0; i < count; i++) {
                    in[i] = v[2 * i + c];
                }
                cond[l] = in;
                passes[l] = nets[l].forward(in, count, rng);
                double[] out = passes[l].output();
                raw[l] = out;
                for (int i = 0; i < count; i++) {
                    double s = 2 * Math.tanh(out[2 * i] / 2);
                    v[2 * i + d] = v[2 * i + d] * Math.exp(s) + out[2 * i + 1];
                    logDet[i] += s;
                }
            }
            double[] logp = new double[count];
            double nll = 0;
            for (int i = 0; i < count; i++) {
                double u1 = v[2 * i];
                double u2 = v[2 * i + 1];
                logp[i] = -0.5 * (u1 * u1 + u2 * u2) - LOG_2PI + logDet[i];
                nll -= logp[i] / count;
            }
            if (nllOut != null) {
                nllOut[0] = nll;
            }
            if (grads == null) {
                return logp;
            }
            double[] g = new double[2 * count]; // ∂(mean NLL)/∂v after the last layer
            for (int i = 0; i < 2 * count; i++) {
                g[i] = v[i] / count;
            }
            for (int l = layers - 1; l >= 0; l--) {
                int c = l % 2;
                int d = 1 - c;
                double[] out = raw[l];
                double[] dOut = new double[2 * count];
                for (int i = 0; i < count; i++) {
                    double th = Math.tanh(out[2 * i] / 2);
                    double s = 2 * th;
                    double es = Math.exp(s);
                    double vd = vIn[l][2 * i + d];
                    double gd = g[2 * i + d];
                    double ds = gd * vd * es - 1.0 / count; // the −log|det| term
                    dOut[2 * i] = ds * (1 - th * th);
                    dOut[2 * i + 1] = gd;
                    g[2 * i + d] = gd * es;
                }
                double[] dIn = new double[count];
                nets[l].backward(passes[l], dOut, grads[l], dIn);
                for (int i = 0; i < count; i++) {
                    g[2 * i + c] += dIn[i];
                }
            }
            return logp;
        }

        void train(double[] data, int n, double lr, int batch, int epochs, SplittableRandom rng) {
            Optimizer[] opts = new Optimizer[nets.length];
            double[][] grads = new double[nets.length][];
            for (int l = 0; l < nets.length; l++) {
                opts[l] = new Optimizer(Optimizer.Kind.ADAM, nets[l].parameterCount(), lr, 0.0, 0.0, 5.0);
                grads[l] = new double[nets[l].parameterCount()];
            }
            int[] order = org.xhpo.nn.Minibatches.identity(n);
            for (int epoch = 0; epoch < epochs; epoch++) {
                org.xhpo.nn.Minibatches.shuffle(order, rng);
                for (int from = 0; from < n; from += batch) {
                    int b = Math.min(batch, n - from);
                    double[] pts = new double[2 * b];
                    for (int r = 0; r < b; r++) {
                        pts[2 * r] = data[2 * order[from + r]];
                        pts[2 * r + 1] = data[2 * order[from + r] + 1];
                    }
                    for (double[] g : grads) {
                        Optimizer.zero(g);
                    }
                    run(pts, b, rng, grads, null);
                    for (int l = 0; l < nets.length; l++) {
                        opts[l].step(nets[l].parameters(), grads[l]);
                    }
                }
            }
        }
    }
}

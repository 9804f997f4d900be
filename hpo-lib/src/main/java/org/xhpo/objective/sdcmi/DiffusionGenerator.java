package org.xhpo.objective.sdcmi;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.concurrent.CancellationException;
import org.xhpo.nn.Activation;
import org.xhpo.nn.DenseNetwork;
import org.xhpo.nn.Minibatches;
import org.xhpo.nn.Optimizer;

/**
 * The sDCMI generator: a denoising diffusion model (Ho et al. 2020, Algorithms 1 and 2) trained on
 * the current input sample and used to draw new points from noise (docs/methods/sdcmi.md, 'Where the
 * seed is silent, and what XHPO chose': generator use, noise schedule, noise predictor).
 *
 * <p>Inputs are standardized per dimension. The schedule is cosine (Nichol and Dhariwal 2021, eq.
 * 17, s = 0.008, β clipped at 0.999) so that ᾱ_T ≈ 0 for any number of {@code steps}, including the
 * seed's optima of 13 and 19 where a linear schedule would never reach noise. The noise predictor
 * ε_θ(x_t, t) is a ReLU MLP with {@code hdif} hidden layers of {@code width} units and dropout
 * {@code drop}, fed x_t and a sinusoidal embedding of t (4 frequencies), trained on ‖ε − ε_θ‖² with
 * Adam ({@code lr}, batch {@code bs}, {@code epoch} passes, gradient norm clipped at 1 as in
 * tiny-diffusion). Sampling uses the posterior mean through x̂_0, with x̂_0 clipped to ±4 standardized
 * units (the usual DDPM clip; it keeps the first, nearly pure-noise steps finite).
 */
public final class DiffusionGenerator {
    private static final int FREQUENCIES = 4;
    private static final int DIM = 2;
    private static final double CLIP_X0 = 4.0;

    private final int steps;
    private final double[] beta;
    private final double[] alphaBar;
    private final DenseNetwork net;
    private final double[] mean = new double[DIM];
    private final double[] sd = new double[DIM];

    /**
     * Trains a generator on {@code x} (n × 2, row-major).
     *
     * @param cancelled polled once per epoch; training stops with a {@link CancellationException}
     */
    public DiffusionGenerator(double[] x, DiffusionSettings s, SplittableRandom rng, BooleanSupplier cancelled) {
        int n = x.length / DIM;
        if (n < 2) {
            throw new IllegalArgumentException("the diffusion model needs at least 2 points to train on, got " + n);
        }
        this.steps = s.steps();
        this.beta = new double[steps + 1];
        this.alphaBar = new double[steps + 1];
        cosineSchedule(steps, beta, alphaBar);
        standardize(x, n);
        int[] sizes = new int[s.hiddenLayers() + 2];
        sizes[0] = DIM + 2 * FREQUENCIES;
        for (int l = 1; l <= s.hiddenLayers(); l++) {
            sizes[l] = s.width();
        }
        sizes[sizes.length - 1] = DIM;
        net = new DenseNetwork(sizes, Activation.RELU, s.dropout(), rng);
        train(x, n, s, rng, cancelled);
    }

    /** Fills β_1..β_T and ᾱ_0..ᾱ_T (ᾱ_0 = 1) of the cosine schedule. */
    static void cosineSchedule(int steps, double[] beta, double[] alphaBar) {
        double s = 0.008;
        double f0 = Math.pow(Math.cos(s / (1 + s) * Math.PI / 2), 2);
        alphaBar[0] = 1.0;
        for (int t = 1; t <= steps; t++) {
            double prev = Math.pow(Math.cos(((t - 1.0) / steps + s) / (1 + s) * Math.PI / 2), 2) / f0;
            double cur = Math.pow(Math.cos(((double) t / steps + s) / (1 + s) * Math.PI / 2), 2) / f0;
            beta[t] = Math.min(1 - cur / prev, 0.999);
            alphaBar[t] = alphaBar[t - 1] * (1 - beta[t]);
        }
    }

    private void standardize(double[] x, int n) {
        for (int d = 0; d < DIM; d++) {
            double m = 0;
            for (int i = 0; i < n; i++) {
                m += x[i * DIM + d];
            }
            m /= n;
            double v = 0;
            for (int i = 0; i < n; i++) {
                v += (x[i * DIM + d] - m) * (x[i * DIM + d] - m);
            }
            mean[d] = m;
            sd[d] = Math.max(Math.sqrt(v / n), 1e-6);
        }
    }

    private void features(double[] xt, int t, double[] in, int row) {
        int o = row * (DIM + 2 * FREQUENCIES);
        in[o] = xt[0];
        in[o + 1] = xt[1];
        for (int k = 0; k < FREQUENCIES; k++) {
            double w = t / Math.pow(steps + 1.0, (double) k / FREQUENCIES) * Math.PI / 2;
            in[o + DIM + 2 * k] = Math.sin(w);
            in[o + DIM + 2 * k + 1] = Math.cos(w);
        }
    }

    private void train(double[] x, int n, DiffusionSettings s, SplittableRandom rng, BooleanSupplier cancelled) {
        Optimizer opt = new Optimizer(Optimizer.Kind.ADAM, net.parameterCount(), s.learningRate(), 0.0, 0.0, 1.0);
        double[] grad = new double[net.parameterCount()];
        int[] order = Minibatches.identity(n);
        int width = DIM + 2 * FREQUENCIES;
        double[] xt = new double[DIM];
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("sDCMI: the trial was cancelled while training the diffusion model");
            }
            Minibatches.shuffle(order, rng);
            for (int from = 0; from < n; from += s.batch()) {
                int b = Math.min(s.batch(), n - from);
                double[] in = new double[b * width];
                double[] eps = new double[b * DIM];
                for (int r = 0; r < b; r++) {
                    int i = order[from + r];
                    int t = 1 + rng.nextInt(steps);
                    double sa = Math.sqrt(alphaBar[t]);
                    double sn = Math.sqrt(1 - alphaBar[t]);
                    for (int d = 0; d < DIM; d++) {
                        double e = rng.nextGaussian();
                        eps[r * DIM + d] = e;
                        xt[d] = sa * (x[i * DIM + d] - mean[d]) / sd[d] + sn * e;
                    }
                    features(xt, t, in, r);
                }
                DenseNetwork.Pass pass = net.forward(in, b, rng);
                double[] out = pass.output();
                double[] dOut = new double[b * DIM];
                for (int k = 0; k < dOut.length; k++) {
                    dOut[k] = 2 * (out[k] - eps[k]) / (b * DIM);
                }
                Optimizer.zero(grad);
                net.backward(pass, dOut, grad, null);
                opt.step(net.parameters(), grad);
            }
        }
    }

    /** Draws {@code count} points (count × 2, row-major, original units) by ancestral sampling. */
    public double[] sample(int count, SplittableRandom rng) {
        int width = DIM + 2 * FREQUENCIES;
        double[] x = new double[count * DIM];
        for (int k = 0; k < x.length; k++) {
            x[k] = rng.nextGaussian();
        }
        double[] in = new double[count * width];
        double[] xt = new double[DIM];
        for (int t = steps; t >= 1; t--) {
            for (int r = 0; r < count; r++) {
                xt[0] = x[r * DIM];
                xt[1] = x[r * DIM + 1];
                features(xt, t, in, r);
            }
            double[] eps = net.predict(in, count);
            double ab = alphaBar[t];
            double abPrev = alphaBar[t - 1];
            double c1 = beta[t] * Math.sqrt(abPrev) / (1 - ab);
            double c2 = (1 - abPrev) * Math.sqrt(1 - beta[t]) / (1 - ab);
            double sigma = Math.sqrt(beta[t] * (1 - abPrev) / (1 - ab));
            for (int k = 0; k < x.length; k++) {
                double x0 = (x[k] - Math.sqrt(1 - ab) * eps[k]) / Math.sqrt(ab);
                x0 = Math.max(-CLIP_X0, Math.min(CLIP_X0, x0));
                x[k] = c1 * x0 + c2 * x[k] + (t > 1 ? sigma * rng.nextGaussian() : 0.0);
            }
        }
        for (int r = 0; r < count; r++) {
            for (int d = 0; d < DIM; d++) {
                x[r * DIM + d] = mean[d] + sd[d] * x[r * DIM + d];
            }
        }
        return x;
    }

    /**
     * The diffusion model's hyperparameters (seed Table 1).
     *
     * @param steps forward diffusion steps T
     * @param hiddenLayers hidden layers of the noise predictor ({@code hdif})
     * @param width units per hidden layer
     * @param learningRate Adam's learning rate ({@code lr})
     * @param batch minibatch size ({@code bs})
     * @param epochs passes over the sample ({@code epoch})
     * @param dropout dropout rate of the hidden layers ({@code drop})
     */
    public record DiffusionSettings(int steps, int hiddenLayers, int width, double learningRate, int batch, int epochs,
            double dropout) {
    }
}

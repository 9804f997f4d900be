package org.xhpo.nn;

import java.util.SplittableRandom;

/**
 * A fully connected network: hidden layers with one activation and optional (inverted) dropout,
 * then a linear output layer; backpropagation (Rumelhart, Hinton, Williams 1986) of any loss
 * gradient to the parameters and, when asked, to the inputs.
 *
 * <p>All parameters live in one flat array (per layer: the {@code in × out} weights, input-major,
 * then the {@code out} biases) so an {@link Optimizer} updates them in one loop. Batches are
 * row-major {@code double[batch × width]} arrays. Not thread-safe: one network per trial.
 */
public final class DenseNetwork {
    private final int[] sizes;
    private final Activation hidden;
    private final double dropout;
    private final double[] params;
    private final int[] weightOffset;
    private final int[] biasOffset;

    /**
     * Builds a network with Glorot-uniform weights (He-uniform for ReLU) and zero biases.
     *
     * @param sizes the widths of every layer, input first, output last (at least two)
     * @param hidden the activation of the hidden layers
     * @param dropout the probability of dropping a hidden unit while training, in [0, 1)
     * @param rng the source of the initial weights
     */
    public DenseNetwork(int[] sizes, Activation hidden, double dropout, SplittableRandom rng) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs an input and an output layer");
        }
        for (int s : sizes) {
            if (s < 1) {
                throw new IllegalArgumentException("layer widths must be >= 1, got " + s);
            }
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        this.sizes = sizes.clone();
        this.hidden = hidden;
        this.dropout = dropout;
        int layers = sizes.length - 1;
        weightOffset = new int[layers];
        biasOffset = new int[layers];
        int n = 0;
        for (int l = 0; l < layers; l++) {
            weightOffset[l] = n;
            n += sizes[l] * sizes[l + 1];
            biasOffset[l] = n;
            n += sizes[l + 1];
        }
        params = new double[n];
        for (int l = 0; l < layers; l++) {
            double gain = (l < layers - 1 && hidden == Activation.RELU) ? 2.0 : 1.0;
            double limit = Math.sqrt(3.0 * gain * 2.0 / (sizes[l] + sizes[l + 1]));
            for (int i = weightOffset[l]; i < biasOffset[l]; i++) {
                params[i] = (2 * rng.nextDouble() - 1) * limit;
            }
        }
    }

    /** The parameters (weights and biases), live: optimizers update this array in place. */
    public double[] parameters() {
        return params;
    }

    /** The number of parameters. */
    public int parameterCount() {
        return params.length;
    }

    /** Multiply-adds of one forward pass of one example, counted as two FLOPs each. */
    public long forwardFlops() {
        long f = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            f += 2L * sizes[l] * sizes[l + 1];
        }
        return f;
    }

    /** The input width. */
    public int inputs() {
        return sizes[0];
    }

    /** The output width. */
    public int outputs() {
        return sizes[sizes.length - 1];
    }

    /** Index in {@link #parameters()} of weight (from input k to unit j) of layer l; for tests. */
    int weightIndex(int l, int k, int j) {
        return weightOffset[l] + k * sizes[l + 1] + j;
    }

    /** The outputs for a batch, without dropout. */
    public double[] predict(double[] x, int batch) {
        return forward(x, batch, null).output();
    }

    /**
     * A forward pass that keeps what backpropagation needs.
     *
     * @param rng draws the dropout masks; {@code null} evaluates without dropout
     */
    public Pass forward(double[] x, int batch, SplittableRandom rng) {
        if (x.length < batch * sizes[0]) {
            throw new IllegalArgumentException("input has " + x.length + " values, expected " + batch + " × " + sizes[0]);
        }
        int layers = sizes.length - 1;
        double[][] inputs = new double[layers + 1][];
        double[][] activated = new double[layers][];
        float[][] masks = new float[layers][];
        inputs[0] = x;
        for (int l = 0; l < layers; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] z = new double[batch * out];
            affine(inputs[l], batch, in, out, weightOffset[l], biasOffset[l], z);
            if (l == layers - 1) {
                inputs[l + 1] = z;
                break;
            }
            for (int i = 0; i < z.length; i++) {
                z[i] = hidden.apply(z[i]);
            }
            activated[l] = z;
            if (rng != null && dropout > 0) {
                float[] mask = new float[z.length];
                double[] dropped = new double[z.length];
                float keep = (float) (1.0 / (1.0 - dropout));
                for (int i = 0; i < z.length; i++) {
                    mask[i] = rng.nextDouble() < dropout ? 0f : keep;
                    dropped[i] = z[i] * mask[i];
                }
                masks[l] = mask;
                inputs[l + 1] = dropped;
            } else {
                inputs[l + 1] = z;
            }
        }
        return new Pass(batch, inputs, activated, masks);
    }

    private void affine(double[] x, int batch, int in, int out, int w, int b, double[] z) {
        for (int r = 0; r < batch; r++) {
            int zo = r * out;
            System.arraycopy(params, b, z, zo, out);
            int xo = r * in;
            for (int k = 0; k < in; k++) {
                double a = x[xo + k];
                if (a == 0.0) {
                    continue;
                }
                int wo = w + k * out;
                for (int j = 0; j < out; j++) {
                    z[zo + j] += a * params[wo + j];
                }
            }
        }
    }

    /**
     * Backpropagates {@code dOutput} (∂loss/∂output, {@code batch × outputs}) and adds ∂loss/∂θ to
     * {@code grad}.
     *
     * @param dInput receives ∂loss/∂input when not {@code null} ({@code batch × inputs}, overwritten)
     */
    public void backward(Pass pass, double[] dOutput, double[] grad, double[] dInput) {
        int batch = pass.batch;
        int layers = sizes.length - 1;
        double[] delta = dOutput;
        for (int l = layers - 1; l >= 0; l--) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] x = pass.inputs[l];
            int w = weightOffset[l];
            int b = biasOffset[l];
            boolean needInput = l > 0 || dInput != null;
            double[] dx = needInput ? (l == 0 ? dInput : new double[batch * in]) : null;
            for (int r = 0; r < batch; r++) {
                int d0 = r * out;
                for (int j = 0; j < out; j++) {
                    grad[b + j] += delta[d0 + j];
                }
                int xo = r * in;
                for (int k = 0; k < in; k++) {
                    double a = x[xo + k];
                    int wo = w + k * out;
                    if (a != 0.0) {
                        for (int j = 0; j < out; j++) {
                            grad[wo + j] += a * delta[d0 + j];
                        }
                    }
                    if (dx != null) {
                        double s = 0;
                        for (int j = 0; j < out; j++) {
                            s += params[wo + j] * delta[d0 + j];
                        }
                        dx[xo + k] = s;
                    }
                }
            }
            if (l > 0) {
                double[] h = pass.activated[l - 1];
                float[] mask = pass.masks[l - 1];
                for (int i = 0; i < dx.length; i++) {
                    double g = dx[i] * hidden.derivativeFromOutput(h[i]);
                    dx[i] = mask == null ? g : g * mask[i];
                }
                delta = dx;
            }
        }
    }

    /** What a forward pass keeps for {@link #backward}. */
    public static final class Pass {
        private final int batch;
        private final double[][] inputs;
        private final double[][] activated;
        private final float[][] masks;

        private Pass(int batch, double[][] inputs, double[][] activated, float[][] masks) {
            this.batch = batch;
            this.inputs = inputs;
            this.activated = activated;
            this.masks = masks;
        }

        /** The network's outputs, {@code batch × outputs}. */
        public double[] output() {
            return inputs[inputs.length - 1];
        }
    }
}

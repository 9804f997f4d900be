package org.xhpo.objective.mlp;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.xhpo.nn.Activation;
import org.xhpo.nn.DenseNetwork;
import org.xhpo.nn.Minibatches;
import org.xhpo.nn.Optimizer;

/**
 * Minibatch training of a {@link DenseNetwork}: softmax cross-entropy for classification (integer
 * labels), mean squared error for regression (real targets). Examples are shuffled every epoch from
 * the trial's generator; nothing else is random.
 *
 * @param layers hidden layers
 * @param width units per hidden layer
 * @param activation hidden activation
 * @param dropout hidden dropout rate (0 = off)
 * @param optimizer update rule
 * @param learningRate step size
 * @param weightDecay decoupled weight decay
 * @param batch minibatch size
 * @param epochs passes over the training set
 */
public record MlpTraining(int layers, int width, Activation activation, double dropout, Optimizer.Kind optimizer,
        double learningRate, double weightDecay, int batch, int epochs) {

    /** The layer widths for the given input and output widths. */
    public int[] sizes(int inputs, int outputs) {
        int[] s = new int[layers + 2];
        s[0] = inputs;
        for (int l = 1; l <= layers; l++) {
            s[l] = width;
        }
        s[layers + 1] = outputs;
        return s;
    }

    /**
     * Trains a classifier on {@code x[rows[i]]} with labels.
     *
     * @param rows the indices of the training examples in x
     */
    public DenseNetwork classifier(float[][] x, int[] labels, int[] rows, int classes, SplittableRandom rng,
            BooleanSupplier cancelled) {
        return train(x, rows, classes, rng, cancelled, (out, r, b, d) -> {
            double loss = 0;
            for (int i = 0; i < b; i++) {
                int o = i * classes;
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < classes; c++) {
                    max = Math.max(max, out[o + c]);
                }
                double sum = 0;
                for (int c = 0; c < classes; c++) {
                    d[o + c] = Math.exp(out[o + c] - max);
                    sum += d[o + c];
                }
                int y = labels[r[i]];
                loss -= out[o + y] - max - Math.log(sum);
                for (int c = 0; c < classes; c++) {
                    d[o + c] = (d[o + c] / sum - (c == y ? 1 : 0)) / b;
                }
            }
            return loss / b;
        });
    }

    /** Trains a regressor on {@code x[rows[i]] → y[rows[i]]} (targets as given; standardize first). */
    public DenseNetwork regressor(float[][] x, double[][] y, int[] rows, SplittableRandom rng, BooleanSupplier cancelled) {
        int k = y[0].length;
        return train(x, rows, k, rng, cancelled, (out, r, b, d) -> {
            double loss = 0;
            for (int i = 0; i < b; i++) {
                for (int j = 0; j < k; j++) {
                    double e = out[i * k + j] - y[r[i]][j];
                    loss += e * e;
                    d[i * k + j] = 2 * e / (b * k);
                }
            }
            return loss / (b * k);
        });
    }

    /** Computes a batch loss and writes ∂loss/∂output into d. */
    private interface Loss {
        double apply(double[] out, int[] rows, int batch, double[] d);
    }

    private DenseNetwork train(float[][] x, int[] rows, int outputs, SplittableRandom rng, BooleanSupplier cancelled, Loss loss) {
        int inputs = x[rows[0]].length;
        DenseNetwork net = new DenseNetwork(sizes(inputs, outputs), activation, dropout, rng);
        Optimizer opt = new Optimizer(optimizer, net.parameterCount(), learningRate, weightDecay, 0.9, 0.0);
        double[] grad = new double[net.parameterCount()];
        int[] order = rows.clone();
        int n = order.length;
        int[] batchRows = new int[Math.min(batch, n)];
        for (int epoch = 0; epoch < epochs; epoch++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("mlp: the trial was cancelled in epoch " + (epoch + 1));
            }
            Minibatches.shuffle(order, rng);
            for (int from = 0; from < n; from += batch) {
                int b = Math.min(batch, n - from);
                System.arraycopy(order, from, batchRows, 0, b);
                double[] in = Minibatches.gather(x, order, from, b);
                DenseNetwork.Pass pass = net.forward(in, b, rng);
                double[] d = new double[b * outputs];
                double l = loss.apply(pass.output(), batchRows, b, d);
                if (!Double.isFinite(l)) {
                    throw new ArithmeticException("mlp: the training loss diverged (" + l + ") in epoch " + (epoch + 1)
                            + "; the learning rate " + learningRate + " is probably too large");
                }
                Optimizer.zero(grad);
                net.backward(pass, d, grad, null);
                opt.step(net.parameters(), grad);
            }
        }
        return net;
    }

    /** The network's outputs for the given rows, in chunks of 512. */
    public static double[] predict(DenseNetwork net, float[][] x, int[] rows) {
        int outputs = net.outputs();
        double[] result = new double[rows.length * outputs];
        for (int from = 0; from < rows.length; from += 512) {
            int b = Math.min(512, rows.length - from);
            System.arraycopy(net.predict(Minibatches.gather(x, rows, from, b), b), 0, result, from * outputs, b * outputs);
        }
        return result;
    }
}

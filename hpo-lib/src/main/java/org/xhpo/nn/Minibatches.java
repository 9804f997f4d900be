package org.xhpo.nn;

import java.util.SplittableRandom;

/** Example orders for minibatch training: the identity, reshuffled in place each epoch. */
public final class Minibatches {
    private Minibatches() {
    }

    /** {0, 1, …, n−1}. */
    public static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /**
     * The rows {@code order[from .. from+count)} of {@code x} as one row-major {@code double} batch
     * ({@code count × width}), the layout {@link DenseNetwork} takes.
     */
    public static double[] gather(float[][] x, int[] order, int from, int count) {
        int width = x[order[from]].length;
        double[] batch = new double[count * width];
        for (int i = 0; i < count; i++) {
            float[] row = x[order[from + i]];
            for (int j = 0; j < width; j++) {
                batch[i * width + j] = row[j];
            }
        }
        return batch;
    }

    /** Fisher–Yates shuffle (Knuth, TAOCP vol. 2, Algorithm 3.4.2 P) driven by {@code rng}. */
    public static void shuffle(int[] order, SplittableRandom rng) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}

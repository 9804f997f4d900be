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

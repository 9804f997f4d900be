package org.xhpo.sampler.fi;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The minibatch draw of Obonyo et al., fi-random-search-sdcmi.md, Algorithm 1 line 6, in the
 * paired form of docs/methods/fi-random-search.md (correction 1): one set of b distinct row indices,
 * so that a configuration stays with its own loss. The draw is a partial Fisher–Yates shuffle of a
 * persistent index order: each call permutes the first b slots of the order left by the previous
 * call. The order can grow (the adaptive mode adds probe results as new rows); new indices are
 * appended at its end, so for a fixed number of rows the sequence of draws is that of the paper mode.
 */
final class PairedMinibatches {
    private final SplittableRandom rng;
    private int[] order = new int[0];

    /** @param rng the generator of every draw (the sampler's minibatch stream) */
    PairedMinibatches(SplittableRandom rng) {
        this.rng = rng;
    }

    /**
     * Draws b distinct indices among m rows (m must not shrink between calls).
     *
     * @return the drawn indices, in draw order (a fresh array)
     */
    int[] draw(int m, int b) {
        if (m < order.length || b < 1 || b > m) {
            throw new IllegalArgumentException("need b in [1, m] and m >= " + order.length + ", got m=" + m
                    + ", b=" + b);
        }
        if (m > order.length) {
            int from = order.length;
            order = Arrays.copyOf(order, m);
            for (int r = from; r < m; r++) {
                order[r] = r;
            }
        }
        for (int r = 0; r < b; r++) {
            int pick = r + rng.nextInt(m - r);
            int tmp = order[r];
            order[r] = order[pick];
            order[pick] = tmp;
        }
        return Arrays.copyOf(order, b);
    }
}

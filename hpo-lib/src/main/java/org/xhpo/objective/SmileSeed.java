package org.xhpo.objective;

import smile.math.MathEx;

/**
 * Smile 2.6 draws its random numbers (k-means++ seeding, GMM initialisation, MLP weight init,
 * shuffles) from a thread-local generator in {@link MathEx}. Objectives that call Smile reseed it
 * here, on the executor thread, from the trial seed before each use, so the same trial seed gives
 * the same result whichever thread or executor runs it.
 */
public final class SmileSeed {
    private SmileSeed() {
    }

    /** Reseeds Smile's generator of the calling thread. */
    public static void reseed(long seed) {
        MathEx.setSeed(seed);
    }
}

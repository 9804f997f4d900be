package org.xhpo.sampler;

import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Scrambled Sobol points in [0,1)^d, addressed by index. Direction numbers: Joe &amp; Kuo 2008
 * ("Constructing Sobol sequences with better two-dimensional projections", new-joe-kuo-6.21201, via
 * commons-math3 {@link SobolSequenceGenerator}, Bratley &amp; Fox 1988 Gray-code construction).
 * Scramble: a random linear matrix scramble (Matoušek 1998, "On the L2-discrepancy for anchored
 * boxes") followed by a random digital shift, per dimension, as scipy.stats.qmc.Sobol(scramble=True).
 * Notation: x_k ∈ {0,1}^52 the MSB-first bits of coordinate k (commons-math3 returns k/2^52 exactly),
 * M_k a lower-triangular binary matrix with unit diagonal, e_k a random shift: y_k = M_k x_k ⊕ e_k.
 * Both operations preserve the (t,m,s)-net property of the unscrambled points.
 */
public final class ScrambledSobolSequence {
    private static final int BITS = 52;
    private static final double SCALE = Math.pow(2, BITS);

    private final int dimension;
    /** columns[k][j]: column j of M_k as a 52-bit word (bit 51 = most significant). */
    private final long[][] columns;
    private final long[] shift;
    private final boolean scrambled;
    /** One generator reused across calls (its constructor parses the direction-number table). */
    private final SobolSequenceGenerator generator;
    private long nextRaw = -1;

    /**
     * @param dimension number of coordinates (1..1000)
     * @param scrambleSeed seed of the scramble; see {@link #unscrambled} for the raw sequence
     */
    public ScrambledSobolSequence(int dimension, long scrambleSeed) {
        this(dimension, new SplittableRandom(scrambleSeed), true);
    }

    private ScrambledSobolSequence(int dimension, SplittableRandom rng, boolean scrambled) {
        if (dimension < 1 || dimension > 1000) {
            throw new IllegalArgumentException("Sobol sequences support 1 to 1000 dimensions, got " + dimension);
        }
        this.dimension = dimension;
        this.scrambled = scrambled;
        this.columns = new long[dimension][BITS];
        this.shift = new long[dimension];
        this.generator = new SobolSequenceGenerator(dimension);
        for (int k = 0; k < dimension && scrambled; k++) {
            // M_k lower triangular in MSB-first order: output bit i depends on input bits 0..i
            // (more significant ones), with a unit diagonal so M_k is invertible.
            long[] rows = new long[BITS];
            for (int i = 0; i < BITS; i++) {
                long below = i == 0 ? 0 : rng.nextLong() & ((1L << i) - 1); // random bits j < i
                rows[i] = below | (1L << i);
            }
            // store as columns: column j (input bit j, MSB-first) → word of output bits
            for (int j = 0; j < BITS; j++) {
                long col = 0;
                for (int i = 0; i < BITS; i++) {
                    if ((rows[i] >>> j & 1L) != 0) {
                        col |= 1L << (BITS - 1 - i);
                    }
                }
                columns[k][j] = col;
            }
            shift[k] = rng.nextLong() & ((1L << BITS) - 1);
        }
    }

    /** The raw (unscrambled) sequence, for reference tests. */
    public static ScrambledSobolSequence unscrambled(int dimension) {
        return new ScrambledSobolSequence(dimension, new SplittableRandom(0), false);
    }

    /** Number of coordinates. */
    public int dimension() {
        return dimension;
    }

    /** Point {@code index} (0-based) of the sequence; sequential calls cost one Gray-code step. */
    public synchronized double[] point(long index) {
        if (index < 0 || index >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Sobol index must lie in [0, 2^31 - 1), got " + index);
        }
        // skipTo(i) positions the generator and returns point i itself
        double[] raw = index == nextRaw ? generator.nextVector() : generator.skipTo((int) index);
        nextRaw = index + 1;
        return transform(raw);
    }

    /** Points {@code from} .. {@code from + count − 1}. */
    public double[][] points(long from, int count) {
        double[][] out = new double[count][];
        for (int i = 0; i < count; i++) {
            out[i] = point(from + i);
        }
        return out;
    }

    private double[] transform(double[] raw) {
        if (!scrambled) {
            return raw;
        }
        double[] y = new double[dimension];
        for (int k = 0; k < dimension; k++) {
            long x = (long) (raw[k] * SCALE);
            long out = 0;
            for (int j = 0; j < BITS; j++) { // input bit j, MSB-first
                if ((x >>> (BITS - 1 - j) & 1L) != 0) {
                    out ^= columns[k][j];
                }
            }
            out ^= shift[k];
            y[k] = out / SCALE;
        }
        return y;
    }
}

package org.xhpo.analysis.hsic;

import java.util.SplittableRandom;

/**
 * The exact goal-oriented HSIC estimator (Novello et al. 2023, {@code hsic-explainable-hpo.md};
 * docs/methods/hsic.md, "Kernels and the authors' S" to 'p-values'): O(n²) time, O(n) memory.
 *
 * <p>Notation: x_i ∈ [0,1] unit-space values, z_i = 1{row i in the best p%} ({@link GoalTarget}),
 * m = Σz, p̂ = m/n, Gaussian kernel k(d) = exp(−d²/(2h²)) with h from a {@link Bandwidth} rule; for
 * several variables the product of their kernels, each with its own h (the authors use one shared
 * h on the joint vector). Results: S = p̂²·MMD²_V(P_X, P_{X|Z=1}), HSIC_V with the δ kernel on Z
 * (= 2S), the U-statistic, R2-HSIC, and two p-values:
 * <ul>
 *   <li>permutation: B permutations of Z (default 100, as OpenTURNS {@code
 *       HSICEstimator-PermutationSize}) drawn from {@code new SplittableRandom(seed)};
 *       p = #{HSIC_perm &gt; HSIC_obs}/(B+1) as OpenTURNS computes it (strict inequality, no +1 in
 *       the numerator, so p can be 0);</li>
 *   <li>asymptotic Gamma approximation of n·HSIC_V under independence (Gretton et al. 2007 as in
 *       OpenTURNS {@code computePValuesAsymptotic}).</li>
 * </ul>
 */
public final class HsicEstimator {
    /** Default number of permutations (OpenTURNS default). */
    public static final int DEFAULT_PERMUTATIONS = 100;

    private final Bandwidth bandwidth;
    private final int permutations;

    /** An estimator with a bandwidth rule and B ≥ 0 permutations (0 = no permutation p-value). */
    public HsicEstimator(Bandwidth bandwidth, int permutations) {
        if (bandwidth == null) {
            throw new IllegalArgumentException("bandwidth: expected std, median, max or a number, got null");
        }
        if (permutations < 0) {
            throw new IllegalArgumentException("permutations: must be >= 0, got " + permutations);
        }
        this.bandwidth = bandwidth;
        this.permutations = permutations;
    }

    /** The defaults: {@code std} bandwidth, 100 permutations. */
    public HsicEstimator() {
        this(Bandwidth.std(), DEFAULT_PERMUTATIONS);
    }

    /** The bandwidth rule. */
    public Bandwidth bandwidth() {
        return bandwidth;
    }

    /** The number of permutations B. */
    public int permutations() {
        return permutations;
    }

    /** The indices of one unit-space column x against z; permutations drawn from the seed. */
    public HsicIndex single(double[] x, boolean[] z, long seed) {
        check(new double[][] {x}, z);
        double h = bandwidthFor(x, z);
        return compute(new double[][] {x}, new double[] {h}, z, seed);
    }

    /**
     * The indices of a group of columns under the product kernel (each column with its own
     * bandwidth, resolved by the rule on that column alone); for two columns this is the pair index
     * of P2 (docs/methods/hsic.md, 'P2: pairs and interactions').
     */
    public HsicIndex joint(double[][] columns, boolean[] z, long seed) {
        check(columns, z);
        double[] h = new double[columns.length];
        for (int v = 0; v < columns.length; v++) {
            h[v] = bandwidthFor(columns[v], z);
        }
        return compute(columns, h, z, seed);
    }

    /** The bandwidth the rule gives for column x (and target z, used by {@code max}). */
    public double bandwidthFor(double[] x, boolean[] z) {
        double h;
        if (bandwidth instanceof Bandwidth.Fixed f) {
            return f.h();
        } else if (bandwidth instanceof Bandwidth.Std) {
            h = BandwidthRules.std(x);
        } else if (bandwidth instanceof Bandwidth.Median) {
            h = BandwidthRules.median(x);
        } else {
            if (BandwidthRules.std(x) == 0) {
                return Bandwidth.CONSTANT_FALLBACK;
            }
            double[][] cols = {x};
            h = BandwidthRules.maximize(bw -> new ExactKernelSums(cols, new double[] {bw}, z).moments().index(),
                    Bandwidth.MAX_SEARCH_LOW, Bandwidth.MAX_SEARCH_HIGH);
        }
        return BandwidthRules.guard(h);
    }

    private HsicIndex compute(double[][] columns, double[] h, boolean[] z, long seed) {
        ExactKernelSums sums = new ExactKernelSums(columns, h, z);
        double pPerm = permutations == 0 ? Double.NaN
                : sums.permutationPValue(permutations, new SplittableRandom(seed));
        return HsicStatistics.compute(sums.moments(), pPerm, h[0], h.length > 1 ? h[1] : Double.NaN);
    }

    static void check(double[][] columns, boolean[] z) {
        if (z == null || z.length == 0) {
            throw new IllegalArgumentException("z: must hold at least one row, got none");
        }
        if (columns == null || columns.length == 0) {
            throw new IllegalArgumentException("columns: need at least one variable, got none");
        }
        for (int v = 0; v < columns.length; v++) {
            double[] x = columns[v];
            if (x == null || x.length != z.length) {
                throw new IllegalArgumentException("columns[" + v + "]: must have one value per row of z ("
                        + z.length + "), got " + (x == null ? "null" : x.length));
            }
            for (int i = 0; i < x.length; i++) {
                if (!(x[i] >= 0 && x[i] <= 1)) {
                    throw new IllegalArgumentException("columns[" + v + "][" + i + "]: must be a unit-space value"
                            + " in [0, 1], got " + x[i]);
                }
            }
        }
    }
}

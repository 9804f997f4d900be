package org.xhpo.analysis.hsic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * P2 of {@code hsic-explainable-hpo.md}: pair indices S_(Xi,Xj) under the product kernel
 * (docs/methods/hsic.md, 'P2: pairs and interactions'; each variable keeps its own bandwidth, where
 * the authors' {@code paper_experiments.py} puts one shared
 * bandwidth on the joint vector) and two "excess" statistics, which are XHPO's addition — the paper
 * defines none and reads interactions visually as pairs whose joint S is large while both singles
 * are small:
 * <ul>
 *   <li>excess over sum = S_(i,j) − (S_i + S_j): positive when the pair says more than its parts;</li>
 *   <li>excess over max = S_(i,j) − max(S_i, S_j): positive whenever the pair adds anything to the
 *       stronger single.</li>
 * </ul>
 * Both are descriptive (no null distribution); the pair's own p-values test the pair against Z.
 */
public final class HsicInteractions {
    private HsicInteractions() {
    }

    /** One pair index with its excess statistics. */
    public record Pair(int first, int second, HsicIndex index, double excessOverSum, double excessOverMax) {
        /** Validates the indices. */
        public Pair {
            if (first < 0 || second <= first) {
                throw new IllegalArgumentException("Pair: need 0 <= first < second, got " + first + ", " + second);
            }
            if (index == null) {
                throw new IllegalArgumentException("Pair.index: must not be null");
            }
        }

        /** The pair (i, j) with excesses against the two single indices (exact or binned alike). */
        public static Pair of(int first, int second, HsicIndex pair, HsicIndex single1, HsicIndex single2) {
            return new Pair(first, second, pair, PairIndex.excessOverSum(pair.s(), single1.s(), single2.s()),
                    PairIndex.excessOverMax(pair.s(), single1.s(), single2.s()));
        }
    }

    /** All singles (in column order) and all pairs i &lt; j (in lexicographic order). */
    public record Result(List<HsicIndex> singles, List<Pair> pairs) {
        /** Copies the lists. */
        public Result {
            singles = List.copyOf(singles);
            pairs = List.copyOf(pairs);
        }
    }

    /**
     * Computes every single and every pair. Permutation seeds for the successive indices are drawn
     * in a fixed order from {@code new SplittableRandom(seed)}, so the result is a function of seed.
     */
    public static Result compute(double[][] columns, boolean[] z, HsicEstimator estimator, long seed) {
        HsicEstimator.check(columns, z);
        SplittableRandom seeds = new SplittableRandom(seed);
        List<HsicIndex> singles = new ArrayList<>();
        for (double[] column : columns) {
            singles.add(estimator.single(column, z, seeds.nextLong()));
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            for (int j = i + 1; j < columns.length; j++) {
                HsicIndex pair = estimator.joint(new double[][] {columns[i], columns[j]}, z, seeds.nextLong());
                pairs.add(Pair.of(i, j, pair, singles.get(i), singles.get(j)));
            }
        }
        return new Result(singles, pairs);
    }
}

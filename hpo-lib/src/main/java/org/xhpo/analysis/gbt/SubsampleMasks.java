package org.xhpo.analysis.gbt;

/**
 * Which training points each tree of a boosted ensemble sees: for tree {@code m}, a 0/1 count per point in
 * training order. MLlib draws them per partition with Spark's generator (seed {@code seed + m + partition + 1},
 * one {@code nextDouble() < rate} per point), which lives in {@code jobs}; tests use any fixed pattern.
 */
@FunctionalInterface
public interface SubsampleMasks {
    /**
     * @param tree the tree index, from 0
     * @param n the number of training points
     * @return n counts, each 0 or 1
     */
    int[] counts(int tree, int n);
}

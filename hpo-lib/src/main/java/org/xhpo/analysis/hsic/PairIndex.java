package org.xhpo.analysis.hsic;

/**
 * One pair index with its two singles computed on the same rows and target (exact or binned alike),
 * and the one definition of XHPO's excess statistics (docs/methods/hsic.md, 'P2: pairs and
 * interactions'; the paper reads interactions by eye): excess over sum = S_(a,b) − (S_a + S_b),
 * excess over max = S_(a,b) − max(S_a, S_b).
 *
 * @param a first parameter (column index)
 * @param b second parameter
 * @param group the group whose rows it was computed on
 * @param pair the pair index (product kernel)
 * @param singleA S of a alone on those rows
 * @param singleB S of b alone on those rows
 */
public record PairIndex(int a, int b, String group, HsicIndex pair, double singleA, double singleB) {
    /** S_(a,b) − (S_a + S_b): positive when the pair says more than its parts. */
    public double excessOverSum() {
        return excessOverSum(pair.s(), singleA, singleB);
    }

    /** S_(a,b) − max(S_a, S_b): positive whenever the pair adds to the stronger single. */
    public double excessOverMax() {
        return excessOverMax(pair.s(), singleA, singleB);
    }

    /** The excess over the sum of two singles. */
    public static double excessOverSum(double pair, double a, double b) {
        return pair - (a + b); // XHPO's addition (hsic.md, 'P2: pairs and interactions')
    }

    /** The excess over the larger single. */
    public static double excessOverMax(double pair, double a, double b) {
        return pair - Math.max(a, b); // XHPO's addition (hsic.md, 'P2: pairs and interactions')
    }
}

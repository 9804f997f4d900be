package org.xhpo.analysis.hsic;

/**
 * One row of {@code hsic_interactions} (P2 of hsic-explainable-hpo.md): a pair index under the
 * product kernel with the two singles on the same rows and target, and XHPO's excess statistics
 * ({@link PairIndex}).
 *
 * @param parameterA first parameter
 * @param parameterB second parameter
 * @param group the conditional group whose trials it was computed on
 * @param sPair S of the pair
 * @param sA S of the first alone, same rows
 * @param sB S of the second alone, same rows
 * @param excessOverSum sPair − (sA + sB)
 * @param excessOverMax sPair − max(sA, sB)
 * @param r2Hsic R2-HSIC of the pair
 * @param pGamma raw Gamma p-value of the pair
 * @param pAdjusted pGamma adjusted over all pairs of the table (Benjamini–Hochberg)
 * @param significant pAdjusted &lt; 0.05
 * @param n rows used
 * @param sampling {@code uniform}, or the caveat when the trials came from a non-uniform sampler
 */
public record HsicInteractionRow(String parameterA, String parameterB, String group, double sPair, double sA,
                                 double sB, double excessOverSum, double excessOverMax, double r2Hsic, double pGamma,
                                 double pAdjusted, boolean significant, int n, String sampling) {
}

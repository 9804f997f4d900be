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
 * @param pGamma Gamma p-value of the pair
 * @param n rows used
 */
public record HsicInteractionRow(String parameterA, String parameterB, String group, double sPair, double sA,
                                 double sB, double excessOverSum, double excessOverMax, double r2Hsic, double pGamma,
                                 int n) {
}

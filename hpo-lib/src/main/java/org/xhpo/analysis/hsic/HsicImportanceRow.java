package org.xhpo.analysis.hsic;

/**
 * One row of {@code hsic_importance}: the index of one parameter against one target (best or worst
 * p%) on the trials of one conditional group. NaN values are written as null.
 *
 * @param parameter the parameter
 * @param group the conditional group the index was computed in ("" = all trials)
 * @param ownGroup true when {@code group} is the parameter's own group; false for an always-active
 *     parameter recomputed on a conditional group's trials to rank the group's parameters among
 *     everything co-active there (P3)
 * @param target {@code best} or {@code worst}
 * @param s the authors' S = p̂²·MMD²
 * @param hsicV the δ-kernel V-statistic (2S)
 * @param hsicU the U-statistic
 * @param r2Hsic R2-HSIC
 * @param pPermutation permutation p-value (NaN when not computed)
 * @param pGamma Gamma-approximation p-value
 * @param pValue the raw p-value (permutation when computed, else Gamma)
 * @param pAdjusted pValue adjusted for the table's family of tests (Benjamini–Hochberg)
 * @param n rows used
 * @param m rows with Z = 1
 * @param bandwidth the kernel bandwidth
 * @param rankInGroup 1 = largest S among the rows of the group and target; null when insufficient
 * @param significant pAdjusted &lt; 0.05
 * @param estimator {@code exact}, {@code binned}, or why no index was computed
 * @param sampling {@code uniform}, or the caveat when the trials came from a non-uniform sampler
 */
public record HsicImportanceRow(String parameter, String group, boolean ownGroup, String target, double s,
                                double hsicV, double hsicU, double r2Hsic, double pPermutation, double pGamma,
                                double pValue, double pAdjusted, int n, int m, double bandwidth, Integer rankInGroup,
                                boolean significant, String estimator, String sampling) {
}

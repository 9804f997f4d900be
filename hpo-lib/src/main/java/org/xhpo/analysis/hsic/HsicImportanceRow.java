package org.xhpo.analysis.hsic;

/**
 * One row of {@code hsic_importance}: the index of one parameter against one target (best or worst
 * p%) on the trials of one conditional group. NaN values are written as null.
 *
 * @param parameter the parameter
 * @param group the conditional group the index was computed in ("" = all trials)
 * @param target {@code best} or {@code worst}
 * @param s the authors' S = p̂²·MMD²
 * @param hsicV the δ-kernel V-statistic (2S)
 * @param hsicU the U-statistic
 * @param r2Hsic R2-HSIC
 * @param pPermutation permutation p-value (NaN when not computed)
 * @param pGamma Gamma-approximation p-value
 * @param pValue the raw p-value decided with (permutation when computed, else Gamma)
 * @param n rows used
 * @param m rows with Z = 1
 * @param bandwidth the kernel bandwidth
 * @param rankInGroup 1 = largest S in the group; null when insufficient
 * @param significant whether the parameter matters at the 5% level
 * @param estimator {@code exact}, {@code binned}, or why no index was computed
 */
public record HsicImportanceRow(String parameter, String group, String target, double s, double hsicV, double hsicU,
                                double r2Hsic, double pPermutation, double pGamma, double pValue, int n, int m,
                                double bandwidth, Integer rankInGroup, boolean significant, String estimator) {
}

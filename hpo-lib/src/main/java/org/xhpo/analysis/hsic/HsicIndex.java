package org.xhpo.analysis.hsic;

/**
 * Goal-oriented HSIC between one input (or a pair, P2) and the target Z (METHODS.md §2.1, §2.7,
 * §2.9, decision 9).
 *
 * @param s the authors' index S = p̂²·MMD²_V(P_X, P_{X|Z=1}), p̂ = m/n
 * @param hsicV the V-statistic (1/n²)·tr(K H L H) with the Kronecker kernel L on Z (= 2S)
 * @param hsicU the unbiased U-statistic (OpenTURNS {@code HSICUStat}); NaN below 4 rows
 * @param r2 R2-HSIC = HSIC(X, Z)/√(HSIC(X, X)·HSIC(Z, Z)) with V-statistics, in [0, 1]
 * @param pPermutation permutation p-value #{HSIC_perm &gt; HSIC_obs}/(B + 1); NaN when not computed
 * @param pGamma asymptotic Gamma p-value of the V-statistic; NaN when undefined
 * @param n rows
 * @param m rows with Z = 1
 * @param bandwidth the input kernel bandwidth used (the first variable's for a pair)
 */
public record HsicIndex(double s, double hsicV, double hsicU, double r2, double pPermutation, double pGamma, int n,
                        int m, double bandwidth) {

    /** The p-value to decide with: the permutation one when computed, else the Gamma one. */
    public double pValue() {
        return Double.isNaN(pPermutation) ? pGamma : pPermutation;
    }

    /** The same index with a permutation p-value. */
    public HsicIndex withPermutation(double p) {
        return new HsicIndex(s, hsicV, hsicU, r2, p, pGamma, n, m, bandwidth);
    }
}

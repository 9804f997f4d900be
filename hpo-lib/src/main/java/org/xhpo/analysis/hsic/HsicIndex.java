package org.xhpo.analysis.hsic;

/**
 * The goal-oriented HSIC indices of one variable (or one group of variables under the product
 * kernel) against the target Z (docs/methods/hsic.md, "Kernels and the authors' S", 'V- and
 * U-statistics, R2-HSIC', 'p-values').
 *
 * @param s the authors' index S = p̂²·MMD²_V(P_X, P_{X|Z=1}), p̂ = m/n (primary index)
 * @param hsicV the V-statistic (1/n²)·tr(K H L H) with the δ kernel L_ij = 1{z_i = z_j}; equals 2S
 * @param hsicU the unbiased U-statistic (OpenTURNS {@code HSICUStat}, δ kernel); NaN when n &lt; 4
 * @param r2 R2-HSIC = HSIC_V(X,Z)/√(HSIC_V(X,X)·HSIC_V(Z,Z)), in [0,1]
 * @param pPermutation permutation p-value #{HSIC_perm &gt; HSIC_obs}/(B+1); NaN when not computed
 * @param pGamma asymptotic Gamma p-value of HSIC_V; NaN when n &lt; 6
 * @param n rows used
 * @param m rows with Z = 1
 * @param bandwidth the bandwidth of the (first) variable
 * @param secondBandwidth the bandwidth of the second variable of a pair; NaN for a single variable
 */
public record HsicIndex(double s, double hsicV, double hsicU, double r2, double pPermutation, double pGamma,
                        long n, long m, double bandwidth, double secondBandwidth) {

    /** Validates counts, p-values and bandwidths. */
    public HsicIndex {
        if (n < 0 || m < 0 || m > n) {
            throw new IllegalArgumentException("HsicIndex: need 0 <= m <= n, got n=" + n + ", m=" + m);
        }
        checkP("pPermutation", pPermutation);
        checkP("pGamma", pGamma);
        if (!(bandwidth > 0)) {
            throw new IllegalArgumentException("HsicIndex.bandwidth: must be > 0, got " + bandwidth);
        }
        if (!Double.isNaN(secondBandwidth) && !(secondBandwidth > 0)) {
            throw new IllegalArgumentException("HsicIndex.secondBandwidth: must be > 0 or NaN, got "
                    + secondBandwidth);
        }
    }

    /** The p-value to decide with: the permutation one when computed, else the Gamma one. */
    public double pValue() {
        return Double.isNaN(pPermutation) ? pGamma : pPermutation;
    }

    private static void checkP(String name, double p) {
        if (!Double.isNaN(p) && (p < 0 || p > 1)) {
            throw new IllegalArgumentException("HsicIndex." + name + ": must be in [0, 1] or NaN, got " + p);
        }
    }
}

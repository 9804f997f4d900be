package org.xhpo.analysis.hsic;

import org.apache.commons.math3.special.Gamma;

/**
 * Turns {@link KernelMoments} into the HSIC indices with the δ kernel L_ij = 1{z_i = z_j} on the
 * target (docs/methods/hsic.md, 'V- and U-statistics, R2-HSIC', 'p-values'; OpenTURNS
 * {@code HSICVStat.cxx}, {@code HSICUStat.cxx},
 * {@code HSICEstimatorImplementation.cxx::computePValuesAsymptotic}).
 *
 * <p>Notation: T = Σ_ij K_ij, R1 = Σ_{z_i=1} Σ_j K_ij, A = Σ_{z_i=z_j=1} K_ij, A0 = Σ_{z_i=z_j=0} K_ij
 * = T − 2R1 + A; r_i = Σ_j K_ij; for the δ kernel the row sums are rL = m (z=1) or n−m (z=0) and
 * TL = m² + (n−m)². H = I − 11ᵀ/n. Every sum over an n×n matrix is rewritten in these quantities,
 * so no matrix is ever formed; the same code serves exact rows and binned grids.
 */
final class HsicStatistics {
    private HsicStatistics() {
    }

    /** All indices but the permutation p-value, which the caller supplies. */
    static HsicIndex compute(KernelMoments km, double pPermutation, double h1, double h2) {
        double n = km.n();
        double m = km.m();
        if (m == 0 || m == n) {
            // Z constant: every HSIC is 0 and there is no evidence of dependence
            return new HsicIndex(0, 0, 0, 0, Double.isNaN(pPermutation) ? Double.NaN : 1, 1,
                    (long) n, (long) m, h1, h2);
        }
        double t = km.total();
        double r1 = km.rowSumsBest();
        double a = km.withinBest();
        double s = km.index();
        double a0 = t - 2 * r1 + a;
        double sumKL = a + a0;                       // Σ_ij K_ij L_ij
        double rr = m * r1 + (n - m) * (t - r1);     // Σ_i r_i rL_i
        double tl = m * m + (n - m) * (n - m);       // TL = Σ_ij L_ij
        // OpenTURNS HSICVStat: HSIC_V = (1/n²) tr(K H L H) = (1/n²)[Σ K∘L − (2/n) Σ r_i rL_i + T·TL/n²]
        double hsicV = (sumKL - 2 * rr / n + t * tl / (n * n)) / (n * n);
        double sr2 = 0;
        double[] w = km.w();
        double[] kw = km.kw();
        for (int i = 0; i < w.length; i++) {
            sr2 += w[i] * kw[i] * kw[i];
        }
        // HSIC_V(X,X) = (1/n²)[Σ K∘K − (2/n) Σ r_i² + T²/n²]
        double hsicXX = (km.kk() - 2 * sr2 / n + t * t / (n * n)) / (n * n);
        // HSIC_V(Z,Z) with L∘L = L: (1/n²)[TL − (2/n)(m³ + (n−m)³) + TL²/n²]
        double hsicZZ = (tl - 2 * (m * m * m + (n - m) * (n - m) * (n - m)) / n + tl * tl / (n * n)) / (n * n);
        // OpenTURNS computeIndices: R² = HSIC(X,Z)/√(HSIC(X,X)·HSIC(Z,Z))
        double r2 = hsicV / Math.sqrt(hsicXX * hsicZZ);
        double hsicU = Double.NaN;
        if (n >= 4) {
            double trKL = sumKL - n;                                           // tr(K̃ L̃), zero diagonals
            double cross = (m - 1) * (r1 - m) + (n - m - 1) * (t - r1 - (n - m)); // 1ᵀK̃ L̃1
            // OpenTURNS HSICUStat: HSIC_U = [tr(K̃L̃) + (1ᵀK̃1)(1ᵀL̃1)/((n−1)(n−2)) − 2/(n−2)·1ᵀK̃L̃1]/(n(n−3))
            hsicU = (trKL + (t - n) * (tl - n) / ((n - 1) * (n - 2)) - 2 * cross / (n - 2)) / (n * (n - 3));
        }
        double pGamma = n >= 6 ? gammaPValue(km, hsicV, t, tl) : Double.NaN;
        return new HsicIndex(s, hsicV, hsicU, clamp01(r2), pPermutation, pGamma, (long) n, (long) m, h1, h2);
    }

    /** OpenTURNS {@code computePValuesAsymptotic}: 1 − F_Gamma(α, β)(n·HSIC_V) (hsic.md, 'p-values'). */
    private static double gammaPValue(KernelMoments km, double hsicV, double t, double tl) {
        double n = km.n();
        double m = km.m();
        // Ex = (ΣKx − tr Kx)/(n(n−1)), Ey likewise; mHSIC = (1 + Ex·Ey − Ex − Ey)/n (k(x,x) = 1)
        double ex = (t - n) / (n * (n - 1));
        double ey = (tl - n) / (n * (n - 1));
        double mean = (1 + ex * ey - ex - ey) / n;
        double sumB = sumCentredProductSquared(km, t, tl);
        // varHSIC = 2(n−4)(n−5)/(n(n−1)(n−2)(n−3)) · ΣB/(n(n−1))
        double var = 2 * (n - 4) * (n - 5) / (n * (n - 1) * (n - 2) * (n - 3)) * sumB / (n * (n - 1));
        if (!(var > 0) || !(mean > 0)) {
            return Double.NaN;
        }
        double shape = mean * mean / var;             // α = mHSIC²/varHSIC
        double scale = n * var / mean;                // β = n·varHSIC/mHSIC
        // p = 1 − F_Gamma(shape α, scale β)(n·HSIC_V), the regularized upper incomplete gamma Q(α, x/β)
        return clamp01(Gamma.regularizedGammaQ(shape, n * hsicV / scale));
    }

    /**
     * ΣB = Σ_{i≠j} (HKH)_ij² (HLH)_ij² (OpenTURNS {@code computePValuesAsymptotic}). With v = Kw/n and t = T/n²,
     * (HKH)_ab = K_ab − v_a − v_b + t and (HLH) depends only on the classes (z_a, z_b), so ΣB is a sum
     * over class pairs of Lc² · Σ_ab α_a β_b (K_ab − v_a − v_b + t)², expanded into kernel sums.
     */
    private static double sumCentredProductSquared(KernelMoments km, double tt, double tl) {
        double n = km.n();
        double m = km.m();
        double t = tt / (n * n);
        double[] w = km.w();
        double[] w1 = km.w1();
        double[] kw = km.kw();
        double[] kw1 = km.kw1();
        double[] sum = new double[2];
        double[] sv = new double[2];
        double[] sv2 = new double[2];
        double[] diag = new double[2];
        double[][] pv = new double[2][2];  // Σ_a α_a v_a (Kβ)_a
        double[][] mk = new double[2][2];  // αᵀKβ
        for (int i = 0; i < w.length; i++) {
            double[] alpha = {w[i] - w1[i], w1[i]};
            double[] kBeta = {kw[i] - kw1[i], kw1[i]};
            double v = kw[i] / n;
            double dc = 1 - 2 * v + t;     // (HKH)_ii with K_ii = 1
            for (int c = 0; c < 2; c++) {
                sum[c] += alpha[c];
                sv[c] += alpha[c] * v;
                sv2[c] += alpha[c] * v * v;
                diag[c] += alpha[c] * dc * dc;
                for (int d = 0; d < 2; d++) {
                    pv[c][d] += alpha[c] * v * kBeta[d];
                    mk[c][d] += alpha[c] * kBeta[d];
                }
            }
        }
        double[][] kk = {{km.kk() - 2 * km.kk1() + km.kk11(), km.kk1() - km.kk11()},
                         {km.kk1() - km.kk11(), km.kk11()}};
        double[] rl = {n - m, m};
        double total = 0;
        for (int c = 0; c < 2; c++) {
            for (int d = 0; d < 2; d++) {
                double lc = (c == d ? 1 : 0) - rl[c] / n - rl[d] / n + tl / (n * n);
                double q = kk[c][d] - 2 * pv[c][d] - 2 * pv[d][c] + 2 * t * mk[c][d]
                        + sv2[c] * sum[d] + 2 * sv[c] * sv[d] + sum[c] * sv2[d]
                        - 2 * t * sv[c] * sum[d] - 2 * t * sum[c] * sv[d] + t * t * sum[c] * sum[d];
                total += lc * lc * q;
                if (c == d) {
                    total -= lc * lc * diag[c];   // B has a zero diagonal
                }
            }
        }
        return total;
    }

    private static double clamp01(double v) {
        return Double.isNaN(v) ? v : Math.min(1, Math.max(0, v));
    }
}

package org.xhpo.analysis.hsic;

import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * Turns kernel sums over weighted points into every HSIC quantity of {@link HsicIndex}. The exact
 * estimator passes each trial as a point of weight 1 in its Z class; the binned estimator passes
 * grid nodes weighted by their (linearly binned) counts per class. Formulas: METHODS.md §2.1 (S),
 * §2.9 (V-, U-statistics, Gamma test of OpenTURNS {@code HSICEstimatorImplementation}), §2.7 (R2).
 *
 * <p>Notation: n rows, m with Z = 1; K the input Gram matrix, r_i = Σ_j K_ij, T = Σ_ij K_ij;
 * A11 = Σ_{i,j: Z=1} K_ij; R1 = Σ_{i: Z=1} r_i; L_ij = 1{z_i = z_j}, l_i = Σ_j L_ij, SL = m² + (n−m)²;
 * H = I − 11ᵀ/n.
 */
final class WeightedKernelSums {
    /** Points with weights per class and a kernel between points. */
    interface Points {
        int size();

        double w1(int k);

        double w0(int k);

        double kernel(int a, int b);
    }

    private WeightedKernelSums() {
    }

    /**
     * The index with the kernel row sums r and their total T it was computed from (a permutation
     * test reuses them: permuting Z changes neither).
     */
    record Sums(HsicIndex index, double[] rowSums, double total) {
    }

    /** Computes the index (without a permutation p-value) and the sums behind it. */
    static Sums compute(Points pts, double bandwidth, boolean gamma) {
        int size = pts.size();
        double[] r = new double[size];
        double n = 0;
        double m = 0;
        double a11 = 0;
        double q = 0;
        for (int k = 0; k < size; k++) {
            double wk = pts.w1(k) + pts.w0(k);
            n += wk;
            m += pts.w1(k);
            if (wk == 0) {
                continue;
            }
            double rk = 0;
            double a1 = 0;
            double qk = 0;
            for (int l = 0; l < size; l++) {
                double wl = pts.w1(l) + pts.w0(l);
                if (wl == 0) {
                    continue;
                }
                double kv = pts.kernel(k, l);
                rk += wl * kv;
                a1 += pts.w1(l) * kv;
                qk += wl * kv * kv;
            }
            r[k] = rk;
            a11 += pts.w1(k) * a1;
            q += wk * qk;
        }
        double t = 0;
        double r1 = 0;
        double p2 = 0;
        for (int k = 0; k < size; k++) {
            double wk = pts.w1(k) + pts.w0(k);
            t += wk * r[k];
            r1 += pts.w1(k) * r[k];
            p2 += wk * r[k] * r[k];
        }
        double hsicV = hsicV(n, m, t, a11, r1);
        double pHat = m / n;
        double s = pHat * pHat * (t / (n * n) + a11 / (m * m) - 2 * r1 / (n * m)); // S = p²[mean XX + mean ZZ − 2 mean XZ]
        double sl = m * m + (n - m) * (n - m);
        double hxx = (q - 2 * p2 / n + t * t / (n * n)) / (n * n); // (1/n²) tr(KHKH)
        double hzz = (sl - 2 * (m * m * m + (n - m) * (n - m) * (n - m)) / n + sl * sl / (n * n)) / (n * n);
        double r2 = hxx > 0 && hzz > 0 ? Math.max(0, hsicV / Math.sqrt(hxx * hzz)) : 0.0;
        double hsicU = Double.NaN;
        if (n >= 4) {
            double a00 = t - 2 * r1 + a11;
            double trKL = a11 + a00 - n; // tr(K̃ L̃)
            double klOne = (m - 1) * (r1 - m) + (n - m - 1) * (t - r1 - (n - m)); // 1ᵀ K̃ L̃ 1
            // METHODS §2.9: HSIC_U = [tr(K̃L̃) + (1ᵀK̃1)(1ᵀL̃1)/((n−1)(n−2)) − 2/(n−2)·1ᵀK̃L̃1] / (n(n−3))
            hsicU = (trKL + (t - n) * (sl - n) / ((n - 1) * (n - 2)) - 2 / (n - 2) * klOne) / (n * (n - 3));
        }
        double pGamma = gamma && n > 5 && m > 0 && m < n ? gammaPValue(pts, r, n, m, t, sl, hsicV) : Double.NaN;
        return new Sums(new HsicIndex(s, hsicV, hsicU, r2, Double.NaN, pGamma, (int) Math.round(n), (int) Math.round(m),
                bandwidth), r, t);
    }

    /** (1/n²) tr(K H L H) with the Kronecker kernel on Z, from T, A11 and R1. */
    static double hsicV(double n, double m, double t, double a11, double r1) {
        double a00 = t - 2 * r1 + a11;
        double rl = m * r1 + (n - m) * (t - r1); // Σ_i r_i l_i
        double sl = m * m + (n - m) * (n - m);
        return (a11 + a00 - 2 * rl / n + t * sl / (n * n)) / (n * n);
    }

    /** METHODS §2.9, OpenTURNS computePValuesAsymptotic. */
    private static double gammaPValue(Points pts, double[] r, double n, double m, double t, double sl, double hsicV) {
        double ex = (t - n) / (n * (n - 1));
        double ey = (sl - n) / (n * (n - 1));
        double mean = (1 + ex * ey - ex - ey) / n; // mHSIC = (1 + Ex·Ey − Ex − Ey)/n
        double m11 = 1 - 2 * m / n + sl / (n * n); // (HLH)_ij by class
        double m00 = 1 - 2 * (n - m) / n + sl / (n * n);
        double m10 = -1 + sl / (n * n);
        double c = t / (n * n);
        double all = 0;
        double diag = 0;
        int size = pts.size();
        for (int k = 0; k < size; k++) {
            double w1k = pts.w1(k);
            double w0k = pts.w0(k);
            if (w1k + w0k == 0) {
                continue;
            }
            for (int l = 0; l < size; l++) {
                double w1l = pts.w1(l);
                double w0l = pts.w0(l);
                if (w1l + w0l == 0) {
                    continue;
                }
                double g = pts.kernel(k, l) - (r[k] + r[l]) / n + c; // (HKH)_kl
                double g2 = g * g;
                all += g2 * (w1k * w1l * m11 * m11 + w0k * w0l * m00 * m00 + (w1k * w0l + w0k * w1l) * m10 * m10);
            }
            double gd = 1 - 2 * r[k] / n + c;
            double gd2 = gd * gd;
            diag += gd2 * (w1k * m11 * m11 + w0k * m00 * m00);
        }
        double sumB = all - diag; // B = ((HKH) ∘ (HLH))^∘2 with zero diagonal
        double var = 2 * (n - 4) * (n - 5) / (n * (n - 1) * (n - 2) * (n - 3)) * sumB / (n * (n - 1));
        if (!(var > 0) || !(mean > 0)) {
            return Double.NaN;
        }
        double alpha = mean * mean / var; // α = mHSIC²/varHSIC
        double beta = n * var / mean; // β = n·varHSIC/mHSIC
        return 1 - new GammaDistribution(null, alpha, beta).cumulativeProbability(n * hsicV);
    }
}

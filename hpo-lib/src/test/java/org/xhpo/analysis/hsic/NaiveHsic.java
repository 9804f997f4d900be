package org.xhpo.analysis.hsic;

import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * Independent reference for the tests: the textbook n×n matrix formulas, written as literally as
 * possible (the authors' means of {@code hsic.py}; OpenTURNS HSICVStat, HSICUStat and
 * computePValuesAsymptotic; docs/methods/hsic.md, "Kernels and the authors' S", 'V- and
 * U-statistics, R2-HSIC', 'p-values'), with no algebraic rewriting shared with the production code.
 */
final class NaiveHsic {
    private NaiveHsic() {
    }

    static double[][] gram(double[][] cols, double[] h) {
        int n = cols[0].length;
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double prod = 1;
                for (int v = 0; v < cols.length; v++) {
                    double d = cols[v][i] - cols[v][j];
                    prod *= Math.exp(-d * d / (2 * h[v] * h[v]));
                }
                k[i][j] = prod;
            }
        }
        return k;
    }

    static double[][] delta(boolean[] z) {
        int n = z.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                l[i][j] = z[i] == z[j] ? 1 : 0;
            }
        }
        return l;
    }

    static double[][] centre(double[][] k) {
        int n = k.length;
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] = (i == j ? 1 : 0) - 1.0 / n;
            }
        }
        return mul(mul(h, k), h);
    }

    static double[][] mul(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double aik = a[i][k];
                for (int j = 0; j < n; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        return c;
    }

    static double trace(double[][] a) {
        double t = 0;
        for (int i = 0; i < a.length; i++) {
            t += a[i][i];
        }
        return t;
    }

    /** (1/n²) tr(K H L H). */
    static double hsicV(double[][] k, double[][] l) {
        int n = k.length;
        return trace(mul(centre(k), centre(l))) / ((double) n * n);
    }

    /** OpenTURNS HSICUStat with zeroed diagonals. */
    static double hsicU(double[][] k, double[][] l) {
        int n = k.length;
        double[][] kt = zeroDiag(k);
        double[][] lt = zeroDiag(l);
        double[][] kl = mul(kt, lt);
        double sumK = sum(kt);
        double sumL = sum(lt);
        double oneKLone = sum(kl);
        return (trace(kl) + sumK * sumL / ((n - 1.0) * (n - 2.0)) - 2.0 / (n - 2) * oneKLone) / (n * (n - 3.0));
    }

    /** The authors' S = p̂² [mean(XX) + mean(ZZ) − 2 mean(XZ)] with p̂ = m/n. */
    static double authorsS(double[][] k, boolean[] z) {
        int n = k.length;
        int m = 0;
        for (boolean b : z) {
            m += b ? 1 : 0;
        }
        double xx = 0;
        double zz = 0;
        double xz = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                xx += k[i][j];
                if (z[i] && z[j]) {
                    zz += k[i][j];
                }
                if (z[j]) {
                    xz += k[i][j];
                }
            }
        }
        double p = (double) m / n;
        return p * p * (xx / ((double) n * n) + zz / ((double) m * m) - 2 * xz / ((double) n * m));
    }

    /** OpenTURNS computePValuesAsymptotic for the V-statistic, matrices written out. */
    static double pGammaV(double[][] kx, double[][] ky) {
        int n = kx.length;
        double ex = (sum(kx) - trace(kx)) / n / (n - 1.0);
        double ey = (sum(ky) - trace(ky)) / n / (n - 1.0);
        double[][] bx = centre(kx);
        double[][] by = centre(ky);
        double sumB = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double b = bx[i][j] * by[i][j];
                    sumB += b * b;
                }
            }
        }
        double mean = (1 + ex * ey - ex - ey) / n;
        double var = sumB * 2.0 * (n - 4) * (n - 5) / n / (n - 1) / (n - 2) / (n - 3) / n / (n - 1);
        double alpha = mean * mean / var;
        double beta = n * var / mean;
        double obs = hsicV(kx, ky);
        return 1 - new GammaDistribution(null, alpha, beta).cumulativeProbability(n * obs);
    }

    static double[][] zeroDiag(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
            c[i][i] = 0;
        }
        return c;
    }

    static double sum(double[][] a) {
        double s = 0;
        for (double[] row : a) {
            for (double v : row) {
                s += v;
            }
        }
        return s;
    }
}

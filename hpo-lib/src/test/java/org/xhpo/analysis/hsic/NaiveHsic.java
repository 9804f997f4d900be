package org.xhpo.analysis.hsic;

/**
 * An independent, literal implementation with explicit n×n matrices, for tests only: the formulas
 * of METHODS.md §2.1 and §2.9 written as matrix products, no shared code with the estimators.
 */
final class NaiveHsic {
    private NaiveHsic() {
    }

    static double[][] gram(double[][] cols, double[] h) {
        int n = cols[0].length;
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double e = 1;
                for (int c = 0; c < cols.length; c++) {
                    double d = cols[c][i] - cols[c][j];
                    e *= Math.exp(-d * d / (2 * h[c] * h[c]));
                }
                k[i][j] = e;
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

    static double[][] mul(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < n; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    static double[][] centering(int n) {
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] = (i == j ? 1 : 0) - 1.0 / n;
            }
        }
        return h;
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
        double[][] h = centering(n);
        return trace(mul(mul(mul(k, h), l), h)) / ((double) n * n);
    }

    /** The authors' S = p̂²·[mean(XX) + mean(ZZ) − 2·mean(XZ)] (hsic.py). */
    static double authorsS(double[][] k, boolean[] z) {
        int n = k.length;
        double xx = 0;
        double zz = 0;
        double xz = 0;
        int m = 0;
        for (boolean b : z) {
            m += b ? 1 : 0;
        }
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
        double p = m / (double) n;
        return p * p * (xx / (n * n) + zz / ((double) m * m) - 2 * xz / ((double) n * m));
    }

    /** OpenTURNS HSICUStat, literally (K̃ = K with zeroed diagonal). */
    static double hsicU(double[][] k, double[][] l) {
        int n = k.length;
        double[][] kt = new double[n][n];
        double[][] lt = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                kt[i][j] = i == j ? 0 : k[i][j];
                lt[i][j] = i == j ? 0 : l[i][j];
            }
        }
        double[][] kl = mul(kt, lt);
        double sk = 0;
        double sl = 0;
        double skl = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sk += kt[i][j];
                sl += lt[i][j];
                skl += kl[i][j];
            }
        }
        return (trace(kl) + sk * sl / ((n - 1.0) * (n - 2)) - 2.0 / (n - 2) * skl) / (n * (n - 3.0));
    }
}

package org.xhpo.sampler.gp;

/**
 * Cholesky factorization K = L Lᵀ of a symmetric positive-definite matrix, with triangular solves
 * and the log-determinant (Golub &amp; Van Loan, "Matrix Computations", 4th ed., Alg. 4.2.1). Plain
 * Java: the GP's matrices stay below a few hundred rows, where native BLAS calls do not pay off.
 * Also used by the ridge-polynomial objective's exact posterior.
 */
public final class Cholesky {
    final double[][] l;
    final int n;

    private Cholesky(double[][] l) {
        this.l = l;
        this.n = l.length;
    }

    /**
     * Factorizes a, adding jitter to the diagonal (×10 up to 1e-2) until it is positive definite.
     *
     * @throws IllegalStateException when even the largest jitter fails
     */
    public static Cholesky of(double[][] a) {
        double jitter = 0;
        for (int attempt = 0; attempt < 8; attempt++) {
            double[][] l = tryFactor(a, jitter);
            if (l != null) {
                return new Cholesky(l);
            }
            jitter = jitter == 0 ? 1e-9 : jitter * 10;
        }
        throw new IllegalStateException("matrix is not positive definite even with jitter 1e-2");
    }

    private static double[][] tryFactor(double[][] a, double jitter) {
        int n = a.length;
        double[][] l = new double[n][];
        for (int i = 0; i < n; i++) {
            l[i] = new double[i + 1];
            double[] li = l[i];
            for (int j = 0; j <= i; j++) {
                double[] lj = l[j];
                double s = a[i][j] + (i == j ? jitter : 0);
                for (int k = 0; k < j; k++) {
                    s -= li[k] * lj[k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return null;
                    }
                    li[i] = Math.sqrt(s);
                } else {
                    li[j] = s / lj[j];
                }
            }
        }
        return l;
    }

    /** Appends a row/column: the factor of [[A, b], [bᵀ, c]] from this factor of A, in O(n²). */
    Cholesky extend(double[] b, double c) {
        double[] v = solveLower(b);
        double s = c;
        for (double x : v) {
            s -= x * x;
        }
        double[][] m = new double[n + 1][];
        System.arraycopy(l, 0, m, 0, n);
        double[] row = new double[n + 1];
        System.arraycopy(v, 0, row, 0, n);
        row[n] = Math.sqrt(Math.max(s, 1e-12));
        m[n] = row;
        return new Cholesky(m);
    }

    /** Solves L v = b. */
    double[] solveLower(double[] b) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            double[] li = l[i];
            for (int k = 0; k < i; k++) {
                s -= li[k] * v[k];
            }
            v[i] = s / li[i];
        }
        return v;
    }

    /** Solves Lᵀ x = v. */
    double[] solveUpper(double[] v) {
        double[] x = v.clone();
        for (int i = n - 1; i >= 0; i--) {
            x[i] /= l[i][i];
            double xi = x[i];
            double[] li = l[i];
            for (int k = 0; k < i; k++) {
                x[k] -= li[k] * xi;
            }
        }
        return x;
    }

    /** Solves K x = b. */
    public double[] solve(double[] b) {
        return solveUpper(solveLower(b));
    }

    /** log det K = 2 Σ log L_ii. */
    public double logDet() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.log(l[i][i]);
        }
        return 2 * s;
    }

    /**
     * K⁻¹ (dense), for the marginal-likelihood gradient: column j is Lᵀ⁻¹ L⁻¹ e_j. L⁻¹ e_j is zero above
     * row j, so its forward substitution starts at row j (a third of the work of a full solve, and the
     * same numbers: the skipped terms are products with exact zeros).
     */
    public double[][] inverse() {
        double[][] inv = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] v = new double[n];
            v[j] = 1 / l[j][j];
            for (int i = j + 1; i < n; i++) {
                double s = 0;
                double[] li = l[i];
                for (int k = j; k < i; k++) {
                    s -= li[k] * v[k];
                }
                v[i] = s / li[i];
            }
            inv[j] = solveUpper(v); // column j; K⁻¹ is symmetric
        }
        return inv;
    }
}

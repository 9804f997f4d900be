package org.xhpo.sampler.cmaes;

/**
 * Eigendecomposition of a small symmetric matrix by the cyclic Jacobi method (Golub &amp; Van Loan,
 * "Matrix Computations", 4th ed., §8.5.2, Algorithm 8.5.3): plane rotations annihilate the
 * off-diagonal entries until their Frobenius norm is negligible. Pure Java and deterministic, which
 * is all CMA-ES needs for C = B diag(λ) Bᵀ at the dimensions of hyperparameter spaces (d ≤ ~100).
 */
final class SymmetricEigen {
    private static final int MAX_SWEEPS = 60;

    /** Eigenvalues (ascending) and the orthonormal eigenvectors as the columns of {@code vectors}. */
    record Result(double[] values, double[][] vectors) {
    }

    private SymmetricEigen() {
    }

    /** Decomposes the symmetric matrix {@code a} (only read, never changed). */
    static Result of(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(m) > 1e-30 * Math.max(1e-300, diagonal(m)); sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (m[p][q] != 0) {
                        rotate(m, v, p, q);
                    }
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(m[x][x], m[y][y]));
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int k = 0; k < n; k++) {
            values[k] = m[order[k]][order[k]];
            for (int i = 0; i < n; i++) {
                vectors[i][k] = v[i][order[k]];
            }
        }
        return new Result(values, vectors);
    }

    /** One Jacobi rotation zeroing m[p][q] (Golub &amp; Van Loan Algorithm 8.5.1, sym.schur2). */
    private static void rotate(double[][] m, double[][] v, int p, int q) {
        double tau = (m[q][q] - m[p][p]) / (2 * m[p][q]);
        double t = Math.signum(tau) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
        if (tau == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(1 + t * t);
        double s = t * c;
        int n = m.length;
        for (int k = 0; k < n; k++) { // m ← m J
            double mkp = m[k][p];
            double mkq = m[k][q];
            m[k][p] = c * mkp - s * mkq;
            m[k][q] = s * mkp + c * mkq;
        }
        for (int k = 0; k < n; k++) { // m ← Jᵀ m
            double mpk = m[p][k];
            double mqk = m[q][k];
            m[p][k] = c * mpk - s * mqk;
            m[q][k] = s * mpk + c * mqk;
        }
        m[p][q] = 0;
        m[q][p] = 0;
        for (int k = 0; k < n; k++) { // v ← v J
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    private static double offDiagonal(double[][] m) {
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (i != j) {
                    s += m[i][j] * m[i][j];
                }
            }
        }
        return s;
    }

    private static double diagonal(double[][] m) {
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            s += m[i][i] * m[i][i];
        }
        return s;
    }
}

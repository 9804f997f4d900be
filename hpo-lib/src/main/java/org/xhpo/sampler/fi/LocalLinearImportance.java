package org.xhpo.sampler.fi;

import java.util.Arrays;
import org.xhpo.sampler.gp.Cholesky;

/**
 * The importance of each hyperparameter near one point: the slope of a locally weighted linear
 * regression of the losses on the configurations around it — LOESS of degree 1 (Cleveland, "Robust
 * locally weighted regression and smoothing scatterplots", JASA 74, 1979, §2: the q nearest points,
 * tricube weights, weighted least squares), evaluated at the point itself. The adaptive mode's
 * {@code importance: local} uses it instead of the global SGD model W of fi-random-search-sdcmi.md
 * (Algorithm 1 line 7): a linear model fitted to every trial reads the trend of the whole box, which is
 * zero on any bowl whose minimum lies inside it, while the slope near the incumbent says where the loss
 * falls from there.
 *
 * <p>Notation: o the point, x_r the m pairs' unit coordinates and y_r their (transformed) losses,
 * q = min(m, neighbours); h = (1 + 1e-9) · the distance from o to its q-th nearest pair (+1e-12, so
 * the q-th keeps a positive weight); weights w_r = (1 − (‖x_r − o‖/h)³)³ for the q nearest, 0 for the
 * others; then (b, β) minimizes Σ w_r (y_r − b − β·(x_r − o))² + λ‖β‖² with λ = 1e-3 · h² · Σ w_r,
 * a ridge that shrinks the slopes a little (most in the directions the neighbours barely spread
 * along; about 10 % in LocalLinearImportanceTest's case) and sets β to 0 in the directions they do not span
 * (a ladder's collinear points). Only the direction of β is used, so a uniform shrink would not matter. Returns β: the local gradient of the loss at o.
 * Ties at the q-th distance are broken by pair order.
 */
final class LocalLinearImportance {
    /** The ridge, relative to h² · Σ w. */
    static final double RIDGE = 1e-3;

    private LocalLinearImportance() {
    }

    /**
     * @param x the pairs' unit coordinates (not modified)
     * @param y their regression targets
     * @param origin o
     * @param neighbours q, the number of nearest pairs the fit uses (≥ 2)
     * @return β, one slope per coordinate; zeros when there is no pair
     */
    static double[] at(double[][] x, double[] y, double[] origin, int neighbours) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length);
        }
        if (neighbours < 2) {
            throw new IllegalArgumentException("neighbours must be >= 2, got " + neighbours);
        }
        int d = origin.length;
        int m = x.length;
        if (m == 0) {
            return new double[d];
        }
        double[] dist = new double[m];
        Integer[] order = new Integer[m];
        for (int r = 0; r < m; r++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                double e = x[r][j] - origin[j];
                s += e * e;
            }
            dist[r] = Math.sqrt(s);
            order[r] = r;
        }
        Arrays.sort(order, (a, b) -> Double.compare(dist[a], dist[b]));
        int q = Math.min(m, neighbours);
        double h = dist[order[q - 1]] * (1 + 1e-9) + 1e-12;
        // normal equations of the weighted fit on z = (1, x − o)
        double[][] a = new double[d + 1][d + 1];
        double[] rhs = new double[d + 1];
        double[] z = new double[d + 1];
        double weightSum = 0;
        for (int k = 0; k < q; k++) {
            int r = order[k];
            double t = dist[r] / h;
            double w = Math.pow(1 - t * t * t, 3);
            weightSum += w;
            z[0] = 1;
            for (int j = 0; j < d; j++) {
                z[j + 1] = x[r][j] - origin[j];
            }
            for (int i = 0; i <= d; i++) {
                rhs[i] += w * z[i] * y[r];
                for (int j = 0; j <= d; j++) {
                    a[i][j] += w * z[i] * z[j];
                }
            }
        }
        double lambda = RIDGE * h * h * weightSum;
        for (int j = 1; j <= d; j++) {
            a[j][j] += lambda;
        }
        double[] coef = Cholesky.of(a).solve(rhs);
        return Arrays.copyOfRange(coef, 1, d + 1);
    }
}

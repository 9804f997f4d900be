package org.xhpo.sampler.fi;

/**
 * The batch line search of the adaptive mode: from an origin Λ, `count` points along a direction
 * Δ (the move Algorithm 1's lines 6–8 make over one probe period), at step lengths that halve from
 * the edge of the box inward. This departs from fi-random-search-sdcmi.md, which probes the single
 * point the path reaches: here the path gives the direction, and one round tries it at every scale.
 *
 * <p>Notation: o ∈ [1e-3, 1]^d the origin, u = Δ/‖Δ‖∞ after dropping the components that push
 * against a bound o already sits on, t_max = the largest t with o + t·u inside [1e-3, 1]^d, and
 * the points o + t_i·u with t_i = t_max·2^{−(count−1−i)}, i = 0..count−1 (nearest first, the last
 * on the box's edge).
 */
final class StepLadder {
    /** Below this a coordinate of Δ counts as no move. */
    static final double NO_MOVE = 1e-12;

    private StepLadder() {
    }

    /** The points, nearest first; empty when Δ moves no coordinate away from the bounds. */
    static double[][] points(double[] origin, double[] delta, int count) {
        int d = origin.length;
        double[] u = new double[d];
        double norm = 0;
        for (int j = 0; j < d; j++) {
            boolean blocked = delta[j] < 0 && origin[j] <= ImportanceTrajectory.LAMBDA_MIN
                    || delta[j] > 0 && origin[j] >= 1.0;
            u[j] = blocked || !Double.isFinite(delta[j]) || Math.abs(delta[j]) < NO_MOVE ? 0 : delta[j];
            norm = Math.max(norm, Math.abs(u[j]));
        }
        if (norm == 0) {
            return new double[0][];
        }
        double tMax = Double.POSITIVE_INFINITY;
        for (int j = 0; j < d; j++) {
            u[j] /= norm;
            if (u[j] > 0) {
                tMax = Math.min(tMax, (1.0 - origin[j]) / u[j]);
            } else if (u[j] < 0) {
                tMax = Math.min(tMax, (origin[j] - ImportanceTrajectory.LAMBDA_MIN) / -u[j]);
            }
        }
        double[][] out = new double[count][d];
        for (int i = 0; i < count; i++) {
            double t = tMax * Math.pow(2, -(count - 1 - i));
            for (int j = 0; j < d; j++) {
                out[i][j] = ImportanceTrajectory.clip(origin[j] + t * u[j]);
            }
        }
        return out;
    }
}

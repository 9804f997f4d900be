package org.xhpo.objective.sdcmi;

/**
 * The secondary, input-space loss of sDCMI (seed §2, "D_f(Q_Xg‖P_X)"; METHODS.md §6 item 8): JS
 * between the law of the final input sample and the data-consistent reference q_X of
 * {@link RosenbrockInversion}, both discretized on a 256 × 256 grid of [0,2]². The sample's density
 * is a product-Gaussian KDE with Scott's bandwidth {@code σ̂_d·n^(−1/6)}, computed by binning and a
 * separable convolution. The reference lives on a thin band around the level set M = 250, so the
 * KDE's smoothing leaves a floor even for perfect samples: compare trials with it, do not read it
 * as an absolute distance.
 */
public final class InputDivergence {
    /** Cells per axis. */
    public static final int GRID = 256;
    private static final double[] REFERENCE = reference();

    private InputDivergence() {
    }

    /** JS in nats between the sample (x1[i], x2[i]) and q_X. */
    public static double toReference(double[] x1, double[] x2) {
        int n = x1.length;
        if (n < 2) {
            throw new IllegalArgumentException("the input-space JS needs at least 2 points, got " + n);
        }
        double cell = (RosenbrockInversion.HIGH - RosenbrockInversion.LOW) / GRID;
        double[] counts = new double[GRID * GRID];
        for (int i = 0; i < n; i++) {
            int a = Math.min(GRID - 1, Math.max(0, (int) ((x1[i] - RosenbrockInversion.LOW) / cell)));
            int b = Math.min(GRID - 1, Math.max(0, (int) ((x2[i] - RosenbrockInversion.LOW) / cell)));
            counts[a * GRID + b] += 1;
        }
        double h1 = Math.max(sd(x1) * Math.pow(n, -1.0 / 6), cell / 2);
        double h2 = Math.max(sd(x2) * Math.pow(n, -1.0 / 6), cell / 2);
        double[] smooth = convolveRows(counts, h1 / cell, true);
        smooth = convolveRows(smooth, h2 / cell, false);
        return JensenShannon.divergenceOfMasses(smooth, REFERENCE);
    }

    /**
     * {@code n} exact draws from q_X by rejection from the prior (accept with probability
     * q_X/max q_X): what a perfect inversion returns, to measure this estimator's floor.
     *
     * @return {x1[], x2[]}
     */
    public static double[][] referenceSample(int n, java.util.SplittableRandom rng) {
        double max = 0;
        for (double v : REFERENCE) {
            max = Math.max(max, v);
        }
        max = 1.5 * max / 16; // REFERENCE sums 16 sub-cell densities per cell; margin for the sub-cell peak
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int k = 0;
        while (k < n) {
            double a = 2 * rng.nextDouble();
            double b = 2 * rng.nextDouble();
            if (rng.nextDouble() * max < RosenbrockInversion.updatedDensity(a, b)) {
                x1[k] = a;
                x2[k] = b;
                k++;
            }
        }
        return new double[][] {x1, x2};
    }

    private static double sd(double[] v) {
        double m = 0;
        for (double x : v) {
            m += x;
        }
        m /= v.length;
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    /** Gaussian smoothing (width {@code w} cells) along the first (alongFirst) or second axis. */
    private static double[] convolveRows(double[] f, double w, boolean alongFirst) {
        int r = (int) Math.ceil(4 * w);
        double[] k = new double[2 * r + 1];
        for (int i = -r; i <= r; i++) {
            k[i + r] = Math.exp(-0.5 * (i / w) * (i / w));
        }
        double[] out = new double[f.length];
        for (int a = 0; a < GRID; a++) {
            for (int b = 0; b < GRID; b++) {
                double v = f[a * GRID + b];
                if (v == 0) {
                    continue;
                }
                for (int d = -r; d <= r; d++) {
                    int aa = alongFirst ? a + d : a;
                    int bb = alongFirst ? b : b + d;
                    if (aa >= 0 && aa < GRID && bb >= 0 && bb < GRID) {
                        out[aa * GRID + bb] += v * k[d + r];
                    }
                }
            }
        }
        return out;
    }

    private static double[] reference() {
        double cell = (RosenbrockInversion.HIGH - RosenbrockInversion.LOW) / GRID;
        double[] q = new double[GRID * GRID];
        int sub = 4; // 4 × 4 sub-cell points: the band is only a few cells wide
        for (int a = 0; a < GRID; a++) {
            for (int b = 0; b < GRID; b++) {
                double s = 0;
                for (int i = 0; i < sub; i++) {
                    for (int j = 0; j < sub; j++) {
                        s += RosenbrockInversion.updatedDensity(RosenbrockInversion.LOW + (a + (i + 0.5) / sub) * cell,
                                RosenbrockInversion.LOW + (b + (j + 0.5) / sub) * cell);
                    }
                }
                q[a * GRID + b] = s;
            }
        }
        return q;
    }
}

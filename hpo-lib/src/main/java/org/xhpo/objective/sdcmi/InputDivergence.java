package org.xhpo.objective.sdcmi;

/**
 * The secondary, input-space loss of sDCMI (seed §2, "D_f(Q_Xg‖P_X)"; docs/methods/sdcmi.md, 'Where
 * the seed is silent, and what XHPO chose', secondary loss): JS
 * between the law of the final input sample and the data-consistent reference q_X of
 * {@link RosenbrockInversion}, both as masses on a 32 × 32 partition of [0,2]² (the sample's cell
 * counts; the reference's cell integrals by 32 × 32 midpoint sub-points per cell). A kernel
 * density estimate was tried first and rejected: q_X lives on a band only ~0.03 wide around the
 * level set M = 250, so any data-driven bandwidth smooths it away and exact draws scored worse than
 * a sample covering only part of the band. Cells of width 1/16 are wider than the band, so the
 * partition compares where along the band the mass sits; its floor for N exact draws is the
 * sampling noise of the counts (about 0.02 nats at N = 1000, measured in benchmarks/RESULTS.md).
 */
public final class InputDivergence {
    /** Cells per axis. */
    public static final int GRID = 32;
    private static final int SUB = 32;
    private static final double[] REFERENCE = reference();

    private InputDivergence() {
    }

    /** JS in nats between the sample (x1[i], x2[i]) and q_X, as cell masses. */
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
        return JensenShannon.divergenceOfMasses(counts, REFERENCE);
    }

    /**
     * {@code n} exact draws from q_X by rejection from the prior (accept with probability
     * q_X/max q_X): what a perfect inversion returns, to measure this estimator's floor.
     *
     * @return {x1[], x2[]}
     */
    public static double[][] referenceSample(int n, java.util.SplittableRandom rng) {
        double max = 0;
        double cell = (RosenbrockInversion.HIGH - RosenbrockInversion.LOW) / (GRID * SUB);
        for (int a = 0; a < GRID * SUB; a++) {
            for (int b = 0; b < GRID * SUB; b++) {
                max = Math.max(max, RosenbrockInversion.updatedDensity((a + 0.5) * cell, (b + 0.5) * cell));
            }
        }
        max *= 1.5; // margin: the peak between sub-points
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

    private static double[] reference() {
        double cell = (RosenbrockInversion.HIGH - RosenbrockInversion.LOW) / GRID;
        double[] q = new double[GRID * GRID];
        int sub = SUB;
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

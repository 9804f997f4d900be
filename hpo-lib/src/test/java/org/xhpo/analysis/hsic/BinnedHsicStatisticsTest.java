package org.xhpo.analysis.hsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.study.Direction;

class BinnedHsicStatisticsTest {
    private static final int[][] PAIRS = {{0, 1}, {1, 2}, {2, 3}};

    /** x0 uniform, x1 = U³ (skewed), x2 a jittered 4-level categorical, x3 noise; Z = best 10% of y. */
    private static double[][] table(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[5][n];
        for (int i = 0; i < n; i++) {
            x[0][i] = rng.nextDouble();
            x[1][i] = Math.pow(rng.nextDouble(), 3);
            x[2][i] = (rng.nextInt(4) + rng.nextDouble()) / 4;
            x[3][i] = rng.nextDouble();
            x[4][i] = (x[0][i] - 0.3) * (x[0][i] - 0.3) + 0.3 * x[1][i] + 0.1 * Math.abs(x[2][i] - 0.6)
                    + 0.05 * rng.nextDouble();
        }
        return x;
    }

    private static BinnedHsicStatistics binned(double[][] x, boolean[] z, int from, int to) {
        BinnedHsicStatistics b = new BinnedHsicStatistics(4, BinnedHsicStatistics.BINS, PAIRS,
                BinnedHsicStatistics.PAIR_BINS);
        double[] row = new double[4];
        for (int i = from; i < to; i++) {
            for (int v = 0; v < 4; v++) {
                row[v] = x[v][i];
            }
            b.add(row, z[i]);
        }
        return b;
    }

    private static void rel(double expected, double actual, double tol, String what) {
        assertEquals(expected, actual, tol * Math.abs(expected), what);
    }

    @Test
    void agreesWithTheExactEstimator() {
        // reference = the exact HsicEstimator (itself checked against naive n×n formulas and OpenTURNS);
        // requirement 1e-3 relative on S and R2 with the default grids (256 singles, 64×64 pairs)
        HsicEstimator exact = new HsicEstimator(Bandwidth.std(), 0);
        for (int n : new int[] {2000, 10000}) {
            double[][] x = table(n, n);
            boolean[] z = GoalTarget.best(x[4], 0.1, Direction.MINIMIZE);
            BinnedHsicStatistics b = binned(x, z, 0, n);
            assertEquals(n, b.rows());
            for (int v = 0; v < 4; v++) {
                HsicIndex e = exact.single(x[v], z, 0L);
                HsicIndex g = b.single(v, Bandwidth.std());
                rel(e.bandwidth(), g.bandwidth(), 1e-9, "std bandwidth " + v);
                rel(e.s(), g.s(), 1e-3, "S " + v + " n=" + n);
                rel(e.r2(), g.r2(), 1e-3, "R2 " + v + " n=" + n);
                rel(e.hsicV(), g.hsicV(), 1e-3, "HSIC_V " + v + " n=" + n);
                assertTrue(Double.isNaN(g.pPermutation()));
                // Gamma p-value: same order of magnitude (tails as small as 1e-300 amplify tiny errors)
                assertEquals(Math.log10(Math.max(e.pGamma(), 1e-300)), Math.log10(Math.max(g.pGamma(), 1e-300)),
                        0.05, "log10 pGamma " + v);
            }
            for (int p = 0; p < PAIRS.length; p++) {
                HsicIndex e = exact.joint(new double[][] {x[PAIRS[p][0]], x[PAIRS[p][1]]}, z, 0L);
                HsicIndex g = b.pair(p, Bandwidth.std());
                rel(e.s(), g.s(), 1e-3, "pair S " + p + " n=" + n);
                rel(e.r2(), g.r2(), 1e-3, "pair R2 " + p + " n=" + n);
            }
        }
    }

    @Test
    void binnedMedianBandwidthIsCloseToTheExactOne() {
        // exact = BandwidthRules.median (numpy semantics); binned resolution is one grid step 1/255
        double[][] x = table(3000, 5);
        boolean[] z = GoalTarget.best(x[4], 0.1, Direction.MINIMIZE);
        BinnedHsicStatistics b = binned(x, z, 0, 3000);
        for (int v = 0; v < 4; v++) {
            double exact = BandwidthRules.median(x[v]);
            assertEquals(exact, b.bandwidth(v, Bandwidth.median()), 1.0 / 255, "median " + v);
        }
    }

    @Test
    void mergeIsAssociative() {
        double[][] x = table(3000, 9);
        boolean[] z = GoalTarget.best(x[4], 0.2, Direction.MINIMIZE);
        HsicIndex left = binned(x, z, 0, 1000).merge(binned(x, z, 1000, 2000)).merge(binned(x, z, 2000, 3000))
                .single(1, Bandwidth.std());
        HsicIndex right = binned(x, z, 0, 1000).merge(binned(x, z, 1000, 2000).merge(binned(x, z, 2000, 3000)))
                .single(1, Bandwidth.std());
        HsicIndex whole = binned(x, z, 0, 3000).single(1, Bandwidth.std());
        // floating-point addition is not associative bit for bit: equal to rounding (1e-12 relative)
        rel(left.s(), right.s(), 1e-12, "(a+b)+c vs a+(b+c)");
        rel(whole.s(), left.s(), 1e-12, "merged vs one pass");
        rel(whole.r2(), right.r2(), 1e-12, "R2");
        assertEquals(whole.m(), left.m());
        HsicIndex pl = binned(x, z, 0, 1500).merge(binned(x, z, 1500, 3000)).pair(0, Bandwidth.std());
        rel(binned(x, z, 0, 3000).pair(0, Bandwidth.std()).s(), pl.s(), 1e-12, "pair merged");
    }

    @Test
    void javaSerializationRoundTrip() throws Exception {
        double[][] x = table(500, 3);
        boolean[] z = GoalTarget.best(x[4], 0.1, Direction.MINIMIZE);
        BinnedHsicStatistics b = binned(x, z, 0, 500);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(b);
        }
        BinnedHsicStatistics copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (BinnedHsicStatistics) in.readObject();
        }
        assertEquals(b.single(0, Bandwidth.std()), copy.single(0, Bandwidth.std()));
        assertEquals(b.pair(2, Bandwidth.median()), copy.pair(2, Bandwidth.median()));
        copy.add(new double[] {0.5, 0.5, 0.5, 0.5}, true);   // still usable after the trip
        assertEquals(501, copy.rows());
    }

    @Test
    void rejectsWhatItCannotDo() {
        BinnedHsicStatistics b = new BinnedHsicStatistics(2, 16, new int[][] {{0, 1}}, 8);
        b.add(new double[] {0.1, 0.2}, true);
        b.add(new double[] {0.7, 0.9}, false);
        assertThrows(UnsupportedOperationException.class, () -> b.single(0, Bandwidth.max()));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> b.add(new double[] {0.1, Double.NaN}, false));
        assertTrue(nan.getMessage().contains("unitRow[1]"), nan.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> b.merge(new BinnedHsicStatistics(2, 32, new int[][] {{0, 1}}, 8)));
        assertTrue(shape.getMessage().contains("same variables, bins"), shape.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BinnedHsicStatistics(2, 16, new int[][] {{0, 0}}, 8));
    }
}

package org.xhpo.analysis.hsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.study.Direction;

class BandwidthTest {

    @Test
    void parsesConfigValues() {
        assertEquals(Bandwidth.std(), Bandwidth.parse("std"));
        assertEquals(Bandwidth.median(), Bandwidth.parse(" Median "));
        assertEquals(Bandwidth.max(), Bandwidth.parse("MAX"));
        assertEquals(Bandwidth.fixed(0.25), Bandwidth.parse("0.25"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bandwidth.parse("meadian"));
        assertTrue(e.getMessage().contains("\"std\", \"median\", \"max\" or a positive number")
                && e.getMessage().contains("meadian"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Bandwidth.parse("-1"));
        assertThrows(IllegalArgumentException.class, () -> Bandwidth.fixed(0));
    }

    /** numpy semantics written out: np.median(np.abs(x[:, None] − x[None, :])) over all n² entries. */
    private static double naiveMedian(double[] x) {
        int n = x.length;
        double[] d = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i * n + j] = Math.abs(x[i] - x[j]);
            }
        }
        Arrays.sort(d);
        int k = d.length;
        return k % 2 == 1 ? d[k / 2] : 0.5 * (d[k / 2 - 1] + d[k / 2]);
    }

    @Test
    void medianMatchesTheNaiveAllPairsMedian() {
        // hand case: x = (0, 1, 3): |differences| over 9 pairs = 0,0,0,1,1,2,2,3,3 → median 1
        assertEquals(1.0, BandwidthRules.median(new double[] {0, 1, 3}));
        SplittableRandom rng = new SplittableRandom(4);
        for (int n : new int[] {1, 2, 5, 10, 101, 400}) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextInt(3) == 0 ? Math.floor(rng.nextDouble() * 4) / 4 : rng.nextDouble(); // with ties
            }
            assertEquals(naiveMedian(x), BandwidthRules.median(x), 0.0, "n=" + n);
        }
        // U(0,1): median |U − U'| = 1 − 1/√2 ≈ 0.293 (docs/methods/hsic.md, 'Bandwidth rules')
        double[] u = new double[4000];
        for (int i = 0; i < u.length; i++) {
            u[i] = rng.nextDouble();
        }
        assertEquals(1 - 1 / Math.sqrt(2), BandwidthRules.median(u), 0.01);
    }

    @Test
    void maxFindsTheBestBandwidthOnTheSearchRange() {
        SplittableRandom rng = new SplittableRandom(8);
        int n = 400;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble();
            y[i] = Math.abs(x[i] - 0.3) + 0.1 * rng.nextDouble();
        }
        boolean[] z = GoalTarget.best(y, 0.1, Direction.MINIMIZE);
        HsicEstimator max = new HsicEstimator(Bandwidth.max(), 0);
        HsicIndex best = max.single(x, z, 0L);
        assertTrue(best.bandwidth() >= Bandwidth.MAX_SEARCH_LOW && best.bandwidth() <= Bandwidth.MAX_SEARCH_HIGH);
        // no bandwidth of a fine log grid over [1e-4, 5] does better (to the search tolerance)
        for (int k = 0; k <= 200; k++) {
            double h = Math.exp(Math.log(1e-4) + k * (Math.log(5) - Math.log(1e-4)) / 200);
            double s = new HsicEstimator(Bandwidth.fixed(h), 0).single(x, z, 0L).s();
            assertTrue(s <= best.s() * (1 + 1e-6), "h=" + h + " gives " + s + " > " + best.s());
        }
    }

    @Test
    void constantColumnUsesTheFallback() {
        double[] x = {0.3, 0.3, 0.3, 0.3};
        boolean[] z = {true, false, false, false};
        for (Bandwidth bw : new Bandwidth[] {Bandwidth.std(), Bandwidth.median(), Bandwidth.max()}) {
            assertEquals(Bandwidth.CONSTANT_FALLBACK, new HsicEstimator(bw, 0).bandwidthFor(x, z), bw.label());
        }
    }
}

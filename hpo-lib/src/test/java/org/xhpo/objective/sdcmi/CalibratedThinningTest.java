package org.xhpo.objective.sdcmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalibratedThinningTest {

    @Test
    void meanRejectionIsTheFraction() {
        SplittableRandom rng = new SplittableRandom(1);
        double[] logR = new double[1000];
        for (int i = 0; i < logR.length; i++) {
            logR[i] = 3 * rng.nextGaussian();
        }
        for (double rho : new double[] {0.1, 0.5, 0.9}) {
            double[] a = CalibratedThinning.keepProbabilities(logR, rho);
            double keep = 0;
            for (double v : a) {
                keep += v;
                assertTrue(v >= 0 && v <= 1);
            }
            assertEquals(1 - rho, keep / a.length, 1e-9, "rho " + rho);
        }
    }

    @Test
    void underRepresentedPointsAreKeptOverRepresentedThinned() {
        double[] logR = {-3, -2, 0, 2, 3};
        double[] a = CalibratedThinning.keepProbabilities(logR, 0.3);
        assertEquals(1.0, a[4], 0);
        assertTrue(a[0] < a[1] && a[1] < a[2]);
    }

    @Test
    void zeroRatiosBeyondTheFractionKeepEveryPositiveOne() {
        double[] logR = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, 1};
        double[] a = CalibratedThinning.keepProbabilities(logR, 0.5);
        assertEquals(0, a[0], 0);
        assertEquals(1, a[3], 0);
        assertEquals(1, a[4], 0);
    }

    @Test
    void butlerRejectionReproducesDataConsistentInversionOnALinearMap() {
        // prior U(0,1), M(x) = x so p_Y = 1, target N(0.5, 0.1²): accepted points follow the target
        SplittableRandom rng = new SplittableRandom(2);
        int n = 200_000;
        double[] x = new double[n];
        double[] logR = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble();
            double u = (x[i] - 0.5) / 0.1;
            logR[i] = -0.5 * u * u - Math.log(0.1 * Math.sqrt(2 * Math.PI)) - Math.log(1.0);
        }
        boolean[] keep = CalibratedThinning.draw(CalibratedThinning.butler(logR), rng);
        double s = 0;
        double s2 = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                s += x[i];
                s2 += x[i] * x[i];
                k++;
            }
        }
        double mean = s / k;
        double sd = Math.sqrt(s2 / k - mean * mean);
        assertEquals(0.5, mean, 0.003);
        assertEquals(0.1, sd, 0.003);
        assertEquals(0.1 * Math.sqrt(2 * Math.PI), (double) k / n, 0.01); // acceptance = 1/max r
    }
}

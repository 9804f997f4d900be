package org.xhpo.analysis.hsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HsicEstimatorTest {

    private static void close(double expected, double actual, double rel, String what) {
        assertEquals(expected, actual, rel * Math.max(Math.abs(expected), 1e-300), what);
    }

    @Test
    void tinyAlignedInputHasClosedForm() {
        // x = (0,0,1,1), z = (1,1,0,0), h = 1, e = exp(−1/2). By hand (block-constant K):
        // T = 8 + 8e, A = 4, R1 = 4 + 4e, p̂ = 1/2  ⇒  S = ¼[(1+e)/2 + 1 − (1+e)] = (1 − e)/8.
        // HKH = (1−e)/2·ssᵀ, HLH = ½ssᵀ with s = (1,1,−1,−1) ⇒ HSIC_V = 16(1−e)/4/16 = (1−e)/4,
        // HSIC(X,X) = (1−e)²/4, HSIC(Z,Z) = 1/4 ⇒ R2 = 1.
        double e = Math.exp(-0.5);
        HsicIndex idx = new HsicEstimator(Bandwidth.fixed(1), 0)
                .single(new double[] {0, 0, 1, 1}, new boolean[] {true, true, false, false}, 1L);
        close((1 - e) / 8, idx.s(), 1e-14, "S");
        close((1 - e) / 4, idx.hsicV(), 1e-14, "HSIC_V");
        close(1.0, idx.r2(), 1e-12, "R2");
        assertEquals(4, idx.n());
        assertEquals(2, idx.m());
        assertTrue(Double.isNaN(idx.pPermutation()), "no permutations requested");
    }

    @Test
    void matchesNaiveMatrixFormulasOnSinglesAndPairs() {
        SplittableRandom rng = new SplittableRandom(7);
        int n = 37;
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        boolean[] z = new boolean[n];
        for (int i = 0; i < n; i++) {
            x1[i] = rng.nextDouble();
            x2[i] = Math.pow(rng.nextDouble(), 3);
            z[i] = x1[i] + 0.3 * rng.nextDouble() < 0.45;
        }
        HsicEstimator est = new HsicEstimator(Bandwidth.fixed(0.2), 0);
        // independent check: explicit n×n matrices (NaiveHsic), δ kernel on z
        double[][] l = NaiveHsic.delta(z);
        double[][] k1 = NaiveHsic.gram(new double[][] {x1}, new double[] {0.2});
        HsicIndex single = est.single(x1, z, 1L);
        close(NaiveHsic.authorsS(k1, z), single.s(), 1e-12, "S");
        close(NaiveHsic.hsicV(k1, l), single.hsicV(), 1e-12, "HSIC_V");
        close(NaiveHsic.hsicU(k1, l), single.hsicU(), 1e-10, "HSIC_U");
        double r2 = NaiveHsic.hsicV(k1, l) / Math.sqrt(NaiveHsic.hsicV(k1, k1) * NaiveHsic.hsicV(l, l));
        close(r2, single.r2(), 1e-12, "R2");
        close(NaiveHsic.pGammaV(k1, l), single.pGamma(), 1e-8, "pGamma");

        double[][] k12 = NaiveHsic.gram(new double[][] {x1, x2}, new double[] {0.2, 0.2});
        HsicIndex pair = est.joint(new double[][] {x1, x2}, z, 1L);
        close(NaiveHsic.authorsS(k12, z), pair.s(), 1e-12, "pair S");
        close(NaiveHsic.hsicV(k12, l), pair.hsicV(), 1e-12, "pair HSIC_V");
        close(NaiveHsic.hsicU(k12, l), pair.hsicU(), 1e-10, "pair HSIC_U");
        close(NaiveHsic.pGammaV(k12, l), pair.pGamma(), 1e-8, "pair pGamma");
    }

    @Test
    void deltaKernelVStatisticIsTwiceTheAuthorsIndex() {
        // docs/methods/hsic.md, 'V- and U-statistics' (derived): HSIC_V with L_ij = 1{z_i = z_j} equals 2S exactly
        SplittableRandom rng = new SplittableRandom(11);
        for (int rep = 0; rep < 5; rep++) {
            int n = 50 + 40 * rep;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextDouble();
                y[i] = Math.sin(6 * x[i]) + rng.nextDouble();
            }
            boolean[] z = GoalTarget.best(y, 0.1 + 0.1 * rep, org.xhpo.study.Direction.MINIMIZE);
            HsicIndex idx = new HsicEstimator(Bandwidth.std(), 0).single(x, z, 0L);
            close(2 * idx.s(), idx.hsicV(), 1e-10, "HSIC_V = 2S");
        }
    }

    @Test
    void constantColumnFallsBackAndGivesZero() {
        boolean[] z = {true, false, false, true, false, false};
        HsicIndex idx = new HsicEstimator().single(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}, z, 3L);
        assertEquals(Bandwidth.CONSTANT_FALLBACK, idx.bandwidth());
        assertEquals(0, idx.s(), 1e-15);
        assertEquals(0, idx.hsicV(), 1e-15);
    }

    @Test
    void rejectsValuesOutsideTheUnitInterval() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HsicEstimator().single(new double[] {0.1, 1.5}, new boolean[] {true, false}, 0L));
        assertTrue(e.getMessage().contains("columns[0][1]"), e.getMessage());
    }
}

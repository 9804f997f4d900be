package org.xhpo.hypergrad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** CG and the Neumann series against a closed-form solve of a 3 × 3 SPD system. */
class LinearSolversTest {
    /** A = [[4,1,0],[1,3,1],[0,1,2]], b = (1,2,3). */
    private static final double[][] A = {{4, 1, 0}, {1, 3, 1}, {0, 1, 2}};
    private static final double[] B = {1, 2, 3};

    private static double[] times(double[] v) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[i] += A[i][j] * v[j];
            }
        }
        return out;
    }

    /** Cramer's rule by hand: det A = 4·5 − 1·2 = 18, x = (4, 2, 26) / 18 (check: 4·4/18 + 2/18 = 1). */
    private static final double[] EXACT = {4.0 / 18, 2.0 / 18, 26.0 / 18};

    @Test
    void conjugateGradientSolvesExactlyInNSteps() {
        ConjugateGradient.Result r = ConjugateGradient.solve(LinearSolversTest::times, B, 1e-12, 10);
        assertArrayEquals(B, times(r.x()), 1e-10);
        assertArrayEquals(EXACT, r.x(), 1e-10);
        assertTrue(r.iterations() <= 3, "CG on a 3 × 3 SPD system converges in at most 3 steps, took " + r.iterations());
    }

    @Test
    void neumannSeriesConvergesToTheInverseBelowTwoOverLambdaMax() {
        double lmax = NeumannSeries.largestEigenvalue(LinearSolversTest::times, 3, 50);
        // eigenvalues of A: 3 − √3, 3, 3 + √3 (characteristic polynomial (λ−3)(λ²−6λ+6))
        assertEquals(1.1 * (3 + Math.sqrt(3)), lmax, 1e-6);
        double[] few = NeumannSeries.apply(LinearSolversTest::times, B, 1 / lmax, 5);
        double[] many = NeumannSeries.apply(LinearSolversTest::times, B, 1 / lmax, 400);
        assertArrayEquals(EXACT, many, 1e-8);
        double errFew = Math.abs(few[0] - EXACT[0]) + Math.abs(few[1] - EXACT[1]) + Math.abs(few[2] - EXACT[2]);
        assertTrue(errFew > 1e-3, "five terms are still a truncation, error " + errFew);
    }
}

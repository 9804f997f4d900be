package org.xhpo.sampler.fi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link LocalLinearImportance}: LOESS of degree 1 (Cleveland 1979) at one point. */
class LocalLinearImportanceTest {

    @Test
    void matchesNumpysWeightedRidgeSolveOnTheSameData() {
        // numpy by hand (never a dependency): rng = default_rng(7); x = round(uniform((12, 3)), 3);
        // y = round(normal(12), 3); o = (0.4, 0.55, 0.3), q = 8; tricube weights on the 8 nearest, h the
        // 8th distance·(1 + 1e-9) + 1e-12; solve (ZᵀWZ + λ·diag(0,1,1,1)) β = ZᵀWy, Z = [1, x − o],
        // λ = 1e-3·h²·Σw  →  β[1:] = [1.37062431, 4.02783983, 2.58390976]
        double[][] x = {{0.625, 0.897, 0.776}, {0.225, 0.3, 0.874}, {0.005, 0.821, 0.797}, {0.468, 0.303, 0.278},
            {0.255, 0.445, 0.505}, {0.553, 0.996, 0.793}, {0.622, 0.989, 0.215}, {0.16, 0.613, 0.044},
            {0.036, 0.515, 0.466}, {0.917, 0.629, 0.514}, {0.497, 0.248, 0.012}, {0.192, 0.692, 0.201}};
        double[] y = {-0.808, -0.033, 0.884, -0.584, -0.112, 0.11, 0.064, -1.225, 0.076, 1.359, -1.547, 0.859};
        assertArrayEquals(new double[] {1.37062431, 4.02783983, 2.58390976},
                LocalLinearImportance.at(x, y, new double[] {0.4, 0.55, 0.3}, 8), 1e-7);
    }

    @Test
    void recoversTheSlopeOfALinearFunctionShrunkALittleByTheRidge() {
        SplittableRandom rng = new SplittableRandom(1);
        double[][] x = new double[40][3];
        double[] y = new double[40];
        for (int r = 0; r < x.length; r++) {
            for (int j = 0; j < 3; j++) {
                x[r][j] = rng.nextDouble();
            }
            y[r] = 3 + 2 * x[r][0] - x[r][1] + 0.5 * x[r][2];
        }
        double[] slope = LocalLinearImportance.at(x, y, new double[] {0.2, 0.7, 0.5}, 12);
        double[] exact = {2, -1, 0.5};
        for (int j = 0; j < 3; j++) {
            assertEquals(exact[j], slope[j], 0.15 * Math.abs(exact[j]), "coordinate " + j);
            assertTrue(Math.abs(slope[j]) < Math.abs(exact[j]), "the ridge shrinks, coordinate " + j);
        }
    }

    @Test
    void readsTheLocalGradientOfABowlWhoseGlobalTrendIsFlat() {
        // f(x) = Σ (x_j − ½)²: a linear fit to the whole cube has slope ≈ 0; near o = (0.2, 0.8) the
        // gradient is 2(o − ½) = (−0.6, 0.6)
        SplittableRandom rng = new SplittableRandom(2);
        double[][] x = new double[400][2];
        double[] y = new double[400];
        for (int r = 0; r < x.length; r++) {
            x[r][0] = rng.nextDouble();
            x[r][1] = rng.nextDouble();
            y[r] = Math.pow(x[r][0] - 0.5, 2) + Math.pow(x[r][1] - 0.5, 2);
        }
        double[] o = {0.2, 0.8};
        double[] local = LocalLinearImportance.at(x, y, o, 20);
        assertArrayEquals(new double[] {-0.6, 0.6}, local, 0.05);
        double[] global = LocalLinearImportance.at(x, y, new double[] {0.5, 0.5}, 400);
        assertArrayEquals(new double[] {0, 0}, global, 0.05, "the whole cube's trend around its centre");
    }

    @Test
    void aDirectionTheNeighboursDoNotSpanGetsNoSlope() {
        // every neighbour on the line x₁ = 0.5 (a ladder): the ridge sets the slope along x₁ to 0
        double[][] x = new double[8][2];
        double[] y = new double[8];
        for (int r = 0; r < 8; r++) {
            x[r] = new double[] {0.1 * r, 0.5};
            y[r] = -3 * x[r][0];
        }
        double[] slope = LocalLinearImportance.at(x, y, new double[] {0.3, 0.5}, 6);
        assertEquals(0.0, slope[1], 1e-12);
        assertEquals(-3.0, slope[0], 0.03);
    }

    @Test
    void onlyTheNearestPairsCount() {
        // a far pair with an absurd loss does not change the fit when it is not among the q nearest
        double[][] x = {{0.1, 0.1}, {0.2, 0.1}, {0.1, 0.2}, {0.2, 0.2}, {0.15, 0.12}, {0.9, 0.9}};
        double[] y = {0, 1, 2, 3, 1.2, 1e6};
        double[] near = LocalLinearImportance.at(x, y, new double[] {0.15, 0.15}, 5);
        double[][] x5 = java.util.Arrays.copyOf(x, 5);
        double[] y5 = java.util.Arrays.copyOf(y, 5);
        assertArrayEquals(LocalLinearImportance.at(x5, y5, new double[] {0.15, 0.15}, 5), near, 0.0);
    }

    @Test
    void noPairsNoSlopeAndBadArgumentsAreRefused() {
        assertArrayEquals(new double[3], LocalLinearImportance.at(new double[0][], new double[0], new double[3], 5));
        assertThrows(IllegalArgumentException.class,
                () -> LocalLinearImportance.at(new double[][] {{0.1}}, new double[] {1, 2}, new double[1], 5));
        assertThrows(IllegalArgumentException.class,
                () -> LocalLinearImportance.at(new double[][] {{0.1}}, new double[] {1}, new double[1], 1));
    }
}

package org.xhpo.sampler.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fit's cached pair pass gives the kernel's own numbers bit for bit: the correlations equal
 * {@link KernelForm#correlation} for every form, with or without the gradient factors, and the
 * Cholesky inverse that skips L⁻¹'s zeros equals the full solves. (The gradient built from the factors
 * is checked against finite differences in {@link GpMathTest}.)
 */
class KernelPairsTest {

    @Test
    void correlationsAreTheKernelFormsBitForBit() {
        double[][] x = UnitCubeData.uniformPoints(new SplittableRandom(3), 40, 7);
        double[] invL2 = new double[7];
        SplittableRandom rng = new SplittableRandom(4);
        for (int d = 0; d < 7; d++) {
            invL2[d] = Math.exp(rng.nextDouble() * 8 - 4);
        }
        for (KernelForm form : KernelForm.values()) {
            for (boolean factors : new boolean[] {false, true}) {
                KernelPairs pairs = new KernelPairs(form, x);
                pairs.fill(invL2, factors);
                for (int i = 0; i < x.length; i++) {
                    for (int j = 0; j < i; j++) {
                        assertEquals(form.correlation(x[i], x[j], invL2), pairs.correlation(i, j), 0.0,
                                form + " factors=" + factors + " pair " + i + "," + j);
                    }
                }
            }
        }
    }

    @Test
    void theGradientNeedsTheFactors() {
        double[][] x = UnitCubeData.uniformPoints(new SplittableRandom(1), 5, 2);
        KernelPairs pairs = new KernelPairs(KernelForm.SUM, x);
        pairs.fill(new double[] {1, 1}, false);
        assertThrows(IllegalStateException.class, () -> pairs.addLengthscaleGradient(1, 0, 1, new double[2]));
    }

    @Test
    void theInverseEqualsTheFullSolvesBitForBitAndInvertsK() {
        double[][] x = UnitCubeData.uniformPoints(new SplittableRandom(8), 60, 4);
        int n = x.length;
        double[][] k = new double[n][n];
        double[] invL2 = {3, 0.5, 10, 1};
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k[i][j] = KernelForm.SUM.correlation(x[i], x[j], invL2) + (i == j ? 1e-4 : 0);
            }
        }
        Cholesky c = Cholesky.of(k);
        double[][] inv = c.inverse();
        for (int j = 0; j < n; j++) {
            double[] e = new double[n];
            e[j] = 1;
            assertArrayEquals(c.solve(e), inv[j], 0.0, "column " + j);
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int m = 0; m < n; m++) {
                    s += k[i][m] * inv[j][m];
                }
                assertEquals(i == j ? 1 : 0, s, 1e-6, "K K⁻¹ at " + i + "," + j);
            }
        }
    }
}

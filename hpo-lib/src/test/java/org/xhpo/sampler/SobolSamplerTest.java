package org.xhpo.sampler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.space.SearchSpace;

class SobolSamplerTest extends SamplerContract {
    @Override
    protected Sampler create(SearchSpace space, long seed) {
        return new SobolSampler(space, seed);
    }

    @Test
    void unscrambledPointsMatchTheReferenceSequence() {
        // Sobol points 0..7 in dimensions 1 and 2 (Joe & Kuo direction numbers; identical to
        // scipy.stats.qmc.Sobol(d=2, scramble=False).random(8)): dim 1 is van der Corput base 2.
        double[][] expected = {{0, 0}, {0.5, 0.5}, {0.75, 0.25}, {0.25, 0.75}, {0.375, 0.375}, {0.875, 0.875},
            {0.625, 0.125}, {0.125, 0.625}};
        ScrambledSobolSequence s = ScrambledSobolSequence.unscrambled(2);
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], s.point(i), 0.0);
        }
    }

    @Test
    void scrambledPointsKeepTheNetProperty() {
        ScrambledSobolSequence s = new ScrambledSobolSequence(5, 77);
        for (int m = 4; m <= 8; m++) {
            int n = 1 << m;
            double[][] pts = s.points(0, n);
            for (int d = 0; d < 5; d++) {
                boolean[] hit = new boolean[n];
                for (double[] p : pts) {
                    assertTrue(p[d] >= 0 && p[d] < 1);
                    hit[(int) (p[d] * n)] = true;
                }
                for (boolean h : hit) {
                    assertTrue(h, "each 1/2^m interval holds exactly one point, m=" + m + " dim " + d);
                }
            }
            // 2-D: every elementary box of volume 2^-m in dims (0,1) holds one point (t = 0 for dims 1-2)
            for (int a = 0; a <= m; a++) {
                int[][] count = new int[1 << a][1 << (m - a)];
                for (double[] p : pts) {
                    count[(int) (p[0] * (1 << a))][(int) (p[1] * (1 << (m - a)))]++;
                }
                for (int[] row : count) {
                    for (int c : row) {
                        assertEquals(1, c);
                    }
                }
            }
        }
    }

    @Test
    void scrambledSobolIntegratesFarBetterThanRandom() {
        // ∫ Π (1 + (x_i − ½)) dx over [0,1]^5 = 1 exactly
        int n = 1024;
        double[][] pts = new ScrambledSobolSequence(5, 3).points(0, n);
        double qmc = 0;
        double mean0 = 0;
        for (double[] p : pts) {
            double f = 1;
            for (double x : p) {
                f *= 1 + (x - 0.5);
            }
            qmc += f / n;
            mean0 += p[0] / n;
        }
        SplittableRandom rng = new SplittableRandom(3);
        double mc = 0;
        for (int i = 0; i < n; i++) {
            double f = 1;
            for (int d = 0; d < 5; d++) {
                f *= 1 + (rng.nextDouble() - 0.5);
            }
            mc += f / n;
        }
        assertEquals(0.5, mean0, 1e-3);
        assertTrue(Math.abs(qmc - 1) < 1e-3, "QMC error " + Math.abs(qmc - 1));
        assertTrue(Math.abs(qmc - 1) < Math.abs(mc - 1), "QMC " + Math.abs(qmc - 1) + " vs MC " + Math.abs(mc - 1));
    }

    @Test
    void differentScrambleSeedsGiveDifferentPoints() {
        assertTrue(new ScrambledSobolSequence(3, 1).point(5)[0] != new ScrambledSobolSequence(3, 2).point(5)[0]);
    }
}

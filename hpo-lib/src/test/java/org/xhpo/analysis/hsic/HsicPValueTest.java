package org.xhpo.analysis.hsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.study.Direction;

class HsicPValueTest {
    private static final int N = 500;
    private static final double[] X = new double[N];
    private static final double[] NOISE = new double[N];
    private static final boolean[] Z;

    static {
        SplittableRandom rng = new SplittableRandom(99);
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            X[i] = rng.nextDouble();
            NOISE[i] = rng.nextDouble();
            y[i] = (X[i] - 0.6) * (X[i] - 0.6) + 0.05 * rng.nextDouble();
        }
        Z = GoalTarget.best(y, 0.1, Direction.MINIMIZE);
    }

    @Test
    void noiseIsNotSignificantAndTheDriverIs() {
        // fixed seeds; under independence p ~ U(0,1), so > 0.05 is what this seed gives, not a law
        HsicEstimator est = new HsicEstimator();
        HsicIndex noise = est.single(NOISE, Z, 17L);
        HsicIndex driver = est.single(X, Z, 17L);
        assertTrue(noise.pPermutation() > 0.05, "noise permutation p " + noise.pPermutation());
        assertTrue(noise.pGamma() > 0.05, "noise gamma p " + noise.pGamma());
        assertTrue(driver.pPermutation() < 0.01, "driver permutation p " + driver.pPermutation());
        assertTrue(driver.pGamma() < 0.01, "driver gamma p " + driver.pGamma());
        // the two p-values broadly agree on the noise column (B = 1000 for a tighter permutation estimate)
        double pPerm = new HsicEstimator(Bandwidth.std(), 1000).single(NOISE, Z, 17L).pPermutation();
        assertEquals(noise.pGamma(), pPerm, 0.1, "gamma vs permutation p-value");
    }

    @Test
    void permutationsAreReproducibleFromTheSeed() {
        HsicEstimator est = new HsicEstimator(Bandwidth.std(), 200);
        assertEquals(est.single(NOISE, Z, 5L), est.single(NOISE, Z, 5L));
        double a = est.single(NOISE, Z, 5L).pPermutation();
        double b = est.single(NOISE, Z, 6L).pPermutation();
        assertNotEquals(a, b, "a different seed draws different permutations");
    }
}

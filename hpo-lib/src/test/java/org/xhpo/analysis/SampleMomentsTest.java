package org.xhpo.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SampleMomentsTest {
    @Test
    void midRanksShareTheAverageRankOfTies() {
        assertArrayEquals(new double[] {1.5, 0.0, 1.5, 3.0}, SampleMoments.midRanks(new double[] {2, 1, 2, 5}));
    }

    @Test
    void spearmanEqualsScipy() {
        // scipy.stats.spearmanr([2, 1, 2, 5, 3, 0.5, 4], [1, 2, 3, 4, 5, 7, 6]).statistic (SciPy 1.x, by hand)
        double[] a = {2, 1, 2, 5, 3, 0.5, 4};
        double[] b = {1, 2, 3, 4, 5, 7, 6};
        assertEquals(SCIPY_RHO, SampleMoments.spearman(a, b), 1e-12);
        assertEquals(1.0, SampleMoments.spearman(b, new double[] {1, 4, 9, 16, 25, 49, 36}), 1e-12);
        assertEquals(0.0, SampleMoments.spearman(b, new double[] {3, 3, 3, 3, 3, 3, 3}));
    }

    private static final double SCIPY_RHO = 0.07207499701564472;
}

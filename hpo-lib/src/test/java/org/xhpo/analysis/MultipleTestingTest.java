package org.xhpo.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Benjamini–Hochberg against R's {@code p.adjust(p, "BH")} (values computed by hand from its definition). */
class MultipleTestingTest {
    @Test
    void matchesRsPAdjust() {
        // R: p.adjust(c(0.001, 0.01, 0.04, 0.2), "BH") = 0.004 0.020 0.0533333 0.200
        assertArrayEquals(new double[] {0.004, 0.02, 0.04 * 4 / 3, 0.2},
                MultipleTesting.benjaminiHochberg(new double[] {0.001, 0.01, 0.04, 0.2}), 1e-12);
        // R: p.adjust(c(0.05, 0.01, 0.04, 0.03, 0.02), "BH") = all 0.05 (step-up)
        assertArrayEquals(new double[] {0.05, 0.05, 0.05, 0.05, 0.05},
                MultipleTesting.benjaminiHochberg(new double[] {0.05, 0.01, 0.04, 0.03, 0.02}), 1e-12);
    }

    @Test
    void nanIsNeitherAdjustedNorCounted() {
        assertArrayEquals(new double[] {Double.NaN, 0.02, 0.02},
                MultipleTesting.benjaminiHochberg(new double[] {Double.NaN, 0.01, 0.02}), 1e-12);
    }
}

package org.xhpo.sampler.fi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** W's regression targets ({@link LossTransform}). */
class LossTransformTest {
    @Test
    void normalScoresAreTheProbitOfTheMidRanksPlottingPosition() {
        // mid-ranks 4, 1, 2.5, 2.5 of m = 4 → p = 0.875, 0.125, 0.5, 0.5; Φ⁻¹(0.875) = 1.1503493803760079
        // (scipy.stats.norm.ppf(0.875))
        assertArrayEquals(new double[] {1.1503493803760079, -1.1503493803760079, 0, 0},
                LossTransform.NORMAL_SCORES.apply(new double[] {3, 1, 2, 2}), 1e-12);
        // m = 5, no ties: Φ⁻¹(0.1) = −1.2815515655446004, Φ⁻¹(0.3) = −0.5244005127080409
        assertArrayEquals(new double[] {0.5244005127080409, -1.2815515655446004, 0, 1.2815515655446004,
                -0.5244005127080409}, LossTransform.NORMAL_SCORES.apply(new double[] {1e9, -7, 0.5, 2e9, 0.1}), 1e-12);
        assertArrayEquals(new double[] {0}, LossTransform.NORMAL_SCORES.apply(new double[] {42}), 1e-12);
        assertArrayEquals(new double[0], LossTransform.NORMAL_SCORES.apply(new double[0]), 0);
    }

    @Test
    void normalScoresDependOnlyOnTheOrderStandardizingOnTheValues() {
        double[] losses = {0.003, 0.0009, 0.02, 0.31, 0.0012, 0.015};
        double[] warped = new double[losses.length];
        for (int i = 0; i < losses.length; i++) {
            warped[i] = Math.log(losses[i]);
        }
        assertArrayEquals(LossTransform.NORMAL_SCORES.apply(losses), LossTransform.NORMAL_SCORES.apply(warped), 0);
        double[] a = LossTransform.STANDARDIZE.apply(losses);
        double[] b = LossTransform.STANDARDIZE.apply(warped);
        // the heavy tail: standardized, 0.31 sits 2.2 sd out and the other five within 0.17 sd of each other
        // (numpy: (v − v.mean())/v.std())
        assertArrayEquals(new double[] {-0.49, -0.51, -0.34, 2.23, -0.51, -0.38}, round2(a), 1e-9);
        assertArrayEquals(new double[] {-0.5, -1.11, 0.45, 1.82, -0.96, 0.3}, round2(b), 1e-9);
    }

    private static double[] round2(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Math.round(v[i] * 100) / 100.0;
        }
        return r;
    }
}

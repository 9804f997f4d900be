package org.xhpo.analysis.gbt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Closed-form checks of the GBT that mirrors MLlib (the bit-for-bit comparison with MLlib itself is
 * {@code MllibGbtReplicaTest} in {@code jobs}): thresholds, one split of a step, the variance, and boosting's
 * residual fitting.
 */
class BoostedRegressionTreesTest {
    private static final SubsampleMasks ALL = (m, n) -> {
        int[] c = new int[n];
        Arrays.fill(c, 1);
        return c;
    };

    @Test
    void fewDistinctValuesGiveEveryMidpointAndZerosCountAsAValue() {
        assertArrayEquals(new double[] {0.5, 1.5}, QuantileThresholds.of(new double[] {0, 1, 1, 2, 0, 2}, 31));
        assertArrayEquals(new double[0], QuantileThresholds.of(new double[] {3, 3, 3}, 31));
        assertArrayEquals(new double[0], QuantileThresholds.of(new double[] {0, 0}, 31));
        assertArrayEquals(new double[] {-0.25}, QuantileThresholds.of(new double[] {-0.5, 0, 0}, 31));
    }

    @Test
    void manyDistinctValuesGiveEqualCountQuantiles() {
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = i + 1;
        }
        // stride 100 / 4 = 25: the cumulative count is closest to 25, 50, 75 after the 25th, 50th, 75th value
        assertArrayEquals(new double[] {25.5, 50.5, 75.5}, QuantileThresholds.of(v, 3));
    }

    @Test
    void oneSplitOfAStepRecoversBothMeansAndTheVarianceIsTheBiasedOne() {
        double[][] x = new double[10][];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i] = new double[] {i / 10.0};
            y[i] = i < 4 ? 2.0 : 5.0;
        }
        BoostedRegressionTrees t = BoostedRegressionTrees.fit(x, y,
                new BoostedRegressionTrees.Settings(1, 1, 0.1, 1, 32), ALL);
        RegressionTreeNode root = t.trees().get(0);
        assertEquals(0, root.feature());
        assertEquals(0.35, root.threshold(), 1e-15);
        assertEquals(2.0, root.left().prediction());
        assertEquals(5.0, root.right().prediction());
        // mean 3.8, E[y²] = (4·4 + 6·25)/10 = 16.6: variance 16.6 − 3.8² = 2.16
        assertEquals(2.16, root.impurity(), 1e-12);
        assertEquals(2.16, root.gain(), 1e-12);
        assertEquals(2.0, t.predict(new double[] {0.1}));
        assertEquals(5.0, t.predict(new double[] {0.9}));
    }

    @Test
    void laterTreesFitTheResidualsSoTheTrainingErrorFalls() {
        SplittableRandom rng = new SplittableRandom(1);
        int n = 200;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {rng.nextDouble(), rng.nextDouble()};
            y[i] = Math.sin(6 * x[i][0]) + x[i][1];
        }
        double previous = Double.POSITIVE_INFINITY;
        for (int trees : new int[] {1, 5, 20, 60}) {
            BoostedRegressionTrees t = BoostedRegressionTrees.fit(x, y,
                    new BoostedRegressionTrees.Settings(trees, 3, 0.1, 1, 32), ALL);
            double sse = 0;
            for (int i = 0; i < n; i++) {
                double r = y[i] - t.predict(x[i]);
                sse += r * r;
            }
            assertTrue(sse < previous, trees + " trees: " + sse + " vs " + previous);
            previous = sse;
        }
        assertEquals(1.0, BoostedRegressionTrees.fit(x, y, new BoostedRegressionTrees.Settings(3, 2, 0.1, 1, 32), ALL)
                .weights()[0]);
    }

    @Test
    void aMaskedPointIsRoutedButNotCounted() {
        double[][] x = {{0.0}, {1.0}, {2.0}, {3.0}};
        double[] y = {0, 0, 10, 100};
        SubsampleMasks dropLast = (m, n) -> new int[] {1, 1, 1, 0};
        RegressionTreeNode root = BoostedRegressionTrees.fit(x, y,
                new BoostedRegressionTrees.Settings(1, 1, 0.1, 1, 32), dropLast).trees().get(0);
        assertEquals(3, root.stats().rawCount());
        assertEquals(10.0 / 3, root.stats().predict(), 1e-15);
        assertEquals(1.5, root.threshold());
    }

    @Test
    void refusesWhatMllibWouldNotFitThisWay() {
        assertThrows(IllegalArgumentException.class, () -> new BoostedRegressionTrees.Settings(0, 4, 0.1, 1, 32));
        assertThrows(IllegalArgumentException.class,
                () -> BoostedRegressionTrees.fit(new double[0][], new double[0], new BoostedRegressionTrees.Settings(
                        1, 1, 0.1, 1, 32), ALL));
    }
}

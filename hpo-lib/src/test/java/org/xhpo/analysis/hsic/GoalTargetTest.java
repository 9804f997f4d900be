package org.xhpo.analysis.hsic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xhpo.study.Direction;

class GoalTargetTest {
    private static final double[] Y = {5, 1, 4, 2, 3};

    @Test
    void bestUsesNumpysLowerQuantile() {
        // numpy: np.quantile([5,1,4,2,3], 0.5, method="lower") = sorted[⌊0.5·4⌋] = 3 → y ≤ 3
        assertArrayEquals(new boolean[] {false, true, false, true, true}, GoalTarget.best(Y, 0.5, Direction.MINIMIZE));
        // p = 0.1: ⌊0.4⌋ = 0 → threshold 1
        assertArrayEquals(new boolean[] {false, true, false, false, false}, GoalTarget.best(Y, 0.1, Direction.MINIMIZE));
    }

    @Test
    void maximizeAndWorstMirror() {
        // maximize: loss −y = (−5,−1,−4,−2,−3), p = 0.5 → threshold −3 → y ≥ 3
        assertArrayEquals(new boolean[] {true, false, true, false, true}, GoalTarget.best(Y, 0.5, Direction.MAXIMIZE));
        // worst when minimizing = largest y, same set as best when maximizing
        assertArrayEquals(GoalTarget.best(Y, 0.5, Direction.MAXIMIZE), GoalTarget.worst(Y, 0.5, Direction.MINIMIZE));
        assertArrayEquals(GoalTarget.best(Y, 0.1, Direction.MINIMIZE), GoalTarget.worst(Y, 0.1, Direction.MAXIMIZE));
    }

    @Test
    void tiesCanMakeMExceedPn() {
        double[] y = {0, 0, 0, 1, 1, 1, 1, 1, 1, 1};
        boolean[] z = GoalTarget.best(y, 0.1, Direction.MINIMIZE);
        int m = 0;
        for (boolean b : z) {
            m += b ? 1 : 0;
        }
        assertTrue(m == 3, "all three tied minima are in the best 10%, m=" + m);
    }

    @Test
    void nanIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GoalTarget.best(new double[] {1, Double.NaN}, 0.1, Direction.MINIMIZE));
        assertTrue(e.getMessage().contains("y[1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GoalTarget.best(Y, 0, Direction.MINIMIZE));
        assertThrows(IllegalArgumentException.class, () -> GoalTarget.best(Y, 1.5, Direction.MINIMIZE));
    }
}

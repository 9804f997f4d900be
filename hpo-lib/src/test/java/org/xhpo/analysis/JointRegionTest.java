package org.xhpo.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/** The joint region of a pair is where its best trials sit, "best" meaning the analysis's best fraction. */
class JointRegionTest {

    /** 13 trials in each of the 16 cells; the lowest values in cell (0, 0), the next lowest in cell (3, 3). */
    private static ExplainInput input() {
        double[][] u = new double[208][];
        double[] y = new double[208];
        int k = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int r = 0; r < 13; r++) {
                    u[k] = new double[] {(i + (r + 0.5) / 13) / 4, (j + (12.5 - r) / 13) / 4};
                    y[k] = (i == 0 && j == 0 ? 0 : i == 3 && j == 3 ? 1 : 2 + k) + r * 0.01;
                    k++;
                }
            }
        }
        SearchSpace space = new SearchSpace(List.of(new FloatParameter("a", 0.0, 1.0, false, null, null),
                new FloatParameter("b", 0.0, 1.0, false, null, null)));
        return ExplainInput.of(space, new TrialMatrix(List.of("a", "b"), List.of("", ""), u, y, Direction.MINIMIZE,
                Map.of()));
    }

    @Test
    void theRegionFollowsTheBestFraction() {
        JointRegion few = JointRegion.of(input(), 0, 1, 0.05);
        assertEquals(1, few.cells().size());
        assertArrayEquals(new double[] {0, 0.25, 0, 0.25}, few.cells().get(0));
        JointRegion more = JointRegion.of(input(), 0, 1, 0.12);
        assertEquals(2, more.cells().size());
        assertArrayEquals(new double[] {0.75, 1, 0.75, 1}, more.cells().get(1));
    }
}

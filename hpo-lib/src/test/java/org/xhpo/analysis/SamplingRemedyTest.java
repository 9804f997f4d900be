package org.xhpo.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xhpo.study.Direction;

/** The P1 remedies for trials from non-uniform samplers. */
class SamplingRemedyTest {
    private static TrialMatrix matrix(double[] x) {
        double[][] u = new double[x.length][];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            u[i] = new double[] {x[i]};
            y[i] = i;
        }
        return new TrialMatrix(List.of("x"), List.of(""), u, y, Direction.MINIMIZE, Map.of());
    }

    @Test
    void empiricalCdfGivesMidRanksWithTiesAveraged() {
        TrialMatrix t = SamplingRemedy.ecdf(matrix(new double[] {0.9, 0.1, 0.5, 0.5}));
        // ranks 4, 1, 2.5, 2.5 of 4 → (r − ½)/4
        assertEquals(List.of(0.875, 0.125, 0.5, 0.5), List.of(t.unit()[0][0], t.unit()[1][0], t.unit()[2][0],
                t.unit()[3][0]));
    }

    @Test
    void uniformTrialsAreLeftAloneOthersAreLabelled() {
        double[] x = new double[150];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.9 + 0.1 * i / x.length; // a sampler that crowded one corner
        }
        ExplainInput in = ExplainInput.of(new org.xhpo.space.SearchSpace(List.of(
                new org.xhpo.space.FloatParameter("x", 0, 1, false, null, null))), matrix(x));
        boolean[] all = new boolean[x.length];
        java.util.Arrays.fill(all, true);
        assertSame(in, SamplingRemedy.apply(in, "random", all));
        ExplainInput ecdf = SamplingRemedy.apply(in, "tpe", new boolean[x.length]);
        assertTrue(ecdf.sampling().startsWith("non-uniform (tpe)") && ecdf.sampling().contains("empirical-CDF"));
        assertEquals(in.trials(), ecdf.trials(), "ranges keep the real unit values");
        assertEquals(0.5 / 150, ecdf.indexTrials().unit()[0][0], 1e-15);
        boolean[] first = new boolean[x.length];
        for (int i = 0; i < SamplingRemedy.MIN_EXPLORATION; i++) {
            first[i] = true;
        }
        assertTrue(SamplingRemedy.apply(in, "tpe", first).sampling().contains("empirical-CDF"), "the default");
        ExplainInput explore = SamplingRemedy.explorationOnly(in, "tpe", first);
        assertEquals(SamplingRemedy.MIN_EXPLORATION, explore.indexTrials().n());
        assertTrue(explore.sampling().contains("exploration trials only"));
    }
}

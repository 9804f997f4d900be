package org.xhpo.sampler.fi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.SearchSpace;

class LadderBuilderTest {
    private static final SearchSpace CUBE = new SearchSpace(List.of(
            new FloatParameter("x0", 0, 1, false, null, null),
            new FloatParameter("x1", 0, 1, false, null, null),
            new FloatParameter("x2", 0, 1, false, null, null)));

    @Test
    void theFirstLadderIsTheStepLadderAndARepeatedOneIsRedrawnAroundTheOriginAtTheSameScales() {
        EvaluatedConfigurations proposed = new EvaluatedConfigurations(CUBE);
        LadderBuilder b = new LadderBuilder(CUBE, proposed, new SplittableRandom(1));
        double[] origin = {0.5, 0.5, 0.5};
        double[] delta = {0.01, -0.02, 0.0};
        List<Configuration> first = b.build(origin, delta, 8);
        double[][] points = StepLadder.points(origin, LadderBuilder.unitDirection(delta), 8);
        for (int i = 0; i < 8; i++) {
            assertArrayEquals(points[i], CUBE.toUnit(first.get(i)), 1e-12);
        }
        // the same step again: every point repeats, so every point is redrawn along a perturbed direction,
        // at the same step index: point i lies within 2^-(7-i) of the origin (∞-norm), unlike a uniform draw
        List<Configuration> second = b.build(origin, delta, 8);
        assertEquals(8, second.size());
        Set<Configuration> all = new HashSet<>(first);
        for (int i = 0; i < 8; i++) {
            assertTrue(all.add(second.get(i)), "repeated " + second.get(i));
            double[] u = CUBE.toUnit(second.get(i));
            double dist = 0;
            for (int j = 0; j < 3; j++) {
                dist = Math.max(dist, Math.abs(u[j] - origin[j]));
            }
            assertTrue(dist <= Math.pow(2, -(7 - i)) + 1e-12, "point " + i + " at " + dist);
        }
        assertEquals(16, proposed.size());
    }

    @Test
    void withoutADirectionTheLadderIsAMultiscaleRandomProbeAroundTheOrigin() {
        LadderBuilder b = new LadderBuilder(CUBE, new EvaluatedConfigurations(CUBE), new SplittableRandom(2));
        List<Configuration> ladder = b.build(new double[] {0.3, 0.6, 0.9}, new double[3], 4);
        assertEquals(4, ladder.size());
        double[] near = CUBE.toUnit(ladder.get(0));
        assertTrue(Math.abs(near[0] - 0.3) <= 0.125 + 1e-12 && Math.abs(near[2] - 0.9) <= 0.125 + 1e-12);
    }
}

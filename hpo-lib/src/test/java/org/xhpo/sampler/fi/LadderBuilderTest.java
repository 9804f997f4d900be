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
    void aLadderOfEightIsTwoInterleavedRaysSpanningEightOctavesTheFirstAlongDelta() {
        EvaluatedConfigurations proposed = new EvaluatedConfigurations(CUBE);
        LadderBuilder b = new LadderBuilder(CUBE, proposed, new SplittableRandom(1));
        double[] origin = {0.5, 0.5, 0.5};
        double[] delta = {0.01, -0.02, 0.0};
        List<Configuration> first = b.build(origin, delta, 8);
        assertEquals(8, first.size());
        // even points: ray 0 along Δ, octaves 7, 5, 3, 1 — StepLadder's 8 points at indices 0, 2, 4, 6
        double[][] line = StepLadder.points(origin, LadderBuilder.unitDirection(delta), 8);
        for (int i = 0; i < 8; i += 2) {
            assertArrayEquals(line[i], CUBE.toUnit(first.get(i)), 1e-12, "point " + i);
        }
        // odd points: ray 1, one other direction, octaves 6, 4, 2, 0 (the last on the box's edge)
        double[] ray1 = null;
        for (int i = 1; i < 8; i += 2) {
            double[] step = minus(CUBE.toUnit(first.get(i)), origin);
            double norm = inf(step);
            assertEquals(Math.pow(2, -(7 - i)) * inf(minus(CUBE.toUnit(first.get(7)), origin)), norm, 1e-9,
                    "point " + i + " at octave " + (7 - i));
            double[] dir = {step[0] / norm, step[1] / norm, step[2] / norm};
            if (ray1 == null) {
                ray1 = dir;
            } else {
                assertArrayEquals(ray1, dir, 1e-9);
            }
        }
        double[] edge = CUBE.toUnit(first.get(7));
        assertTrue(edge[0] <= 1e-3 + 1e-12 || edge[0] >= 1 - 1e-12 || edge[1] <= 1e-3 + 1e-12 || edge[1] >= 1 - 1e-12
                || edge[2] <= 1e-3 + 1e-12 || edge[2] >= 1 - 1e-12, "the last point is on the box's edge");
        assertTrue(inf(minus(ray1, LadderBuilder.unitDirection(delta))) > 1e-3, "ray 1 is not ray 0");
        // the same step again: every point repeats and is redrawn along a perturbed direction at its octave,
        // so point i stays within 2^-(7-i) of the origin (∞-norm), unlike a uniform draw
        List<Configuration> second = b.build(origin, delta, 8);
        assertEquals(8, second.size());
        Set<Configuration> all = new HashSet<>(first);
        for (int i = 0; i < 8; i++) {
            assertTrue(all.add(second.get(i)), "repeated " + second.get(i));
            double dist = inf(minus(CUBE.toUnit(second.get(i)), origin));
            assertTrue(dist <= Math.pow(2, -(7 - i)) + 1e-12, "point " + i + " at " + dist);
        }
        assertEquals(16, proposed.size());
    }

    @Test
    void aLongLadderIsAFanOfRaysOfFourSpanningEveryOctaveWithNoPointRepeated() {
        LadderBuilder b = new LadderBuilder(CUBE, new EvaluatedConfigurations(CUBE), new SplittableRandom(3));
        double[] origin = {0.4, 0.6, 0.5};
        List<Configuration> ladder = b.build(origin, new double[] {-0.3, 0.1, 0.2}, 32);
        assertEquals(32, new HashSet<>(ladder).size());
        int[] perOctave = new int[LadderBuilder.OCTAVES];
        for (int i = 0; i < 32; i++) {
            perOctave[LadderBuilder.octave(i, 32)]++;
        }
        for (int k = 0; k < LadderBuilder.OCTAVES; k++) {
            assertTrue(perOctave[k] >= 2, "octave " + k + " used " + perOctave[k] + " times");
        }
        assertEquals(7, LadderBuilder.octave(0, 32));
        assertEquals(0, LadderBuilder.octave(31, 32));
        assertEquals(0, LadderBuilder.octave(0, 1), "a ladder of one point probes the box's edge");
        // 8 rays: points i and i + 8 share a direction
        for (int i = 0; i < 8; i++) {
            double[] a = minus(CUBE.toUnit(ladder.get(i)), origin);
            double[] c = minus(CUBE.toUnit(ladder.get(i + 24)), origin);
            assertArrayEquals(scaled(a), scaled(c), 1e-9, "ray " + i);
        }
    }

    private static double[] minus(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double inf(double[] v) {
        return Math.max(Math.abs(v[0]), Math.max(Math.abs(v[1]), Math.abs(v[2])));
    }

    private static double[] scaled(double[] v) {
        double n = inf(v);
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
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

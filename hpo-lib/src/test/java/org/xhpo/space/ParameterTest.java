package org.xhpo.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Unit mappings of every parameter kind: round trips, CDFs, cells and sampled distributions. */
class ParameterTest {
    private static final int N = 20_000;

    @Test
    void uniformFloatRoundTripsAndIsItsOwnCdf() {
        FloatParameter p = new FloatParameter("x", -2, 6, false, null, null);
        for (double x : new double[] {-2, -1.5, 0, 3.25, 6}) {
            assertEquals(x, (double) p.fromUnit(p.toUnit(x)), 1e-12);
        }
        assertEquals(0.25, p.toUnit(0.0), 1e-15); // (0 − (−2)) / 8
        assertEquals(0.0, p.toUnit(-2.0));
        assertEquals(1.0, p.toUnit(6.0));
    }

    @Test
    void logFloatMapsLowToZeroAndIsLogUniform() {
        FloatParameter p = new FloatParameter("lr", 1e-4, 1e-1, true, null, null);
        assertEquals(0.0, p.toUnit(1e-4), 1e-12);
        assertEquals(1.0, p.toUnit(1e-1), 1e-12);
        assertEquals(1.0 / 3, p.toUnit(1e-3), 1e-12); // log10 spacing: 3 decades
        for (double x : new double[] {1e-4, 3e-4, 0.02, 0.1}) {
            assertEquals(x, (double) p.fromUnit(p.toUnit(x)), 1e-15 + 1e-12 * x);
        }
        // sampled through fromUnit(uniform): P(x < 1e-2) = 2/3
        SplittableRandom rng = new SplittableRandom(1);
        int below = 0;
        for (int i = 0; i < N; i++) {
            if ((double) p.fromUnit(rng.nextDouble()) < 1e-2) {
                below++;
            }
        }
        assertEquals(2.0 / 3, below / (double) N, 0.015);
    }

    @Test
    void uniformIntOwnsEqualCellsAndRoundTrips() {
        IntParameter p = new IntParameter("n", 8, 64, false, 8, null, null); // 8,16,…,64: 8 values
        assertEquals(8, p.count());
        for (long k = 8; k <= 64; k += 8) {
            assertEquals(k, p.fromUnit(p.toUnit(k)));
            double[] cell = p.unitCell(k);
            assertEquals(1.0 / 8, cell[1] - cell[0], 1e-15);
            assertEquals(k, p.fromUnit(cell[0]));
            assertEquals(k, p.fromUnit(Math.nextDown(cell[1])));
        }
        assertEquals(64L, p.fromUnit(1.0));
        long[] counts = new long[8];
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < N; i++) {
            counts[(int) (((long) p.fromUnit(rng.nextDouble()) - 8) / 8)]++;
        }
        for (long c : counts) {
            assertEquals(1.0 / 8, c / (double) N, 0.012);
        }
    }

    @Test
    void logIntFollowsRoundedLogUniformCdf() {
        IntParameter p = new IntParameter("width", 1, 100, true, 1, null, null);
        for (long k = 1; k <= 100; k++) {
            assertEquals(k, p.fromUnit(p.toUnit(k)));
        }
        double[] c1 = p.unitCell(1L);
        // cell of 1 under log-uniform on [0.5, 100.5]: ln(1.5/0.5)/ln(100.5/0.5)
        assertEquals(Math.log(3) / Math.log(201), c1[1] - c1[0], 1e-12);
        assertEquals(0.0, c1[0], 1e-12);
        assertEquals(1.0, p.unitCell(100L)[1], 1e-12);
    }

    @Test
    void categoricalCellsAndTypes() {
        CategoricalParameter c = new CategoricalParameter("act", List.of("relu", "tanh", "sigmoid"), "tanh", null);
        assertEquals(ValueType.STRING, c.valueType());
        assertEquals(0.5, c.toUnit("tanh"), 1e-15);
        assertEquals("sigmoid", c.fromUnit(1.0));
        assertEquals("relu", c.fromUnit(0.0));
        assertEquals("tanh", c.fromUnit(0.4));
        assertEquals(ValueType.LONG, new CategoricalParameter("b", List.of(16, 32), null, null).valueType());
        assertEquals(ValueType.DOUBLE, new CategoricalParameter("d", List.of(0.1, 1), null, null).valueType());
        assertEquals(ValueType.BOOLEAN, new CategoricalParameter("f", List.of(true, false), null, null).valueType());
        assertEquals(ValueType.STRING, new CategoricalParameter("m", List.of("a", 1), null, null).valueType());
        CategoricalParameter nums = new CategoricalParameter("d", List.of(0.5, 1), null, null);
        assertTrue(nums.contains(1.0));
        assertTrue(nums.contains(1L));
    }

    @Test
    void invalidDefinitionsSayWhatWasExpected() {
        assertEquals("low must be > 0 for log scale, got -1", assertThrows(IllegalArgumentException.class,
                () -> new FloatParameter("lr", -1, 1, true, null, null)).getMessage());
        assertEquals("low must be < high, got low=2, high=1", assertThrows(IllegalArgumentException.class,
                () -> new FloatParameter("x", 2, 1, false, null, null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new IntParameter("n", 1, 10, false, 4, null, null)).getMessage().contains("multiple of step"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new CategoricalParameter("c", List.of("a", "a"), null, null)).getMessage().contains("distinct"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new CategoricalParameter("c", List.of("a"), "b", null)).getMessage().contains("default must be one of"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new FloatParameter("1x", 0, 1, false, null, null)).getMessage().contains("name must start with a letter"));
    }

    @Test
    void jitteredUnitValuesStayInTheirCell() {
        SearchSpace s = new SearchSpace(List.of(new IntParameter("n", 1, 4, false, 1, null, null),
                new CategoricalParameter("c", List.of("a", "b"), null, null),
                new FloatParameter("x", 0, 1, false, null, null)));
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 1000; i++) {
            double[] u0 = new double[] {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()};
            Configuration c = s.fromUnit(u0);
            double[] u = s.toUnitJittered(c, rng);
            assertEquals(c, s.fromUnit(u), () -> Arrays.toString(u));
            assertEquals(u0[2], u[2], 1e-12);
        }
    }
}

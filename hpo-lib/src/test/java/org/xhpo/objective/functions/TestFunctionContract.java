package org.xhpo.objective.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * What every {@link TestFunction} must satisfy: its published optimum at its minimizer, no sampled
 * point below the optimum, the standard domain as its default space, configuration reads that agree
 * with {@link TestFunction#value(double[])}, and refusal of unknown settings.
 */
abstract class TestFunctionContract {
    static final long SEED = 20240611L;
    static final int SAMPLES = 10_000;

    /** Builds the function under test from settings. */
    abstract TestFunction create(Map<String, Object> settings);

    /** The optimum as the source publishes it (subclasses say where the number comes from). */
    abstract double publishedOptimum();

    /** The standard domain's lower bounds, as the source gives them. */
    abstract double[] expectedLow();

    /** The standard domain's upper bounds, as the source gives them. */
    abstract double[] expectedHigh();

    /** Tolerance against {@link #publishedOptimum()}: the precision the source publishes. */
    double tolerance() {
        return 1e-5;
    }

    TestFunction create() {
        return create(Map.of());
    }

    @Test
    void valueAtKnownMinimizerIsPublishedOptimum() {
        TestFunction f = create();
        assertEquals(publishedOptimum(), f.value(f.optimumLocation()), tolerance());
        assertEquals(publishedOptimum(), f.optimumValue(), tolerance());
        assertEquals(f.optimumValue(), f.value(f.optimumLocation()), 1e-9);
    }

    @Test
    void noRandomPointBeatsOptimum() {
        TestFunction f = create();
        SplittableRandom rng = new SplittableRandom(SEED);
        double[] u = new double[f.dimension()];
        for (int s = 0; s < SAMPLES; s++) {
            for (int i = 0; i < u.length; i++) {
                u[i] = rng.nextDouble();
            }
            double v = f.evaluate(f.space().fromUnit(u), TrialContext.of(s, SEED)).value();
            assertTrue(v >= f.optimumValue() - 1e-6, "sample " + s + " gives " + v + " < f* = " + f.optimumValue());
        }
    }

    @Test
    void defaultSpaceIsStandardDomain() {
        TestFunction f = create();
        SearchSpace space = f.defaultSpace().orElseThrow();
        assertEquals(f.space(), space);
        double[] low = expectedLow();
        double[] high = expectedHigh();
        assertEquals(low.length, f.dimension());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < low.length; i++) {
            names.add("x" + (i + 1));
            Parameter p = space.parameters().get(i);
            FloatParameter fp = assertInstanceOf(FloatParameter.class, p, p.name());
            assertEquals(low[i], fp.low(), 0.0, p.name());
            assertEquals(high[i], fp.high(), 0.0, p.name());
            assertFalse(fp.log(), p.name());
            assertTrue(fp.when().isEmpty(), p.name());
        }
        assertEquals(names, space.names());
        assertEquals(Direction.MINIMIZE, f.defaultDirection());
    }

    @Test
    void optimumLocationLiesInDomain() {
        TestFunction f = create();
        double[] x = f.optimumLocation();
        for (int i = 0; i < x.length; i++) {
            assertTrue(x[i] >= expectedLow()[i] && x[i] <= expectedHigh()[i], "x" + (i + 1) + " = " + x[i]);
        }
        x[0] = Double.NaN;
        assertFalse(Double.isNaN(f.optimumLocation()[0]), "optimumLocation must return a copy");
    }

    @Test
    void evaluateReadsConfigurationLikeValue() {
        TestFunction f = create();
        SplittableRandom rng = new SplittableRandom(SEED + 1);
        for (int s = 0; s < 100; s++) {
            double[] u = rng.doubles(f.dimension()).toArray();
            Configuration c = f.space().fromUnit(u);
            double[] x = new double[f.dimension()];
            for (int i = 0; i < x.length; i++) {
                x[i] = c.getDouble("x" + (i + 1));
            }
            assertEquals(f.value(x), f.evaluate(c, TrialContext.of(s, SEED)).value(), 0.0);
        }
    }

    @Test
    void valueRefusesWrongDimension() {
        TestFunction f = create();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> f.value(new double[f.dimension() + 1]));
        assertTrue(e.getMessage().contains("expected " + f.dimension() + " coordinates"), e.getMessage());
    }

    @Test
    void missingParameterIsRefused() {
        TestFunction f = create();
        assertThrows(IllegalArgumentException.class,
                () -> f.evaluate(new Configuration(Map.of()), TrialContext.of(0, SEED)));
    }

    @Test
    void unknownSettingIsRefusedByPath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> create(Map.of("dimm", 3)));
        assertTrue(e.getMessage().startsWith("objective.settings.dimm: unknown setting"), e.getMessage());
    }
}

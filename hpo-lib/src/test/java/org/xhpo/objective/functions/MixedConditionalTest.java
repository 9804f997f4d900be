package org.xhpo.objective.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

class MixedConditionalTest {
    private static final long SEED = 20240611L;
    private static final TrialContext CTX = TrialContext.of(0, SEED);
    private final MixedConditional f = new MixedConditional(Map.of());

    private double eval(Map<String, Object> values) {
        return f.evaluate(new Configuration(values), CTX).value();
    }

    private static Map<String, Object> config(double x1, double x2, String kernel, Double shift, long n) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("x1", x1);
        v.put("x2", x2);
        v.put("kernel", kernel);
        if (shift != null) {
            v.put("shift", shift);
        }
        v.put("n", n);
        return v;
    }

    @Test
    void optimumIsBraninOptimumWithNThree() {
        // Surjanovic & Bingham, branin.html: f(x*) = 0.397887; g(3) = 0 by construction
        assertEquals(0.397887, f.optimumValue(), 1e-6);
        assertEquals(0.397887, f.evaluate(f.optimumConfiguration(), CTX).value(), 1e-6);
        assertEquals(0.397887, eval(config(Math.PI, 2.275, "branin", null, 3)), 1e-6);
        assertEquals(0.397887, eval(config(9.42478, 2.475, "branin", null, 3)), 1e-6);
        assertEquals(f.optimumConfiguration(), f.space().configuration(f.optimumConfiguration().values()));
    }

    @Test
    void evaluateCoversEveryBranch() {
        // branin([0, 0]) = 55.602112642270264 (NumPy 2.4 by hand, see BraninTest) plus g(5) = 0.4
        assertEquals(55.602112642270264 + 0.4, eval(config(0, 0, "branin", null, 5)), 1e-12);
        // quadratic, by hand: minimum 1 at (2, 5, 0.3, 3); at (0, 0, 1, 1): 1 + 0.4 + 1.25 + 0.49 + 0.4 = 3.54
        assertEquals(1.0, eval(config(2, 5, "quadratic", 0.3, 3)), 1e-15);
        assertEquals(3.54, eval(config(0, 0, "quadratic", 1.0, 1)), 1e-12);
        // constant, by hand: 5 + 0.1·(8 − 3)² = 7.5, regardless of x1, x2
        assertEquals(7.5, eval(config(-5, 15, "constant", null, 8)), 1e-12);
        assertEquals(5.0, eval(config(1, 1, "constant", null, 3)), 0.0);
    }

    @Test
    void defaultSpaceHasMixedConditionalParameters() {
        SearchSpace space = f.defaultSpace().orElseThrow();
        assertEquals(List.of("x1", "x2", "kernel", "shift", "n"), space.names());
        FloatParameter x1 = assertInstanceOf(FloatParameter.class, space.get("x1"));
        FloatParameter x2 = assertInstanceOf(FloatParameter.class, space.get("x2"));
        assertEquals(List.of(-5.0, 10.0, 0.0, 15.0), List.of(x1.low(), x1.high(), x2.low(), x2.high()));
        CategoricalParameter kernel = assertInstanceOf(CategoricalParameter.class, space.get("kernel"));
        assertEquals(List.of("branin", "quadratic", "constant"), kernel.choices());
        FloatParameter shift = assertInstanceOf(FloatParameter.class, space.get("shift"));
        assertEquals(List.of(0.0, 1.0), List.of(shift.low(), shift.high()));
        assertEquals(Map.of("kernel", List.of("quadratic")), shift.when().orElseThrow().requirements());
        IntParameter n = assertInstanceOf(IntParameter.class, space.get("n"));
        assertEquals(List.of(1L, 8L, 1L), List.of(n.low(), n.high(), n.step()));
        assertFalse(n.log());
        assertEquals(Direction.MINIMIZE, f.defaultDirection());
    }

    @Test
    void shiftIsActiveOnlyWhenKernelIsQuadratic() {
        SearchSpace space = f.space();
        // kernel owns equal cells of u: [0, ⅓) branin, [⅓, ⅔) quadratic, [⅔, 1] constant
        assertFalse(space.fromUnit(new double[] {0.5, 0.5, 0.1, 0.5, 0.5}).has("shift"));
        assertTrue(space.fromUnit(new double[] {0.5, 0.5, 0.5, 0.5, 0.5}).has("shift"));
        assertFalse(space.fromUnit(new double[] {0.5, 0.5, 0.9, 0.5, 0.5}).has("shift"));
        SplittableRandom rng = new SplittableRandom(SEED);
        Set<Object> seen = new HashSet<>();
        for (int s = 0; s < 1000; s++) {
            Configuration c = space.fromUnit(rng.doubles(5).toArray());
            seen.add(c.get("kernel"));
            assertEquals("quadratic".equals(c.get("kernel")), c.has("shift"), c.toString());
        }
        assertEquals(Set.of("branin", "quadratic", "constant"), seen);
    }

    @Test
    void noRandomPointBeatsOptimum() {
        SplittableRandom rng = new SplittableRandom(SEED + 1);
        for (int s = 0; s < 10_000; s++) {
            Configuration c = f.space().fromUnit(rng.doubles(5).toArray());
            double v = f.evaluate(c, TrialContext.of(s, SEED)).value();
            assertTrue(v >= f.optimumValue() - 1e-6, c + " gives " + v + " < f* = " + f.optimumValue());
        }
    }

    @Test
    void missingOrUnknownValuesAreRefused() {
        IllegalArgumentException noShift = assertThrows(IllegalArgumentException.class,
                () -> eval(config(0, 0, "quadratic", null, 3)));
        assertTrue(noShift.getMessage().contains("shift"), noShift.getMessage());
        IllegalArgumentException badKernel = assertThrows(IllegalArgumentException.class,
                () -> eval(config(0, 0, "cubic", null, 3)));
        assertTrue(badKernel.getMessage().startsWith("kernel: expected one of [branin, quadratic, constant]"),
                badKernel.getMessage());
    }

    @Test
    void anySettingIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MixedConditional(Map.of("dim", 2)));
        assertTrue(e.getMessage().contains("objective.settings.dim"), e.getMessage());
    }
}

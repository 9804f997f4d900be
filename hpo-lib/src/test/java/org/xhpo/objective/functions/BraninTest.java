package org.xhpo.objective.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BraninTest extends TestFunctionContract {

    @Override
    TestFunction create(Map<String, Object> settings) {
        return new Branin(settings);
    }

    @Override
    double publishedOptimum() {
        return 0.397887; // Surjanovic & Bingham, branin.html: f(x*) = 0.397887
    }

    @Override
    double[] expectedLow() {
        return new double[] {-5, 0};
    }

    @Override
    double[] expectedHigh() {
        return new double[] {10, 15};
    }

    @Test
    void allThreePublishedMinimizersGiveOptimum() {
        Branin f = new Branin(Map.of());
        // Surjanovic & Bingham, branin.html: x* = (−π, 12.275), (π, 2.275), (9.42478, 2.475)
        double[][] published = {{-Math.PI, 12.275}, {Math.PI, 2.275}, {9.42478, 2.475}};
        for (double[] x : published) {
            assertEquals(0.397887, f.value(x), 1e-6);
        }
        for (double[] x : f.optimumLocations()) {
            assertEquals(f.optimumValue(), f.value(x), 1e-12);
        }
    }

    @Test
    void optimumIsClosedForm() {
        // at every minimizer the squared term vanishes and cos(x1) = −1, so f* = s·t = 5/(4π)
        assertEquals(5.0 / (4.0 * Math.PI), new Branin(Map.of()).optimumValue(), 0.0);
    }

    @Test
    void valueAwayFromOptimumMatchesIndependentImplementation() {
        // NumPy 2.4, the source's formula typed in by hand: branin([0, 0]) = 55.602112642270264
        assertEquals(55.602112642270264, new Branin(Map.of()).value(new double[] {0, 0}), 1e-12);
    }

    @Test
    void anySettingIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Branin(Map.of("dim", 2)));
        assertTrue(e.getMessage().contains("objective.settings.dim"), e.getMessage());
    }
}

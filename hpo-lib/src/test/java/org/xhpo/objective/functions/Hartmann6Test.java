package org.xhpo.objective.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Hartmann6Test extends TestFunctionContract {

    @Override
    TestFunction create(Map<String, Object> settings) {
        return new Hartmann6(settings);
    }

    @Override
    double publishedOptimum() {
        return -3.32237; // Surjanovic & Bingham, hart6.html: f(x*) = −3.32237
    }

    @Override
    double[] expectedLow() {
        return new double[6];
    }

    @Override
    double[] expectedHigh() {
        double[] h = new double[6];
        Arrays.fill(h, 1.0);
        return h;
    }

    @Test
    void publishedMinimizerGivesPublishedOptimum() {
        // Surjanovic & Bingham, hart6.html: x* = (0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573)
        double[] x = {0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573};
        assertEquals(-3.32237, new Hartmann6(Map.of()).value(x), 1e-5);
    }

    @Test
    void valuesMatchIndependentImplementation() {
        // NumPy 2.4, the source's α, A, P typed in by hand:
        // hart6(x*) = -3.322368011391339, hart6(0.5·1) = -0.5053149917022333, hart6(0) = -0.00508911288366444
        Hartmann6 f = new Hartmann6(Map.of());
        assertEquals(-3.322368011391339, f.value(f.optimumLocation()), 1e-12);
        assertEquals(-0.5053149917022333, f.value(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}), 1e-12);
        assertEquals(-0.00508911288366444, f.value(new double[6]), 1e-14);
    }

    @Test
    void anySettingIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Hartmann6(Map.of("dim", 6)));
        assertTrue(e.getMessage().contains("objective.settings.dim"), e.getMessage());
    }
}

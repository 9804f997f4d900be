package org.xhpo.objective.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LevyTest extends ScalableFunctionContract {

    @Override
    TestFunction create(Map<String, Object> settings) {
        return new Levy(settings);
    }

    @Override
    int minDim() {
        return 1;
    }

    @Override
    double low() {
        return -10;
    }

    @Override
    double high() {
        return 10;
    }

    @Override
    double publishedOptimum(int d) {
        return 0.0; // Surjanovic & Bingham, levy.html: f(x*) = 0 at x* = (1, …, 1)
    }

    @Test
    void valuesMatchIndependentImplementation() {
        // NumPy 2.4, the source's formula typed in by hand:
        // levy([0, 0]) = 0.7158445541169746, levy([-3.5, 2.25, 7]) = 8.701888768574513
        assertEquals(0.7158445541169746, new Levy(Map.of()).value(new double[] {0, 0}), 1e-12);
        assertEquals(8.701888768574513, new Levy(Map.of("dim", 3)).value(new double[] {-3.5, 2.25, 7}), 1e-12);
    }

    @Test
    void oneDimensionalLevyHasItsMinimumAtOne() {
        Levy f = new Levy(Map.of("dim", 1));
        assertEquals(0.0, f.value(new double[] {1.0}), 1e-15);
    }
}

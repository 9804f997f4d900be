package org.xhpo.objective.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RastriginTest extends ScalableFunctionContract {

    @Override
    TestFunction create(Map<String, Object> settings) {
        return new Rastrigin(settings);
    }

    @Override
    int minDim() {
        return 1;
    }

    @Override
    double low() {
        return -3.12;
    }

    @Override
    double high() {
        return 7.12;
    }

    @Override
    double publishedOptimum(int d) {
        return 0.0; // Surjanovic & Bingham: f(x*) = 0 at x* = 0
    }

    @Test
    void valuesMatchIndependentImplementation() {
        // NumPy 1.x (Debian python3), the source's formula typed in by hand:
        // -20*exp(-0.2*sqrt(sum(x*x)/d)) - exp(sum(cos(2*pi*x))/d) + 20 + e ; 10*d + sum(x*x - 10*cos(2*pi*x))
        assertEquals(5.0, new Rastrigin(Map.of()).value(new double[] {1, 2}), 1e-12);
        assertEquals(67.5625, new Rastrigin(Map.of("dim", 3)).value(new double[] {-3.5, 2.25, 0.5}), 1e-12);
    }
}

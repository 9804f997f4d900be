package org.xhpo.objective.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RosenbrockTest extends ScalableFunctionContract {

    @Override
    TestFunction create(Map<String, Object> settings) {
        return new Rosenbrock(settings);
    }

    @Override
    int minDim() {
        return 2;
    }

    @Override
    double low() {
        return -5;
    }

    @Override
    double high() {
        return 10;
    }

    @Override
    double publishedOptimum(int d) {
        return 0.0; // Surjanovic & Bingham, rosen.html: f(x*) = 0 at x* = (1, …, 1)
    }

    @Test
    void valuesMatchHandComputation() {
        // closed form by hand: f(0, 0) = 100·0² + 1² = 1;
        // f(−1.5, 2, 0.5) = 100(2 − 2.25)² + 2.5² + 100(0.5 − 4)² + 1² = 6.25 + 6.25 + 1225 + 1 = 1238.5
        Rosenbrock f2 = new Rosenbrock(Map.of());
        assertEquals(1.0, f2.value(new double[] {0, 0}), 0.0);
        Rosenbrock f3 = new Rosenbrock(Map.of("dim", 3));
        assertEquals(1238.5, f3.value(new double[] {-1.5, 2.0, 0.5}), 1e-12);
    }
}

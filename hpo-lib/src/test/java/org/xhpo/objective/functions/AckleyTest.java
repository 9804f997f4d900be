package org.xhpo.objective.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AckleyTest extends ScalableFunctionContract {

    @Override
    TestFunction create(Map<String, Object> settings) {
        return new Ackley(settings);
    }

    @Override
    int minDim() {
        return 1;
    }

    @Override
    double low() {
        return -22.768;
    }

    @Override
    double high() {
        return 42.768;
    }

    @Override
    double publishedOptimum(int d) {
        return 0.0; // Surjanovic & Bingham: f(x*) = 0 at x* = 0
    }

    @Test
    void valuesMatchIndependentImplementation() {
        // NumPy 1.x (Debian python3), the source's formula typed in by hand:
        // -20*exp(-0.2*sqrt(sum(x*x)/d)) - exp(sum(cos(2*pi*x))/d) + 20 + e ; 10*d + sum(x*x - 10*cos(2*pi*x))
        assertEquals(5.422131717799505, new Ackley(Map.of()).value(new double[] {1, 2}), 1e-12);
        assertEquals(13.90807923776407, new Ackley(Map.of("dim", 3)).value(new double[] {-3.5, 2.25, 7}), 1e-12);
    }
}

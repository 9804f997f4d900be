package org.xhpo.objective.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StyblinskiTangTest extends ScalableFunctionContract {

    @Override
    TestFunction create(Map<String, Object> settings) {
        return new StyblinskiTang(settings);
    }

    @Override
    int minDim() {
        return 1;
    }

    @Override
    double low() {
        return -5;
    }

    @Override
    double high() {
        return 5;
    }

    @Override
    double publishedOptimum(int d) {
        return -39.16617 * d; // Surjanovic & Bingham, stybtang.html: f(x*) = −39.16617·d
    }

    @Test
    void minimizerMatchesPublishedValue() {
        // Surjanovic & Bingham, stybtang.html: x* = (−2.903534, …, −2.903534)
        assertEquals(-2.903534, StyblinskiTang.MINIMIZER, 1e-6);
        // numpy.roots([4, 0, -32, 5]) by hand: smallest root −2.9035340277711783, f per coordinate −39.16616570377141
        assertEquals(-2.9035340277711783, StyblinskiTang.MINIMIZER, 1e-14);
        assertEquals(-39.16616570377141, StyblinskiTang.OPTIMUM_PER_COORDINATE, 1e-12);
    }

    @Test
    void minimizerIsStationary() {
        double x = StyblinskiTang.MINIMIZER;
        assertEquals(0.0, 4 * x * x * x - 32 * x + 5, 1e-12); // f'(x)·2 = 4x³ − 32x + 5
    }

    @Test
    void valuesMatchHandComputation() {
        // by hand: ½[(1.5⁴ − 16·1.5² + 7.5) + (16 − 64 − 10) + (81 − 144 + 15)] = ½(−23.4375 − 58 − 48) = −64.71875
        StyblinskiTang f = new StyblinskiTang(Map.of("dim", 3));
        assertEquals(-64.71875, f.value(new double[] {1.5, -2, 3}), 1e-12);
        assertEquals(0.0, f.value(new double[3]), 0.0);
    }
}

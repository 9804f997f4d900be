package org.xhpo.objective.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@link TestFunctionContract} plus the {@code dim} setting of the d-dimensional functions. */
abstract class ScalableFunctionContract extends TestFunctionContract {

    /** The smallest dimension the function accepts. */
    abstract int minDim();

    /** The domain's lower bound, the same in every coordinate. */
    abstract double low();

    /** The domain's upper bound, the same in every coordinate. */
    abstract double high();

    /** The published optimum in d dimensions. */
    abstract double publishedOptimum(int d);

    @Override
    double publishedOptimum() {
        return publishedOptimum(2);
    }

    @Override
    double[] expectedLow() {
        return filled(2, low());
    }

    @Override
    double[] expectedHigh() {
        return filled(2, high());
    }

    static double[] filled(int d, double v) {
        double[] a = new double[d];
        Arrays.fill(a, v);
        return a;
    }

    @Test
    void defaultDimensionIsTwo() {
        assertEquals(2, create().dimension());
    }

    @Test
    void dimSettingScalesSpaceAndOptimum() {
        TestFunction f = create(Map.of("dim", 5));
        assertEquals(5, f.dimension());
        assertEquals(List.of("x1", "x2", "x3", "x4", "x5"), f.defaultSpace().orElseThrow().names());
        assertEquals(publishedOptimum(5), f.value(f.optimumLocation()), 1e-4);
        assertEquals(publishedOptimum(5), f.optimumValue(), 1e-4);
    }

    @Test
    void dimZeroIsRefusedByPath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> create(Map.of("dim", 0)));
        assertTrue(e.getMessage().startsWith("objective.settings.dim: must be >= " + minDim()), e.getMessage());
    }

    @Test
    void dimBelowMinimumIsRefusedByPath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> create(Map.of("dim", minDim() - 1)));
        assertTrue(e.getMessage().contains("objective.settings.dim"), e.getMessage());
        assertEquals(minDim(), create(Map.of("dim", minDim())).dimension());
    }

    @Test
    void fractionalDimIsRefusedByPath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> create(Map.of("dim", 2.5)));
        assertTrue(e.getMessage().startsWith("objective.settings.dim: expected a whole number"), e.getMessage());
    }
}

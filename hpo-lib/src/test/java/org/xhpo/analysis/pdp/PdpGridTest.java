package org.xhpo.analysis.pdp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;

class PdpGridTest {
    @Test
    void categoricalGridIsTheCellCentresAndMapsBackToEachChoice() {
        CategoricalParameter c = new CategoricalParameter("opt", List.of("sgd", "adam", "rmsprop", "adagrad"), null, null);
        double[] g = PdpGrid.unitGrid(c, 20);
        assertArrayEquals(new double[] {0.125, 0.375, 0.625, 0.875}, g, 1e-15);
        for (int j = 0; j < g.length; j++) {
            assertEquals(c.choices().get(j), c.fromUnit(g[j]));
        }
    }

    @Test
    void smallIntegerRangeEnumeratesItsValues() {
        IntParameter p = new IntParameter("layers", 1, 4, false, 1, null, null);
        double[] g = PdpGrid.unitGrid(p, 20);
        assertEquals(4, g.length);
        for (int j = 0; j < 4; j++) {
            assertEquals(1L + j, p.fromUnit(g[j]));
        }
    }

    @Test
    void continuousGridIsEvenCellCentres() {
        double[] g = PdpGrid.unitGrid(new FloatParameter("lr", 1e-4, 1e-1, true, null, null), 4);
        assertArrayEquals(new double[] {0.125, 0.375, 0.625, 0.875}, g, 1e-15);
        assertThrows(IllegalArgumentException.class, () -> PdpGrid.unitGrid(new FloatParameter("x", 0, 1, false, null, null), 1));
    }

    @Test
    void importanceIsSdForNumbersAndQuarterRangeForLabels() {
        // sample sd of {1, 2, 3, 4} = sqrt(5/3); (4 - 1)/4 = 0.75 (Greenwell et al. 2018)
        assertEquals(Math.sqrt(5.0 / 3), PdpGrid.importance(new double[] {1, 2, 3, 4}, false), 1e-12);
        assertEquals(0.75, PdpGrid.importance(new double[] {1, 2, 3, 4}, true), 1e-12);
    }
}

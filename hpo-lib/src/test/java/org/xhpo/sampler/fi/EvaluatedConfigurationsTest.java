package org.xhpo.sampler.fi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Condition;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.SearchSpace;

class EvaluatedConfigurationsTest {
    private static final SearchSpace SPACE = new SearchSpace(List.of(
            new FloatParameter("lr", 1e-4, 1e-1, true, null, null),
            new IntParameter("layers", 1, 6, false, 1, null, null),
            new CategoricalParameter("opt", List.of("sgd", "adam"), null, null),
            new FloatParameter("momentum", 0, 1, false, null, new Condition(Map.of("opt", List.of("sgd"))))));

    @Test
    void equalityIsOnTheDecodedConfigurationInUnitCellsOfOneMillionth() {
        EvaluatedConfigurations seen = new EvaluatedConfigurations(SPACE);
        assertTrue(seen.add(SPACE.fromUnit(new double[] {0.5, 0.10, 0.2, 0.3})));
        // the same int cell (layers: 6 cells of width 1/6), categorical cell and a float 1e-8 away in unit space
        assertTrue(seen.contains(SPACE.fromUnit(new double[] {0.5 + 1e-8, 0.15, 0.4, 0.3})));
        assertFalse(seen.add(SPACE.fromUnit(new double[] {0.5, 0.16, 0.49, 0.3 + 1e-8})));
        // another int value, another float value (1e-5 apart in unit space), another active set
        assertFalse(seen.contains(SPACE.fromUnit(new double[] {0.5, 0.17, 0.2, 0.3})));
        assertFalse(seen.contains(SPACE.fromUnit(new double[] {0.5 + 1e-5, 0.10, 0.2, 0.3})));
        assertTrue(seen.add(SPACE.fromUnit(new double[] {0.5, 0.10, 0.7, 0.3})));
        // with opt = adam, momentum is inactive: its coordinate no longer matters
        assertFalse(seen.add(SPACE.fromUnit(new double[] {0.5, 0.10, 0.7, 0.9})));
        assertEquals(2, seen.size());
    }
}

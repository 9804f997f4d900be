package org.xhpo.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xhpo.study.Direction;

class SamplerFactoryTest {
    @Test
    void knownNamesBuildTheirSamplers() {
        assertTrue(SamplerFactory.names().containsAll(Set.of("random", "grid", "sobol", "tpe")));
        assertInstanceOf(GridSampler.class, SamplerFactory.create("grid", Map.of("grid_points", 3), SamplerContract.space(), Direction.MINIMIZE, 1));
        assertInstanceOf(SobolSampler.class, SamplerFactory.create("sobol", Map.of(), SamplerContract.space(), Direction.MINIMIZE, 1));
        assertInstanceOf(org.xhpo.sampler.cmaes.CmaEsSampler.class,
                SamplerFactory.create("cmaes", Map.of(), SamplerContract.space(), Direction.MINIMIZE, 1));
    }

    @Test
    void badNamesAndSettingsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SamplerFactory.create("sobl", Map.of(), SamplerContract.space(), Direction.MINIMIZE, 1));
        assertTrue(e.getMessage().startsWith("sampler: unknown sampler 'sobl' (did you mean 'sobol'?); known: ["), e.getMessage());
        IllegalArgumentException g = assertThrows(IllegalArgumentException.class,
                () -> SamplerFactory.create("grid", Map.of("grid_points", 1), SamplerContract.space(), Direction.MINIMIZE, 1));
        assertEquals("sampler.settings.grid_points: must be >= 2, got 1", g.getMessage());
    }
}

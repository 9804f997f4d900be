package org.xhpo.sampler.gp;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerContract;
import org.xhpo.sampler.bench.SamplerRun;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/** GP-BO against the sampler contract, and on Branin. */
class GpSamplerTest extends SamplerContract {
    @Override
    protected Sampler create(SearchSpace space, long seed) {
        return new GpSampler(space, Direction.MINIMIZE, Map.of("n_startup_trials", 4, "candidates", 200, "local_steps", 10));
    }

    @Test
    void findsBraninsOptimumWithinFiftyTrials() {
        // Branin's global minimum is 5/(4π) = 0.397887 (Surjanovic & Bingham); batches of 5
        double best = SamplerRun.run("gp", Map.of(), "branin", 3, 50, 5).bestSoFar()[49];
        assertTrue(best < 0.41, "best " + best);
        double random = SamplerRun.run("random", Map.of(), "branin", 3, 50, 5).bestSoFar()[49];
        assertTrue(best < random, "GP " + best + " vs random " + random);
    }

    @Test
    void badSettingsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GpSampler(space(), Direction.MINIMIZE, Map.of("acquisition", "eii")));
        assertTrue(e.getMessage().startsWith("sampler.settings.acquisition: expected one of [ei, pi, ucb]"));
        assertThrows(IllegalArgumentException.class, () -> new GpSampler(space(), Direction.MINIMIZE, Map.of("batch_strategy", "x")));
    }
}

package org.xhpo.sampler.gp;

import java.util.Map;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerContract;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/** GP-BO with {@code output_warping: auto} (power or none, per round) against the sampler contract. */
class GpAutoWarpingContractTest extends SamplerContract {
    @Override
    protected Sampler create(SearchSpace space, long seed) {
        return new GpSampler(space, Direction.MINIMIZE,
                Map.of("n_startup_trials", 4, "candidates", 200, "local_steps", 10, "output_warping", "auto"));
    }
}

package org.xhpo.sampler.tpe;

import java.util.Map;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerContract;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * TPE with every one of Watanabe 2023's components switched on (the recommended set: sqrt split, uniform
 * weights, Scott's bandwidth, the 0.01 width floor, categorical kernel weight 0.2) against the shared
 * sampler contract: bounds, steps, categoricals, conditionals, determinism, resume.
 */
class TpeWatanabeContractTest extends SamplerContract {
    @Override
    protected Sampler create(SearchSpace space, long seed) {
        return new TpeSampler(space, Direction.MINIMIZE, Map.of("n_startup_trials", 4, "gamma_strategy", "sqrt",
                "weights", "uniform", "bandwidth", "scott", "magic_clip_exponent", 10.0, "categorical_prior_weight", 0.2));
    }
}

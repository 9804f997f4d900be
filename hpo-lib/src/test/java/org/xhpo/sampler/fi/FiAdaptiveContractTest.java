package org.xhpo.sampler.fi;

import java.util.Map;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerContract;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/** The adaptive mode against the shared sampler contract, with a short random phase so ladders are reached. */
class FiAdaptiveContractTest extends SamplerContract {
    @Override
    protected Sampler create(SearchSpace space, long seed) {
        return new FeatureImportanceSearch(space, Direction.MINIMIZE, seed,
                Map.of("mode", "adaptive", "k", 7, "probe", 20));
    }
}

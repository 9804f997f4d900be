package org.xhpo.sampler.fi;

import java.util.Map;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerContract;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/** The adaptive mode with {@code importance: global} (the paper's W and path) against the shared sampler contract. */
class FiAdaptiveGlobalContractTest extends SamplerContract {
    @Override
    protected Sampler create(SearchSpace space, long seed) {
        return new FeatureImportanceSearch(space, Direction.MINIMIZE, seed,
                Map.of("mode", "adaptive", "k", 7, "probe", 20, "importance", "global"));
    }
}

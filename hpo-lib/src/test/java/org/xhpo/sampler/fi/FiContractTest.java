package org.xhpo.sampler.fi;

import java.util.Map;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerContract;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/** Algorithm 1 against the shared sampler contract, with a short random phase so probes are reached. */
class FiContractTest extends SamplerContract {
    @Override
    protected Sampler create(SearchSpace space, long seed) {
        return new FeatureImportanceSearch(space, Direction.MINIMIZE, seed,
                Map.of("k", 7, "n", 4000, "probe", 20, "alpha", 0.002));
    }
}

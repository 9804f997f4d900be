package org.xhpo.sampler.cmaes;

import java.util.Map;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerContract;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/** CMA-ES against the shared sampler contract (its space has categoricals, integers and conditions). */
class CmaEsContractTest extends SamplerContract {
    @Override
    protected Sampler create(SearchSpace space, long seed) {
        return new CmaEsSampler(space, Direction.MINIMIZE, Map.of(), seed);
    }
}

package org.xhpo.sampler.tpe;

import java.util.Map;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerContract;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/** TPE against the shared sampler contract, past its random start-up phase. */
class TpeContractTest extends SamplerContract {
    @Override
    protected Sampler create(SearchSpace space, long seed) {
        return new TpeSampler(space, Direction.MINIMIZE, Map.of("n_startup_trials", 4));
    }
}

package org.xhpo.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.SearchSpace;

class RandomSamplerTest extends SamplerContract {
    @Override
    protected Sampler create(SearchSpace space, long seed) {
        return new RandomSampler(space);
    }

    @Test
    void marginalsFollowTheDeclaredDistributions() {
        SearchSpace s = new SearchSpace(List.of(new FloatParameter("lr", 1e-4, 1e-1, true, null, null),
                new IntParameter("k", 1, 5, false, 1, null, null)));
        List<Configuration> cs = new RandomSampler(s).ask(20_000, new SplittableRandom(8));
        long below = cs.stream().filter(c -> c.getDouble("lr") < Math.pow(10, -2.5)).count();
        assertEquals(0.5, below / 20_000.0, 0.015); // log-uniform: half the mass below the geometric midpoint
        for (long k = 1; k <= 5; k++) {
            long kk = k;
            assertEquals(0.2, cs.stream().filter(c -> c.get("k").equals(kk)).count() / 20_000.0, 0.015);
        }
    }
}

package org.xhpo.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Condition;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.TrialResult;

class GridSamplerTest extends SamplerContract {
    @Override
    protected Sampler create(SearchSpace space, long seed) {
        return new GridSampler(space, 4);
    }

    @Override
    protected boolean seedMatters() {
        return false;
    }

    @Test
    void gridOfAConditionalSpaceHasTheExactCount() {
        // optimizer=adam: lr(3) → 3 points; optimizer=sgd: momentum(3) × lr(3) = 9; total 12
        SearchSpace s = new SearchSpace(List.of(
                new CategoricalParameter("optimizer", List.of("sgd", "adam"), null, null),
                new FloatParameter("momentum", 0, 0.9, false, null, new Condition(Map.of("optimizer", List.of("sgd")))),
                new FloatParameter("lr", 1e-3, 1e-1, true, null, null)));
        GridSampler g = new GridSampler(s, 3);
        assertEquals(12, g.size());
        List<Configuration> all = g.ask(100, new SplittableRandom(0));
        assertEquals(12, all.size());
        assertEquals(12, new HashSet<>(all).size());
        assertEquals(List.of(1e-3, 1e-2, 1e-1), all.subList(0, 3).stream().map(c -> c.getDouble("lr")).map(v -> Math.round(v * 1e6) / 1e6).toList());
        assertTrue(g.ask(5, new SplittableRandom(0)).isEmpty(), "exhausted grid proposes nothing");
    }

    @Test
    void integerGridValuesRespectSteps() {
        // 4 points evenly spaced on [32, 256]: 32, 106.7, 181.3, 256, rounded to the step of 32
        assertEquals(List.of(32L, 96L, 192L, 256L), GridSampler.values(new IntParameter("b", 32, 256, false, 32, null, null), 4));
        assertEquals(List.of(1L, 2L, 3L), GridSampler.values(new IntParameter("k", 1, 3, false, 1, null, null), 5));
    }

    @Test
    void resumedGridContinuesWithTheRemainingPoints() {
        SearchSpace s = new SearchSpace(List.of(new IntParameter("k", 1, 6, false, 1, null, null)));
        GridSampler a = new GridSampler(s, 6);
        List<Configuration> first = a.ask(4, new SplittableRandom(0));
        GridSampler b = new GridSampler(s, 6);
        List<TrialResult> told = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            told.add(ok(i, 0, first.get(i), 0));
        }
        b.tell(told);
        assertEquals(List.of(5L, 6L), b.ask(10, new SplittableRandom(0)).stream().map(c -> c.get("k")).toList());
    }

    @Test
    void hugeGridIsRefused() {
        List<org.xhpo.space.Parameter> ps = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ps.add(new FloatParameter("x" + i, 0, 1, false, null, null));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GridSampler(new SearchSpace(ps), 5));
        assertTrue(e.getMessage().startsWith("sampler.settings.grid_points: the grid would have more than 10000000 points"));
    }
}

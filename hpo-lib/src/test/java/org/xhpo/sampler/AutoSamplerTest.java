package org.xhpo.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Seeds;
import org.xhpo.study.TrialResult;

/** The auto sampler: the contract (its tree space goes to TPE), the rule, hand-over and resume. */
class AutoSamplerTest extends SamplerContract {
    @Override
    protected Sampler create(SearchSpace space, long seed) {
        return new AutoSampler(space, Direction.MINIMIZE, Map.of(), seed);
    }

    private static SearchSpace numeric() {
        return new SearchSpace(List.of(new FloatParameter("lr", 1e-5, 1e-1, true, null, null),
                new IntParameter("batch", 32, 256, false, 32, null, null),
                new CategoricalParameter("nesterov", List.of(true, false), null, null)));
    }

    private static double f(Configuration c) {
        double v = Math.abs(Math.log10(c.getDouble("lr")) + 3) + c.getDouble("batch") / 256.0;
        return Boolean.TRUE.equals(c.get("nesterov")) ? v : v + 0.3;
    }

    @Test
    void treeSpacesGoToTpeAndNumericSpacesToGpThenCmaes() {
        assertTrue(AutoSampler.needsTree(space()));
        assertFalse(AutoSampler.needsTree(numeric()));
        AutoSampler tree = new AutoSampler(space(), Direction.MINIMIZE, Map.of(), 1);
        assertEquals("tpe", tree.choose(0));
        assertEquals("tpe", tree.choose(1000));
        AutoSampler num = new AutoSampler(numeric(), Direction.MINIMIZE, Map.of(), 1);
        assertEquals("gp", num.choose(99));
        assertEquals("cmaes", num.choose(100));
    }

    @Test
    void handsOverAtGpTrialsNamesTheChoiceAndResumesTheSame() {
        long seed = 21;
        Map<String, Object> settings = Map.of("gp_trials", 12);
        AutoSampler a = new AutoSampler(numeric(), Direction.MINIMIZE, settings, seed);
        List<String> labels = new ArrayList<>();
        List<TrialResult> history = new ArrayList<>();
        List<List<Configuration>> batches = new ArrayList<>();
        long id = 0;
        for (int r = 0; r < 5; r++) {
            List<Configuration> cs = a.ask(4, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, r)));
            labels.add("auto/" + a.stage().orElseThrow());
            batches.add(cs);
            List<TrialResult> rs = new ArrayList<>();
            for (Configuration c : cs) {
                rs.add(ok(id++, r, c, f(c)));
            }
            if (r < 4) {
                history.addAll(rs);
            }
            a.tell(rs);
        }
        assertEquals(List.of("auto/gp", "auto/gp", "auto/gp", "auto/cmaes", "auto/cmaes"), labels);
        AutoSampler b = new AutoSampler(numeric(), Direction.MINIMIZE, settings, seed);
        b.tell(history);
        assertEquals(batches.get(4), b.ask(4, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, 4))));
        assertEquals("cmaes", b.stage().orElseThrow());
    }
}

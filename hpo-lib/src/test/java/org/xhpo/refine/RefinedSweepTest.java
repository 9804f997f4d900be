package org.xhpo.refine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.analysis.RecommendationRow;
import org.xhpo.config.ConfigReader;
import org.xhpo.config.SweepConfig;
import org.xhpo.objective.ObjectiveSpec;
import org.xhpo.objective.functions.ExplainBenchmark;
import org.xhpo.sampler.RandomSampler;
import org.xhpo.space.Configuration;
import org.xhpo.space.FixedParameter;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/** xhpo refine's config: recommendations → a sweep file the config reader accepts, whose ranges hold. */
class RefinedSweepTest {
    private static final SearchSpace STORED = new ExplainBenchmark(Map.of()).defaultSpace().orElseThrow();

    /** A row as Recommendations writes it: fix rows carry their value, tune rows their range. */
    static RecommendationRow rec(String p, String action, double lo, double hi) {
        boolean fix = action.equals("fix");
        String v = fix ? String.valueOf(STORED.get(p).fromUnit(lo)) : null;
        return new RecommendationRow(p, "", action, lo, hi, null, null, null, List.of(), v, fix ? "best_trial" : null,
                null, "hsic,shap", "hsic: S=0.12, p=0.01; shap: favourable " + lo, "uniform");
    }

    @Test
    void refinedConfigReadsBackAndItsNarrowedRangesHold() {
        List<RecommendationRow> recs = List.of(rec("lr", "tune", 0.3, 0.7), rec("momentum", "tune", 0.6, 1.0),
                rec("noise1", "fix", 0.5, 0.5), rec("noise2", "fix", 0.25, 0.25),
                rec("optimizer", "fix", 0.75, 0.75), rec("width", "fix", 0.4, 0.4), rec("a", "tune", Double.NaN, Double.NaN),
                rec("b", "abstain", 0.1, 0.2));
        RefinedSweep sweep = new RefinedSweep("eb-refined", 8, Direction.MINIMIZE, new ObjectiveSpec("explain_bench", Map.of()),
                "gp", Map.of("n_startup_trials", 5), 30, 5);
        String yaml = sweep.yaml("eb", STORED, recs);
        SweepConfig c = ConfigReader.parse(yaml, "refined.yaml"); // what xhpo run reads first
        assertEquals("eb-refined", c.study());
        assertEquals("gp", c.sampler().name());
        assertEquals(30, c.budget().trials());
        SearchSpace s = c.space();
        assertEquals(List.of("lr", "momentum", "a", "b"), s.names(), yaml);
        FloatParameter lr = (FloatParameter) s.get("lr");
        assertEquals((Double) STORED.get("lr").fromUnit(0.3), lr.low(), 1e-12);
        assertEquals((Double) STORED.get("lr").fromUnit(0.7), lr.high(), 1e-12);
        assertTrue(lr.log());
        assertEquals(STORED.get("b"), s.get("b"), "abstain: no advice, kept as declared");
        assertTrue(s.fixed().contains(new FixedParameter("optimizer", "adam")), s.fixed().toString());
        assertTrue(s.fixed().contains(new FixedParameter("noise1", 0.5)), s.fixed().toString());
        assertTrue(s.fixed().contains(new FixedParameter("noise2", 0.25)));
        assertTrue(s.fixed().contains(new FixedParameter("width", STORED.get("width").fromUnit(0.4))));
        assertTrue(yaml.contains("  # beta: left out"), yaml);
        assertTrue(yaml.contains("lr: {type: float") && yaml.contains("supported by hsic,shap: hsic: S=0.12, p=0.01"),
                yaml);
        assertTrue(yaml.contains("noise2: {type: fixed, value: 0.25}   # fix at 0.25 (best_trial)"), yaml);
        RandomSampler r = new RandomSampler(s);
        for (Configuration cfg : r.ask(50, new SplittableRandom(3))) {
            double v = cfg.getDouble("lr");
            assertTrue(v >= lr.low() && v <= lr.high() && cfg.getDouble("momentum") >= 0.6, cfg.toString());
            assertEquals("adam", cfg.get("optimizer"));
            assertTrue(!cfg.has("beta"));
        }
    }
}

package org.xhpo.refine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.ExplainInput;
import org.xhpo.analysis.RecommendationRow;
import org.xhpo.analysis.Recommendations;
import org.xhpo.analysis.RegionBox;
import org.xhpo.objective.TrialContext;
import org.xhpo.objective.functions.ExplainBenchmark;
import org.xhpo.sampler.RandomSampler;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Condition;
import org.xhpo.space.Configuration;
import org.xhpo.space.FixedParameter;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * The refined space from recommendation rows: joint regions keep their bounds on both parameters,
 * a categorical keeps its good choices, separate regions give their hull, fix rows their value,
 * abstain rows the declared range; and on rows the analysis library itself produced (explain_bench).
 */
class RefinedSpaceTest {
    private static final SearchSpace SPACE = new SearchSpace(List.of(
            new FloatParameter("x", 0.0, 1.0, false, null, null),
            new FloatParameter("y", 0.0, 10.0, false, null, null),
            new CategoricalParameter("opt", List.of("sgd", "adam", "rmsprop"), null, null),
            new FloatParameter("beta", 0.0, 1.0, false, null, new Condition(Map.of("opt", List.of("sgd")))),
            new IntParameter("w", 16, 512, true, 1, null, null),
            new FloatParameter("z", 0.0, 1.0, false, null, null),
            new FloatParameter("q", 0.0, 1.0, false, null, null)));

    private static RecommendationRow tune(String p, List<RegionBox> boxes, String with, String values) {
        return new RecommendationRow(p, "", "tune", Double.NaN, Double.NaN, null, null, values, boxes, null, null,
                with, "hsic", "hsic: S=0.2, p=0.001 (benjamini-hochberg-adjusted significant)", "uniform");
    }

    @Test
    void jointRegionCategoricalChoicesSeparateRegionsFixAndAbstain() {
        // the pair (x, y): two cells, x ∈ [0, 0.25] & y ∈ [7.5, 10] or x ∈ [0.25, 0.5] & y ∈ [5, 7.5]
        List<RegionBox> pair = List.of(new RegionBox(0, "x", 0, 0.25), new RegionBox(0, "y", 0.75, 1),
                new RegionBox(1, "x", 0.25, 0.5), new RegionBox(1, "y", 0.5, 0.75));
        List<RecommendationRow> rows = List.of(tune("x", pair, "y", "cells"), tune("y", pair, "x", "cells"),
                // adam and rmsprop good, sgd (beta's parent value) bad: beta can never be active
                tune("opt", List.of(new RegionBox(0, "opt", 1 / 3.0, 2 / 3.0), new RegionBox(1, "opt", 2 / 3.0, 1)),
                        null, "adam,rmsprop"),
                tune("z", List.of(new RegionBox(0, "z", 0.1, 0.2), new RegionBox(1, "z", 0.7, 0.8)), null,
                        "[0.1, 0.2]; [0.7, 0.8]"),
                new RecommendationRow("w", "", "fix", 0.4, 0.4, "64", "64", null, List.of(), "64", "cheap_end", null,
                        "hsic", "cost", "uniform"),
                new RecommendationRow("q", "", "abstain", Double.NaN, Double.NaN, null, null, null, List.of(), null,
                        null, null, "", "no advice: only 12 finished trials", "uniform"));
        RefinedSpace r = RefinedSpace.from(SPACE, rows);
        SearchSpace s = r.space();
        FloatParameter x = (FloatParameter) s.get("x");
        FloatParameter y = (FloatParameter) s.get("y");
        assertEquals(0.0, x.low(), 1e-12);
        assertEquals(0.5, x.high(), 1e-12, "x: the joint region's bounds (hull of its cells)");
        assertEquals(5.0, y.low(), 1e-12);
        assertEquals(10.0, y.high(), 1e-12, "y: the joint region's bounds too");
        assertEquals(List.of("adam", "rmsprop"), ((CategoricalParameter) s.get("opt")).choices());
        assertEquals(-1, s.indexOf("beta"), "sgd is gone, so beta is never active: " + s);
        assertTrue(r.notes().get("beta").startsWith("left out"), r.notes().toString());
        FloatParameter z = (FloatParameter) s.get("z");
        assertEquals(0.1, z.low(), 1e-12);
        assertEquals(0.8, z.high(), 1e-12, "separate regions: their hull");
        assertTrue(r.notes().get("z").contains("[0.1, 0.2]; [0.7, 0.8]"), r.notes().get("z"));
        assertTrue(s.fixed().contains(new FixedParameter("w", 64L)), s.fixed().toString());
        assertTrue(r.notes().get("w").contains("cheap_end"), r.notes().get("w"));
        assertEquals(SPACE.get("q"), s.get("q"), "abstain: as declared");
        assertTrue(r.notes().get("x").contains("tune jointly with y") && r.notes().get("x").contains("p=0.001"),
                r.notes().get("x"));
        for (Configuration c : new RandomSampler(s).ask(100, new SplittableRandom(1))) {
            assertTrue(c.getDouble("x") <= 0.5 && c.getDouble("y") >= 5 && !c.get("opt").equals("sgd"), c.toString());
        }
    }

    @Test
    void oneGoodChoiceFixesTheCategoricalAndKeepsItsChild() {
        RecommendationRow opt = tune("opt", List.of(new RegionBox(0, "opt", 0, 1 / 3.0)), null, "sgd");
        SearchSpace s = RefinedSpace.from(SPACE, List.of(opt)).space();
        assertTrue(s.fixed().contains(new FixedParameter("opt", "sgd")), s.fixed().toString());
        assertEquals(SPACE.get("beta").name(), s.get("beta").name(), "sgd activates beta: " + s);
    }

    /** Rows the analysis library produces on 300 random explain_bench trials, turned into a space. */
    @Test
    void rowsOfTheLibraryOnExplainBench() {
        ExplainBenchmark f = new ExplainBenchmark(Map.of());
        SearchSpace space = f.defaultSpace().orElseThrow();
        List<TrialResult> trials = new ArrayList<>();
        RandomSampler sampler = new RandomSampler(space);
        List<Configuration> cs = sampler.ask(300, new SplittableRandom(11));
        for (int i = 0; i < cs.size(); i++) {
            var e = f.evaluate(cs.get(i), TrialContext.of(i, 1000 + i));
            trials.add(new TrialResult(new Trial(i, 0, 1000 + i, cs.get(i)), TrialStatus.OK, e.value(), e.metrics(),
                    null, Instant.EPOCH, Instant.EPOCH, "random"));
        }
        AnalysisSettings settings = new AnalysisSettings(true, 0.1, "std", 50, 5_000, 20, 3, false, 2, 10, 20,
                List.of("width"));
        List<RecommendationRow> rows = new Recommendations().explain(ExplainInput.fromTrials(space, trials,
                Direction.MINIMIZE), settings, 5).rows();
        RefinedSpace refined = RefinedSpace.from(space, rows);
        String table = rows.stream().map(Object::toString).reduce("", (a, b) -> a + "\n" + b);
        RecommendationRow a = rows.stream().filter(r -> r.parameter().equals("a")).findFirst().orElseThrow();
        assertEquals("b", a.tuneWith(), table);
        assertFalse(a.regions().isEmpty(), table);
        for (String p : List.of("a", "b")) { // the pair keeps the joint region's bounds on both parameters
            RecommendationRow row = rows.stream().filter(r -> r.parameter().equals(p)).findFirst().orElseThrow();
            double lo = row.regions().stream().filter(x -> x.parameter().equals(p)).mapToDouble(RegionBox::unitLow)
                    .min().orElseThrow();
            double hi = row.regions().stream().filter(x -> x.parameter().equals(p)).mapToDouble(RegionBox::unitHigh)
                    .max().orElseThrow();
            FloatParameter got = (FloatParameter) refined.space().get(p);
            assertEquals(lo, got.low(), 1e-12, p + table);
            assertEquals(hi, got.high(), 1e-12, p + table);
        }
        for (RecommendationRow r : rows) {
            if (r.action().equals("fix")) {
                Parameter p = space.get(r.parameter());
                Object v = refined.space().fixed().stream().filter(x -> x.name().equals(p.name())).findFirst()
                        .orElseThrow(() -> new AssertionError(p.name() + " fixed" + table)).value();
                assertEquals(r.fixValue(), String.valueOf(v), table);
            }
        }
        assertTrue(refined.space().fixed().stream().anyMatch(x -> x.name().equals("width")),
                "cost parameter: " + table);
    }
}

package org.xhpo.sampler.hsicgpbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.TrialContext;
import org.xhpo.objective.functions.ExplainBenchmark;
import org.xhpo.sampler.RandomSampler;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerContract;
import org.xhpo.sampler.SearchDecision;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Seeds;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * HSIC-GPBO: the sampler contract, and on explain_bench (known ground truth) the focus stage's
 * choices, the stage sizes and labels, and resumption inside every stage.
 */
class HsicGpboSamplerTest extends SamplerContract {
    private static final int BUDGET = 150;
    private static final int BATCH = 10;
    private static final SearchSpace SPACE = new ExplainBenchmark(Map.of()).defaultSpace().orElseThrow();

    @Override
    protected Sampler create(SearchSpace space, long seed) {
        return HsicGpboSampler.create(Map.of("permutations", 20), space, Direction.MINIMIZE, seed, 30);
    }

    /** One study on explain_bench as the driver runs it: the labelled proposals and results. */
    private record Run(List<TrialResult> results, List<String> stages, Sampler sampler) {
        double best() {
            return results.stream().mapToDouble(TrialResult::value).min().orElseThrow();
        }
    }

    private static Run run(Sampler s, long seed, List<TrialResult> history) throws Exception {
        return run(s, seed, history, BUDGET);
    }

    /** The study until {@code until} trials (of the budget of 150). */
    private static Run run(Sampler s, long seed, List<TrialResult> history, int until) throws Exception {
        return run(s, seed, history, until, new ExplainBenchmark(Map.of()));
    }

    /** The study of {@code f} until {@code until} trials. */
    private static Run run(Sampler s, long seed, List<TrialResult> history, int until, ExplainBenchmark f)
            throws Exception {
        List<TrialResult> all = new ArrayList<>(history);
        List<String> stages = new ArrayList<>();
        s.tell(history);
        int round = history.isEmpty() ? 0 : history.get(history.size() - 1).trial().round() + 1;
        while (all.size() < until) {
            List<Configuration> cs = s.ask(Math.min(BATCH, until - all.size()),
                    new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, round)));
            assertTrue(!cs.isEmpty());
            List<TrialResult> rs = new ArrayList<>();
            for (Configuration c : cs) {
                long id = all.size() + rs.size();
                long ts = Seeds.derive(seed, Seeds.Purpose.TRIAL, id);
                Evaluation e = f.evaluate(c, TrialContext.of(id, ts));
                rs.add(new TrialResult(new Trial(id, round, ts, c), TrialStatus.OK, e.value(), e.metrics(), null, null, null,
                        "t"));
                stages.add(s.stage().orElse("-"));
            }
            s.tell(rs);
            all.addAll(rs);
            round++;
        }
        return new Run(all, stages, s);
    }

    private static Sampler hsicGpbo(long seed) {
        return HsicGpboSampler.create(Map.of("costs", List.of("flops")), SPACE,
                Direction.MINIMIZE, seed, BUDGET);
    }

    private static Sampler hsicGpbo(long seed, String costFloor) {
        return HsicGpboSampler.create(Map.of("costs", List.of("flops"), "cost_floor", costFloor), SPACE,
                Direction.MINIMIZE, seed, BUDGET);
    }

    private static double median(List<Double> v) {
        List<Double> c = new ArrayList<>(v);
        java.util.Collections.sort(c);
        return c.get(c.size() / 2);
    }

    private static long fixedWidth(HsicGpboSampler s) {
        SearchDecision d = s.decisions().stream().filter(x -> x.stage().equals("focus") && x.parameter().equals("width"))
                .findFirst().orElseThrow();
        assertEquals("fix-cost", d.action(), d.toString());
        return Long.parseLong(d.value());
    }

    /**
     * The evidence on explain_bench (costs named: flops), seeds 0–4, budget 150, batches of
     * 10: the median over seeds of HSIC-GPBO's selected model (best focus or fine-tuning trial) is
     * better than the median best of random search at the same budget; the focus stage tunes only
     * parameters that matter (never noise1, noise2); width is fixed as a cost driver near its
     * loss-free cheap end 64. Tolerance: in at least 4 of 5 seeds the fixed width lies in [58, 256],
     * i.e. its loss penalty 0.2·log2(64/w) is at most 0.03 (the size of random search's median best)
     * and its FLOPs at most 16× those of width 64. The earlier floor (cheapest of the 5 best
     * exploration trials, {@code cost_floor: best5_min}) fails both (measured: widths 30–52 in four
     * seeds, selected median 0.130 against random's 0.027), so the check can fail.
     */
    @Test
    void withTheCostCutItBeatsRandomSearchAndFixesWidthNearItsLossFreeEnd() throws Exception {
        List<String> truth = List.of("lr", "momentum", "a", "b", "optimizer", "beta");
        List<Double> random = new ArrayList<>();
        List<Double> selected = new ArrayList<>();
        List<Double> earlier = new ArrayList<>();
        int nearCheapEnd = 0;
        int earlierNearCheapEnd = 0;
        StringBuilder widths = new StringBuilder();
        for (long seed = 0; seed <= 4; seed++) {
            random.add(run(new RandomSampler(SPACE), seed, List.of()).best());
            HsicGpboSampler s = (HsicGpboSampler) run(hsicGpbo(seed), seed, List.of()).sampler();
            selected.add(s.selected().orElseThrow().value());
            for (SearchDecision d : s.decisions()) {
                if (d.stage().equals("focus") && d.action().equals("tune")) {
                    assertTrue(truth.contains(d.parameter()), "seed " + seed + ": focus tunes " + d);
                }
            }
            long w = fixedWidth(s);
            nearCheapEnd += w >= 58 && w <= 256 ? 1 : 0;
            HsicGpboSampler old = (HsicGpboSampler) run(hsicGpbo(seed, CheapValues.BEST5_MIN), seed, List.of()).sampler();
            earlier.add(old.selected().orElseThrow().value());
            long ow = fixedWidth(old);
            earlierNearCheapEnd += ow >= 58 && ow <= 256 ? 1 : 0;
            widths.append(" seed ").append(seed).append(": ").append(w).append(" (earlier ").append(ow).append(")");
        }
        String got = "random " + random + ", hsic-gpbo " + selected + ", earlier floor " + earlier + ";" + widths;
        assertTrue(median(selected) < median(random), got);
        assertTrue(nearCheapEnd >= 4, got);
        // the earlier rule fails the same checks
        assertTrue(median(earlier) > median(random) && earlierNearCheapEnd < 4, got);
    }

    /**
     * The rule is not tuned to width 64: on held-out variants of explain_bench whose loss stops
     * depending on width at 200 and at 16 (the cheap end of the range: width never matters), seeds
     * 0–4, HSIC-GPBO's selected model is still better than random search's best (medians over the
     * seeds). At 200 the fixed widths are more often below the loss-free value than at 64 (measured
     * 102–224; benchmarks/RESULTS.md); at 16 the rule pays in cost (widths about the middle of the
     * range), which is the direction it errs in by design ({@link CheapValues}).
     */
    @Test
    void onHeldOutLossFreeWidthsItStillBeatsRandomSearch() throws Exception {
        for (int free : new int[] {200, 16}) {
            ExplainBenchmark f = new ExplainBenchmark(Map.of("free_width", free));
            List<Double> random = new ArrayList<>();
            List<Double> selected = new ArrayList<>();
            for (long seed = 0; seed <= 4; seed++) {
                random.add(run(new RandomSampler(SPACE), seed, List.of(), BUDGET, f).best());
                HsicGpboSampler s = (HsicGpboSampler) run(hsicGpbo(seed), seed, List.of(), BUDGET, f).sampler();
                selected.add(s.selected().orElseThrow().value());
            }
            assertTrue(median(selected) < median(random), "free_width " + free + ": random " + random
                    + ", hsic-gpbo " + selected);
        }
    }

    @Test
    void focusTunesTheSignificantParametersAndFixesNoiseAndTheCostParameterNearItsCheapEnd() throws Exception {
        Run r = run(hsicGpbo(2), 2, List.of());
        List<SearchDecision> ds = ((HsicGpboSampler) r.sampler()).decisions();
        TreeSet<String> tuned = new TreeSet<>();
        for (SearchDecision d : ds) {
            if (d.stage().equals("focus") && d.action().equals("tune")) {
                tuned.add(d.parameter());
            }
        }
        String table = ds.stream().map(Object::toString).reduce("", (a, b) -> a + "\n" + b);
        // 60 exploration trials give HSIC little power: the focus set is a subset of the parameters that
        // matter (see the next test); for this seed it holds momentum, optimizer and beta
        assertTrue(tuned.containsAll(List.of("momentum", "optimizer", "beta")), tuned + table);
        assertTrue(!tuned.contains("width") && !tuned.contains("noise2"), tuned + table);
        for (String noise : List.of("noise2")) {
            assertTrue(ds.stream().anyMatch(d -> d.stage().equals("focus") && d.parameter().equals(noise)
                    && d.action().equals("fix")), noise + table);
        }
        SearchDecision width = ds.stream().filter(d -> d.stage().equals("focus") && d.parameter().equals("width"))
                .findFirst().orElseThrow();
        assertEquals("fix-cost", width.action(), table);
        long w = Long.parseLong(width.value());
        // near the cheap end of the range that still reaches the best results (≥ 64 is free of loss, 16
        // costs 0.4); tolerance as in the next test: loss penalty ≤ 0.03, FLOPs ≤ 16× those of width 64
        assertTrue(w >= 58 && w <= 256, "width fixed near its cheapest sufficient value 64, got " + w + table);
        assertEquals(List.of("explore", "focus", "finetune"), r.stages().stream().distinct().toList());
        assertEquals(60, r.stages().stream().filter("explore"::equals).count());
        assertEquals(30, r.stages().stream().filter("finetune"::equals).count());
    }

    /**
     * The focus rule on explain_bench (ground truth: lr, momentum, a, b, optimizer, beta matter; width
     * only costs; noise1, noise2 nothing), 60 exploration trials, seeds 1–5. At this size goal-oriented
     * HSIC has little power (benchmarks/RESULTS.md: over 16 samples of 60 trials no selection rule
     * recovered all six; this one, BH at α = 0.1 over both targets, let a noise parameter in 2 of 32
     * times and missed 60 of 96), so the documented rule is: the focus stage tunes only parameters
     * that matter (the false-discovery control), every parameter that matters is tuned by the focus or
     * the fine-tuning stage (Table 4 caption: "then fine-tunes the remaining hyperparameters"), the
     * noise is never focused on, and width is fixed as a cost driver.
     */
    @Test
    void focusTunesOnlyWhatMattersAndEverythingThatMattersIsTunedByOneStage() throws Exception {
        List<String> truth = List.of("lr", "momentum", "a", "b", "optimizer", "beta");
        for (long seed = 1; seed <= 5; seed++) {
            Run r = run(hsicGpbo(seed), seed, List.of(), 70); // 60 explore + one focus batch
            HsicGpboSampler s = (HsicGpboSampler) r.sampler();
            TreeSet<String> tuned = new TreeSet<>();
            for (SearchDecision d : s.decisions()) {
                if (d.stage().equals("focus") && d.action().equals("tune")) {
                    tuned.add(d.parameter());
                }
            }
            String table = s.decisions().stream().map(Object::toString).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(truth.containsAll(tuned) && !tuned.isEmpty(), "seed " + seed + ": focus " + tuned + table);
            for (String p : truth) {
                boolean fixedForFinetune = s.decisions().stream().anyMatch(d -> d.stage().equals("focus")
                        && d.parameter().equals(p) && d.action().equals("fix"));
                boolean dropped = s.decisions().stream()
                        .anyMatch(d -> d.parameter().equals(p) && d.action().equals("drop"));
                assertTrue(tuned.contains(p) || fixedForFinetune || dropped, "seed " + seed + ": " + p + table);
            }
            assertTrue(s.decisions().stream()
                    .anyMatch(d -> d.parameter().equals("width") && d.action().equals("fix-cost")), "seed " + seed + table);
        }
    }

    /**
     * The method's model is chosen among the focus and fine-tuning trials (Table 4 caption), so it
     * carries the cost-driving value the focus stage fixed, even when an exploration trial is better.
     * Seed 2 with the earlier floor ({@code cost_floor: best5_min}, which fixes width at 38): the best
     * trial of the study is an exploration trial with width 153 (benchmarks/RESULTS.md), so the case
     * where selection and the best trial differ occurs.
     */
    @Test
    void theSelectedModelIsTheBestFocusOrFinetuneTrialAndCarriesTheCostCut() throws Exception {
        Run r = run(hsicGpbo(2, CheapValues.BEST5_MIN), 2, List.of());
        HsicGpboSampler s = (HsicGpboSampler) r.sampler();
        TrialResult selected = s.selected().orElseThrow();
        double bestLater = Double.POSITIVE_INFINITY;
        int bestExplore = 0;
        for (int i = 0; i < r.results().size(); i++) {
            if (r.stages().get(i).equals("explore")) {
                bestExplore = r.results().get(i).value() < r.results().get(bestExplore).value() ? i : bestExplore;
            } else {
                bestLater = Math.min(bestLater, r.results().get(i).value());
            }
        }
        assertTrue(r.results().get(bestExplore).value() < bestLater, "the case: an exploration trial is best overall");
        assertEquals(bestLater, selected.value());
        assertTrue(HsicGpboSampler.selectableStage(r.stages().get((int) selected.trial().id())));
        String width = s.decisions().stream().filter(d -> d.stage().equals("focus") && d.parameter().equals("width"))
                .findFirst().orElseThrow().value();
        assertEquals(Long.parseLong(width), ((Number) selected.trial().config().get("width")).longValue());
        assertTrue(!HsicGpboSampler.selectableStage("explore") && HsicGpboSampler.selectableStage("focus")
                && HsicGpboSampler.selectableStage("finetune") && !HsicGpboSampler.selectableStage("-"));
        // a resumed sampler that was only told the trials selects the same one
        HsicGpboSampler told = (HsicGpboSampler) hsicGpbo(2, CheapValues.BEST5_MIN);
        told.tell(r.results());
        assertEquals(selected.trial().id(), told.selected().orElseThrow().trial().id());
        HsicGpboSampler fresh = (HsicGpboSampler) hsicGpbo(2, CheapValues.BEST5_MIN);
        fresh.tell(r.results().subList(0, 60));
        assertTrue(fresh.selected().isEmpty(), "exploration trials alone select nothing");
    }

    @Test
    void resumingInsideEveryStageGivesTheIdenticalTable() throws Exception {
        Run full = run(hsicGpbo(5), 5, List.of());
        for (int cut : new int[] {30, 90, 130}) { // inside explore, focus and finetune (rounds of 10)
            Run resumed = run(hsicGpbo(5), 5, full.results().subList(0, cut));
            assertEquals(configs(full.results()), configs(resumed.results()), "resumed after " + cut + " trials");
            assertEquals(full.stages().subList(cut, BUDGET), resumed.stages(), "stage labels after " + cut);
            assertEquals(((HsicGpboSampler) full.sampler()).decisions(), ((HsicGpboSampler) resumed.sampler()).decisions());
        }
    }

    private static List<Map<String, Object>> configs(List<TrialResult> rs) {
        return rs.stream().map(r -> r.trial().config().values()).toList();
    }
}

package org.xhpo.sampler.hsicgpbo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.xhpo.sampler.ExplainedSampler;
import org.xhpo.sampler.RandomSampler;
import org.xhpo.sampler.SearchDecision;
import org.xhpo.sampler.gp.GpSampler;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Seeds;
import org.xhpo.study.TrialResult;

/**
 * {@code sampler: hsic-gpbo} — HSIC-GPBO of hsic-explainable-hpo.md (Table 4 and its caption) as one
 * resumable study in three stages, each proposing whole batches:
 * <ol>
 *   <li><b>explore</b> (trials 0 … E−1, E = ⌈explore·budget⌉ ≥ 10): uniform random configurations,
 *       so the unit values are uniform as P1 requires;</li>
 *   <li><b>focus</b> (E … E+F−1): {@link FocusPlan} on the ok exploration trials decides which
 *       parameters are impactful (goal-oriented HSIC), fixes cost drivers at their cheapest sufficient
 *       value and the rest at the best exploration trial's; batched GP-BO ({@link GpSampler}) searches
 *       the impactful parameters, starting from the best exploration trial's values of them;</li>
 *   <li><b>finetune</b> (E+F … budget): "it then fine-tunes the remaining hyperparameters that have no
 *       effect on execution time": GP-BO on the parameters the focus stage fixed at the exploration's
 *       best (neither impactful nor cost-driving), everything else at the focus stage's best trial.
 *       Skipped (F takes its share) when there is nothing to fine-tune.</li>
 * </ol>
 * Stages are told apart by trial id (the driver numbers trials 0, 1, … in proposal order), and
 * every decision is a pure function of the told trials, the settings and the study seed, so a
 * resumed study decides and proposes exactly what the uninterrupted one would. Each stage's GP is
 * told only the trials of its own stage (earlier trials were evaluated at other fixed values); the
 * finetune GP also gets the focus stage's best trial, which lies in its space.
 */
public final class HsicGpboSampler implements ExplainedSampler {
    /** The stage names, as written after {@code hsic-gpbo/} in the trials table. */
    public static final List<String> STAGES = List.of("explore", "focus", "finetune");

    private final SearchSpace space;
    private final Direction direction;
    private final HsicGpboSettings settings;
    private final long studySeed;
    private final TreeMap<Long, TrialResult> told = new TreeMap<>();
    private final Set<Configuration> evaluated = new HashSet<>();
    private FocusPlan focus;
    private GpSampler focusGp;
    private Finetune finetune;
    private String lastStage;

    /** The fine-tuning stage's space, GP and decisions. */
    private record Finetune(SearchSpace space, GpSampler gp, List<SearchDecision> decisions) {}

    /**
     * @param space the study's search space
     * @param direction minimize or maximize
     * @param settings the stage sizes and tests
     * @param studySeed the study seed (HSIC permutation tests derive from it)
     */
    public HsicGpboSampler(SearchSpace space, Direction direction, HsicGpboSettings settings, long studySeed) {
        this.space = space;
        this.direction = direction;
        this.settings = settings;
        this.studySeed = studySeed;
    }

    /** Builds the sampler from its config settings and the study's budget (-1 when unknown). */
    public static HsicGpboSampler create(Map<String, Object> settings, SearchSpace space, Direction direction,
                                         long studySeed, int budget) {
        return new HsicGpboSampler(space, direction, HsicGpboSettings.read(settings, budget), studySeed);
    }

    @Override
    public void tell(List<TrialResult> finished) {
        List<TrialResult> fresh = new ArrayList<>();
        for (TrialResult r : finished) {
            if (told.putIfAbsent(r.trial().id(), r) == null) {
                evaluated.add(r.trial().config());
                fresh.add(r);
            }
        }
        if (focusGp != null) {
            focusGp.tell(inStage(fresh, 1));
        }
        if (finetune != null) {
            finetune.gp().tell(inStage(fresh, 2));
        }
    }

    @Override
    public List<Configuration> ask(int n, SplittableRandom rng) {
        int done = told.size();
        int e = settings.exploreTrials();
        if (done < e) {
            lastStage = STAGES.get(0);
            return explore(Math.min(n, e - done), rng);
        }
        ensureFocus();
        int focusEnd = focusEnd();
        if (done < focusEnd) {
            lastStage = STAGES.get(1);
            int k = Math.min(n, focusEnd - done);
            Configuration start = done == settings.exploreTrials() ? focus.start() : null;
            List<Configuration> out = new ArrayList<>();
            if (start != null && !evaluated.contains(start)) {
                out.add(start);
            }
            focusGp.ask(k, rng).stream().filter(c -> !out.contains(c) && !evaluated.contains(c)).limit(k - out.size())
                    .forEach(out::add);
            return topUp(out, k, focus.space(), rng);
        }
        ensureFinetune();
        lastStage = STAGES.get(2);
        return topUp(new ArrayList<>(unseen(finetune.gp().ask(n, rng))), n, finetune.space(), rng);
    }

    @Override
    public Optional<String> stage() {
        return Optional.ofNullable(lastStage);
    }

    @Override
    public List<SearchDecision> decisions() {
        List<SearchDecision> out = new ArrayList<>();
        out.add(new SearchDecision(STAGES.get(0), "*", "sample", "uniform random",
                settings.exploreTrials() + " trials (explore " + settings.explore() + " of budget " + settings.budget()
                        + "), uniform in unit space (P1)"));
        if (focus != null) {
            out.addAll(focus.decisions());
        }
        if (finetune != null) {
            out.addAll(finetune.decisions());
        }
        return out;
    }

    /**
     * HSIC-GPBO's result: the best ok trial of the focus and fine-tuning stages. The exploration
     * trials are the sample the HSIC analysis is computed on, not candidates for the method's model:
     * the seed's HSIC-GPBO "first optimizes most impactful hyperparameters defined by HSIC with other
     * hyperparameters values chosen in order to improve cost efficiency. It then fine-tunes the
     * remaining hyperparameters" (hsic-explainable-hpo.md, Table 4 caption), so its model carries the
     * cost-efficient values; a wide exploration trial kept because it is best by validation would
     * not be the method's output (Table 4's Bateman row, where HSIC-GPBO's model, 3,291 params, has a
     * worse error than random search's, 3.49 vs 1.99 × 10⁻⁴, also shows a selection not over a
     * random sample). Empty until a focus or fine-tuning trial has finished ok.
     */
    public Optional<TrialResult> selected() {
        TrialResult best = null;
        for (TrialResult r : told.values()) {
            if (r.ok() && selectable(r.trial().id()) && (best == null || direction.better(r.value(), best.value()))) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a stage label ({@link #STAGES}) names a stage {@link #selected()} chooses from. */
    public static boolean selectableStage(String stage) {
        return STAGES.contains(stage) && !STAGES.get(0).equals(stage);
    }

    private boolean selectable(long id) {
        return id >= settings.exploreTrials(); // ids beyond the exploration stage are focus or fine-tuning trials
    }

    /** The first trial id of the fine-tuning stage (the budget when there is none). */
    private int focusEnd() {
        return settings.budget() - (focus.finetune().isEmpty() ? 0 : settings.finetuneTrials());
    }

    /** The stage a trial id belongs to (0 explore, 1 focus, 2 finetune); needs the focus plan beyond explore. */
    private int stageOf(long id) {
        if (id < settings.exploreTrials()) {
            return 0;
        }
        return focus == null || id < focusEnd() ? 1 : 2;
    }

    private List<TrialResult> inStage(List<TrialResult> results, int stage) {
        return results.stream().filter(r -> stageOf(r.trial().id()) == stage).toList();
    }

    private List<Configuration> explore(int n, SplittableRandom rng) {
        List<Configuration> out = new ArrayList<>();
        Set<Configuration> exclude = new HashSet<>(evaluated);
        for (int attempt = 0; out.size() < n && attempt < 100 * n; attempt++) {
            Configuration c = space.fromUnit(RandomSampler.uniform(space.dimension(), rng));
            if (exclude.add(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Fills a batch the stage's GP left short (a small reduced space runs out of new points): random
     * new points of the stage's space, then of the study's space with only the cost drivers fixed.
     */
    private List<Configuration> topUp(List<Configuration> out, int k, SearchSpace stageSpace, SplittableRandom rng) {
        for (SearchSpace s : List.of(stageSpace, focus.fallback(), space)) {
            for (int attempt = 0; out.size() < k && attempt < 50 * k; attempt++) {
                Configuration c = s.fromUnit(RandomSampler.uniform(s.dimension(), rng));
                if (!evaluated.contains(c) && !out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private List<Configuration> unseen(List<Configuration> proposed) {
        return proposed.stream().filter(c -> !evaluated.contains(c)).toList();
    }

    private void ensureFocus() {
        if (focus != null) {
            return;
        }
        List<TrialResult> explore = told.headMap((long) settings.exploreTrials()).values().stream()
                .filter(TrialResult::ok).toList();
        if (explore.isEmpty()) {
            throw new IllegalStateException("hsic-gpbo: no exploration trial finished ok; nothing to explain");
        }
        focus = FocusPlan.decide(space, explore, direction, settings,
                Seeds.derive(studySeed, Seeds.Purpose.GUIDED_SEARCH, 1));
        focusGp = new GpSampler(focus.space(), direction, Map.of("n_startup_trials", settings.startupTrials()));
        focusGp.tell(inStage(new ArrayList<>(told.values()), 1));
    }

    private void ensureFinetune() {
        if (finetune != null) {
            return;
        }
        TrialResult best = null;
        for (TrialResult r : told.values()) {
            if (r.ok() && stageOf(r.trial().id()) == 1 && (best == null || direction.better(r.value(), best.value()))) {
                best = r;
            }
        }
        if (best == null) { // no focus trial finished ok: fall back to the best of all
            for (TrialResult r : told.values()) {
                best = r.ok() && (best == null || direction.better(r.value(), best.value())) ? r : best;
            }
        }
        finetune = FinetunePlan.decide(space, focus, best, direction, settings);
        finetune.gp().tell(inStage(new ArrayList<>(told.values()), 2));
    }

    /** Builds the fine-tuning stage (kept beside the sampler so the record stays private). */
    private static final class FinetunePlan {
        static Finetune decide(SearchSpace full, FocusPlan focus, TrialResult best, Direction direction,
                               HsicGpboSettings s) {
            Configuration c = best.trial().config();
            Map<String, Object> fix = new java.util.LinkedHashMap<>();
            List<SearchDecision> out = new ArrayList<>();
            if (focus.finetune().isEmpty()) { // asked beyond a budget with no fine-tuning stage: go on focusing
                GpSampler gp = new GpSampler(focus.space(), direction, Map.of("n_startup_trials", s.startupTrials()));
                gp.tell(List.of(best));
                return new Finetune(focus.space(), gp, List.of(new SearchDecision(STAGES.get(2), "*", "tune",
                        "focus space", "nothing left to fine-tune: GP-BO goes on in the focus stage's space")));
            }
            String why = "value of the focus stage's best trial " + best.trial().id() + " (" + FocusPlan.fmt(best.value()) + ")";
            for (var p : full.parameters()) {
                if (!focus.finetune().contains(p.name()) && c.has(p.name())) {
                    fix.put(p.name(), c.get(p.name()));
                    out.add(new SearchDecision(STAGES.get(2), p.name(), "fix", String.valueOf(c.get(p.name())), why));
                }
            }
            SearchSpace ft = full.fixing(fix);
            for (var p : ft.parameters()) {
                out.add(new SearchDecision(STAGES.get(2), p.name(), "tune", FocusPlan.range(p),
                        "neither impactful nor cost-driving in the focus decision; GP-BO from " + why));
            }
            GpSampler gp = new GpSampler(ft, direction, Map.of("n_startup_trials", s.startupTrials()));
            gp.tell(List.of(best));
            return new Finetune(ft, gp, out);
        }
    }
}

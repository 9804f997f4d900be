package org.xhpo.sampler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.xhpo.objective.Settings;
import org.xhpo.sampler.cmaes.CmaEsSampler;
import org.xhpo.sampler.gp.GpSampler;
import org.xhpo.sampler.tpe.TpeSampler;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Configuration;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/**
 * The default sampler: picks GP-BO, TPE or CMA-ES per study from the space and, as trials
 * accumulate, per round; the rule is the one the sampler benchmark supports
 * ({@code benchmarks/RESULTS.md}, "Samplers at Spark users' sizes"):
 * <ul>
 *   <li>a space with conditional parameters or a categorical of more than two choices → multivariate
 *   TPE throughout (the only model here that handles trees and unordered choices natively);</li>
 *   <li>otherwise (numbers and two-way choices) → GP-BO for the first {@code gp_trials} ok trials
 *   (100; GP-BO was the best sampler at 100 trials on Branin, Hartmann-6, Ackley-6 and Rastrigin-6 at
 *   batches 8 and 32, though not on Rosenbrock-10), then
 *   CMA-ES, warm-started from every earlier trial (injected solutions), whose ask stays cheap and
 *   which kept improving on the multimodal functions where GP-BO's fit grows slow.</li>
 * </ul>
 * Every sub-sampler is told every trial, so a hand-over loses nothing; the choice depends only on
 * the space and the number of ok trials told, so a resumed study makes the same choices.
 * {@link #stage} names the choice for the trials table ({@code auto/gp}, {@code auto/cmaes},
 * {@code auto/tpe}).
 */
public final class AutoSampler implements Sampler {
    private final boolean tree;
    private final int gpTrials;
    private final TpeSampler tpe;
    private final GpSampler gp;
    private final CmaEsSampler cmaes;
    private final Set<Long> ok = new HashSet<>();
    private final Set<Long> seen = new HashSet<>();
    private String current;

    /**
     * @param space the search space
     * @param direction minimize or maximize
     * @param settings {@code gp_trials} (100): ok trials after which a numeric space moves from GP-BO
     *     to CMA-ES
     * @param studySeed the study seed (CMA-ES draws its generations from it)
     */
    public AutoSampler(SearchSpace space, Direction direction, Map<String, Object> settings, long studySeed) {
        Settings s = new Settings(settings, "sampler.settings").allowOnly("gp_trials");
        this.gpTrials = s.getInt("gp_trials", 100, 0);
        this.tree = needsTree(space);
        this.tpe = new TpeSampler(space, direction, Map.of());
        this.gp = tree ? null : new GpSampler(space, direction, Map.of());
        this.cmaes = tree ? null : new CmaEsSampler(space, direction, Map.of(), studySeed);
        this.current = tree ? "tpe" : "gp";
    }

    /** Whether the space has conditional parameters or a categorical of more than two choices. */
    static boolean needsTree(SearchSpace space) {
        for (Parameter p : space.parameters()) {
            if (p.when().isPresent() || p instanceof CategoricalParameter c && c.choices().size() > 2) {
                return true;
            }
        }
        return false;
    }

    /** The sub-sampler the rule picks after {@code okTrials} ok trials: "tpe", "gp" or "cmaes". */
    String choose(int okTrials) {
        if (tree) {
            return "tpe";
        }
        return okTrials < gpTrials ? "gp" : "cmaes";
    }

    @Override
    public List<Configuration> ask(int n, SplittableRandom rng) {
        current = choose(ok.size());
        Sampler s = switch (current) {
            case "tpe" -> tpe;
            case "gp" -> gp;
            default -> cmaes;
        };
        return new ArrayList<>(s.ask(n, rng));
    }

    @Override
    public void tell(List<TrialResult> finished) {
        for (TrialResult r : finished) {
            if (seen.add(r.trial().id()) && r.ok()) {
                ok.add(r.trial().id());
            }
        }
        tpe.tell(finished);
        if (!tree) {
            gp.tell(finished);
            cmaes.tell(finished);
        }
    }

    /** The choice for the batch last asked ({@code gp}, {@code cmaes} or {@code tpe}); the table records auto/choice. */
    @Override
    public Optional<String> stage() {
        return Optional.of(current);
    }
}

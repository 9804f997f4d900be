package org.xhpo.sampler.hsicgpbo;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xhpo.objective.Settings;

/**
 * The settings of {@code sampler: hsic-gpbo}, with their defaults written once.
 *
 * @param budget the study's trial budget the stage fractions apply to
 * @param explore fraction of the budget for the random exploration stage (0.4)
 * @param finetune fraction of the budget for the fine-tuning stage (0.2; 0 when nothing is left to fine-tune)
 * @param bestFraction p of the goal-oriented target Z = 1{best p%} (0.1; raised to keep at least 10 trials)
 * @param alpha false-discovery rate of the focus stage's HSIC screen (0.1): Benjamini–Hochberg over the
 *     singles (best and worst target) and, separately, over the pairs ({@link ImpactfulSet})
 * @param permutations permutations of each HSIC test (100)
 * @param costs parameters or metrics that measure cost (params, flops, train_seconds)
 * @param startupTrials random trials each GP stage starts with (4)
 * @param costFloor the floor under the seed's Fig. 9 cut of a cost driver ({@code best_median},
 *     default: the median of the driver among the best p% exploration trials; {@code best5_min}: the
 *     cheapest value among the 5 best, the earlier rule, kept for comparison; {@link CheapValues})
 */
public record HsicGpboSettings(int budget, double explore, double finetune, double bestFraction, double alpha,
                               int permutations, List<String> costs, int startupTrials, String costFloor)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The budget of a sampler built outside a sweep (config validation); asking then fails. */
    public static final int UNKNOWN = -1;

    /** The cost metrics read when {@code costs} is not given. */
    public static final List<String> DEFAULT_COSTS = List.of("params", "flops", "train_seconds");

    /** Checks ranges; messages name {@code sampler.settings.<key>}. */
    public HsicGpboSettings {
        check(budget >= 1 || budget == UNKNOWN, "budget", "must be >= 1 (the study's budget.trials)", budget);
        check(explore > 0 && explore < 1, "explore", "must be in (0, 1)", explore);
        check(finetune >= 0 && explore + finetune < 1, "finetune", "must be >= 0 with explore + finetune < 1", finetune);
        check(bestFraction > 0 && bestFraction < 1, "best_fraction", "must be in (0, 1)", bestFraction);
        check(alpha > 0 && alpha < 1, "alpha", "must be in (0, 1)", alpha);
        check(permutations >= 0, "permutations", "must be >= 0", permutations);
        check(startupTrials >= 1, "n_startup_trials", "must be >= 1", startupTrials);
        check(CheapValues.FLOORS.contains(costFloor), "cost_floor", "must be one of " + CheapValues.FLOORS, costFloor);
        costs = List.copyOf(costs);
    }

    private static void check(boolean ok, String key, String rule, Object got) {
        if (!ok) {
            throw new IllegalArgumentException("sampler.settings." + key + ": " + rule + ", got " + got);
        }
    }

    /**
     * Reads the settings map.
     *
     * @param budget the study's budget, used when the settings do not name one (-1: none)
     */
    public static HsicGpboSettings read(Map<String, Object> settings, int budget) {
        Settings s = new Settings(settings, "sampler.settings").allowOnly("budget", "explore", "finetune", "best_fraction",
                "alpha", "permutations", "costs", "n_startup_trials", "cost_floor");
        int b = s.has("budget") ? s.getInt("budget", budget, 1) : budget < 1 ? UNKNOWN : budget;
        List<String> costs = DEFAULT_COSTS;
        Object c = settings == null ? null : settings.get("costs");
        if (c instanceof List<?> list) {
            costs = new ArrayList<>();
            for (Object o : list) {
                costs.add(String.valueOf(o));
            }
        } else if (c != null) {
            throw new IllegalArgumentException("sampler.settings.costs: expected a list of parameter or metric names, got "
                    + c);
        }
        return new HsicGpboSettings(b, s.getDouble("explore", 0.4), s.getDouble("finetune", 0.2),
                s.getDouble("best_fraction", 0.1), s.getDouble("alpha", 0.1), s.getInt("permutations", 100, 0),
                costs, s.getInt("n_startup_trials", 4, 1),
                s.getChoice("cost_floor", CheapValues.BEST_MEDIAN, CheapValues.FLOORS));
    }

    /** Trials of the exploration stage: ⌈explore·budget⌉, at least 10 (HSIC needs rows), at most the budget. */
    public int exploreTrials() {
        if (budget == UNKNOWN) {
            throw new IllegalStateException("sampler.settings.budget: hsic-gpbo needs the study's budget to size its "
                    + "stages; run it through a sweep (which passes budget.trials) or give budget: N");
        }
        return Math.min(budget, Math.max(10, (int) Math.ceil(explore * budget)));
    }

    /** Trials of the fine-tuning stage when there is something to fine-tune. */
    public int finetuneTrials() {
        return Math.max(0, Math.min(budget - exploreTrials(), (int) Math.round(finetune * budget)));
    }
}

package org.xhpo.sampler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.xhpo.objective.Settings;
import org.xhpo.sampler.cmaes.CmaEsParameters;
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
 *   <li>otherwise (numbers and two-way choices), GP-BO for the first {@code gp_trials} ok trials (400):
 *   the best sampler at 100 trials on Branin, Hartmann-6, Ackley-6 and Rastrigin-6 at batches 8 and 32,
 *   and, measured again with TPE as the alternative in 10-D, on Ackley-10, Rastrigin-10 and Levy-10
 *   (TPE was ahead on Rosenbrock-10 and Styblinski–Tang-10 at batch 8 only). Each round it models
 *   either HEBO's power-warped losses or the standardized losses themselves, whichever the GP explains
 *   better as losses ({@code output_warping: auto}, {@link org.xhpo.sampler.gp.GpSampler}: the fit's log
 *   posterior plus the warp's log Jacobian). The power warping alone, the earlier default, was better or
 *   equal at 20 seeds and 100 trials on all nine functions at batch 8 (Rosenbrock-10 4291 → 371) and on
 *   seven of nine at batch 32 ({@code RESULTS.md} §2b, "20 seeds at 100 trials"), but on smooth coupled
 *   losses it made the GP stall (a rotated ellipsoid at batch 8: 69.6 at 100 trials, 67.6 at 400).
 *   Choosing per round was, at 20 seeds and 100 trials (batches 8 and 32, the benchmark and seven
 *   held-out functions) and at 10–20 seeds and 400 trials, better at p &lt; 0.05 on 19 of 64 cells and
 *   worse on none but by 1e-5 at Hartmann-6's optimum, with large gains at 400 trials (Rastrigin-6 at
 *   batch 8 2.3 → 0.0004, the ellipsoid 16.9 → 0.38), for about 1.6 times the cost of a round
 *   ({@code RESULTS.md} §2b, "The output warping choice over 10–20 seeds").
 *   Its GP's constant prior mean is the worst of the modelled losses, not their mean
 *   ({@code gp_prior_mean: max}; De Ath, Fieldsend &amp; Everson 2020): far from the data the model then
 *   expects a bad loss rather than an average one, which in their study made EI exploit more and converge
 *   faster in five or more dimensions.
 *   At 20 seeds and 100 trials (batches 8 and 32, the benchmark and seven held-out functions; 100 seeds
 *   for the Rastrigin cells) it was better at p &lt; 0.05 on 5 of 32 cells (Levy-10 at batch 8
 *   7.1 → 1.9, Rastrigin-10 at batch 32 79.9 → 74.1) and worse on none, and at 400 trials (10 seeds at
 *   both batches) better on 3 of 32 cells and worse on none ({@code RESULTS.md} §2b, "The GP stage's prior
 *   mean").
 *   Its kernel is chosen per round ({@code kernel: auto}, {@link org.xhpo.sampler.gp.GpSampler}): ARD,
 *   the additive kernel when the loss fits better as a sum of one-dimensional effects, or their average
 *   when it fits better as such effects plus couplings — at 20 seeds on the nine functions and
 *   batches 8 and 32, the two-form choice met the targets on 21 of 28 cells instead of 19, with large
 *   gains on the separable Styblinski–Tang-10 and Levy-10 and a loss on Rosenbrock-10, which the third
 *   form turned into gains (Rosenbrock-10 437 → 166 at batch 8 and 100 trials; also Hartmann-6, and
 *   outside the benchmark Griewank and rotated functions; a loss on Schwefel at batch 32; still 21 of
 *   28) ({@code RESULTS.md} §2b, "The GP stage's kernel", "A third kernel form"). With the additive or
 *   the sum kernel, GP-BO's acquisition also scores the additive terms' optima (Add-GP-UCB's
 *   coordinate-wise maximization), which brought Rastrigin-6 level with univariate TPE at batch 8 and 100
 *   trials ({@code RESULTS.md} §2b, "The additive terms' optima"). With the kernel choice and the terms'
 *   optima the GP stage also beat the search stage below from 100 to 400 trials: at 20 seeds, better at
 *   400 trials on 15 of 18 function and batch cells (Rastrigin-6 at batch 8 20.3 → 2.6), worse on one
 *   (Levy-10 at batch 8, 0.96 → 2.86), so it runs for 400 trials, not 100 as before
 *   ({@code RESULTS.md} §2b, "The GP stage to 400 trials"); from 300 trials on it is conditioned on
 *   {@code max_points} 300 of them, and a round costs up to about 2 s in 10-D at batch 8. In a round of
 *   more than twice CMA-ES's default population (below) its hyperparameters are fitted on every point
 *   it is conditioned on (up to 300) instead of 128 of them: with 128 the fit missed the short
 *   lengthscales of rugged losses, and at batch 32 and 400 trials (20 seeds) the full fit took
 *   Rastrigin-10 from 54.7 to 11.4 (Optuna 5's univariate TPE: 46.3), was better on six of the nine
 *   benchmark functions (p ≤ 0.01) and level on the other three, for about 1.6 s more per round of 32
 *   in 10-D; a round of 8 would go from about 2 to 5 s, so small rounds keep 128 ({@code RESULTS.md}
 *   §2b, "The GP stage's fit in large rounds");</li>
 *   <li>then a search stage, warm-started from every earlier trial: CMA-ES, whose ask stays cheap and
 *   which kept improving on the multimodal functions — unless a round is more than twice CMA-ES's
 *   default population 4 + ⌊3 ln d⌋ (Hansen's tutorial, Eq. (48)), where each generation spends a
 *   whole round and a few hundred trials leave CMA-ES too few generations to adapt its covariance
 *   (at batch 32 and 400 trials: 9); univariate TPE then, which was the best sampler at batch 32
 *   on every multimodal function of the benchmark.</li>
 *   <li>In a large round the GP stage first tests its fitted GP ({@code gp_skill_level}, 0.05): when the GP
 *   predicts its own points, each left out in turn, no better than chance ({@link
 *   org.xhpo.sampler.gp.LooSkill}, a one-sided test of Spearman's ρ between the leave-one-out means and the
 *   losses), the GP proposes only the round's first {@code gp_unskilled_points} points (CMA-ES's default
 *   population) and the search stage's sampler the rest, recorded as {@code auto/gp-unskilled}: a round of
 *   32 that a model without skill places by its Kriging-believer fantasies lands in the wrong basins (2-D
 *   Shubert and Eggholder, whose hundreds of local minima no GP on 32–96 points can model), while its first
 *   few points, at the highest expected improvement near the incumbents, keep the local search that later
 *   finds the optimum's last digits. Rounds of twice CMA-ES's population or less keep the whole GP round
 *   whatever its skill: there each round refits and proposes near the incumbents, and on Shubert at batch
 *   8 that local search was the best of every sampler tried while every fallback (random, TPE, CMA-ES) lost
 *   ({@code RESULTS.md} §2b, "A GP stage that tests its own skill").</li>
 * </ul>
 * {@code start} ({@code gp}, {@code tpe}) and {@code handover} ({@code auto}, {@code cmaes},
 * {@code tpe-univariate}) pin a stage instead; {@code gp_warping} ({@code auto}: chosen each round,
 * {@link org.xhpo.sampler.gp.GpSampler}; {@code power}, {@code none}) sets the GP stage's output warping,
 * {@code gp_kernel} ({@code auto}, {@code ard}, {@code additive}, {@code sum}) its kernel,
 * {@code gp_fit_points} (at least 8) how many points its hyperparameters are fitted on in every round
 * and {@code gp_refit_points} on how many the chosen form is then refitted, {@code gp_prior_mean}
 * ({@code mean}, {@code max}) its constant prior mean; {@code gp_stall_window} (0: off, the default) ends the GP
 * stage early, handing over to CMA-ES, once the best loss has not improved for that many ok trials (from
 * {@code gp_stall_after}, 100, on; {@code gp_stall_tolerance}, 0, the share of the losses' spread an
 * improvement must exceed; {@link StallDetector}); rounds that would hand over to univariate TPE keep the GP
 * stage to {@code gp_trials}; {@code gp_skill_level} (0.05; 0: off) is the level of the large rounds' skill
 * test and {@code gp_unskilled_points} (CMA-ES's default population) how many points of such a round a GP
 * that fails it still proposes. Every sub-sampler is told
 * every trial, so a hand-over loses nothing; the choice depends only on the space,
 * the round's size and the number of ok trials told (and, with a stall window, their losses in trial order;
 * in a large round, the GP fitted on them), so a resumed study makes the same choices.
 * {@link #stage} names the choice for the trials table ({@code auto/gp},
 * {@code auto/gp-additive} and {@code auto/gp-sum} when the GP stage's round used the additive or the sum
 * kernel, {@code auto/tpe},
 * {@code auto/cmaes}, {@code auto/tpe-univariate}, and {@code auto/gp-unskilled} for a large round of the GP
 * stage whose GP failed the skill test).
 */
public final class AutoSampler implements Sampler {
    private static final List<String> STARTS = List.of("gp", "tpe");
    private static final List<String> HANDOVERS = List.of("auto", "cmaes", "tpe-univariate");
    private static final List<String> WARPINGS = List.of("power", "none", "auto");
    /** Ok trials of the GP stage unless {@code gp_trials} says otherwise. */
    public static final int DEFAULT_GP_TRIALS = 400;
    /** The GP stage's {@code output_warping} unless {@code gp_warping} says otherwise. */
    public static final String DEFAULT_GP_WARPING = "auto";
    /** The GP stage's {@code kernel} unless {@code gp_kernel} says otherwise. */
    public static final String DEFAULT_GP_KERNEL = "auto";
    /** The GP stage's {@code prior_mean} unless {@code gp_prior_mean} says otherwise. */
    public static final String DEFAULT_GP_PRIOR_MEAN = "max";
    /**
     * Ok trials without improvement after which the GP stage hands over to CMA-ES early, unless
     * {@code gp_stall_window} says otherwise; 0: never ({@code RESULTS.md} §2b, "Ending the GP stage early when
     * it stalls": a window of 32 met more of issue 15's cells on two held-out sets but took Rastrigin-10 at
     * batch 8 and 400 trials from 17 to 57, behind Optuna's 52, at 10 seeds, so it is not the default).
     */
    public static final int DEFAULT_GP_STALL_WINDOW = 0;
    /** The first ok-trial count at which the GP stage can end early ({@code gp_stall_after}). */
    public static final int DEFAULT_GP_STALL_AFTER = 100;
    /**
     * The level of the GP stage's leave-one-out skill test in a large round ({@code gp_skill_level}; 0: off):
     * in a large round whose fitted GP predicts its own points, each left out in turn, no better than chance
     * ({@link org.xhpo.sampler.gp.LooSkill}) the GP proposes only {@code gp_unskilled_points} (CMA-ES's default
     * population) and the search stage's sampler the rest.
     */
    public static final double DEFAULT_GP_SKILL_LEVEL = 0.05;
    /**
     * The points the GP stage fits its hyperparameters on in a large round (more than twice CMA-ES's
     * default population) unless {@code gp_fit_points} says otherwise: all the GP is conditioned on
     * (its {@code max_points}); in smaller rounds, GP-BO's {@code fit_points} (128).
     */
    public static final int LARGE_ROUND_GP_FIT_POINTS = GpSampler.DEFAULT_MAX_POINTS;

    private final boolean tree;
    private final int gpTrials;
    private final String start;
    private final String handover;
    private final int cmaesPopulation;
    private final Integer gpFitPoints;
    private final Integer gpRefitPoints;
    private final TpeSampler tpe;
    private final TpeSampler tpeUnivariate;
    private final GpSampler gp;
    private final CmaEsSampler cmaes;
    private final StallDetector stall;
    private final double skillLevel;
    private final int unskilledGpPoints;
    private final Direction direction;
    private final Set<Long> ok = new HashSet<>();
    private final Set<Long> seen = new HashSet<>();
    private String current;
    private boolean unskilled;

    /**
     * @param space the search space
     * @param direction minimize or maximize
     * @param settings {@code gp_trials} (400): ok trials of the model stage; {@code start} ({@code gp})
     *     and {@code handover} ({@code auto}): pin the model or the search stage; {@code gp_warping}
     *     ({@code auto}): the GP stage's {@code output_warping}; {@code gp_kernel} ({@code auto}): its
     *     {@code kernel}; {@code gp_fit_points}: its {@code fit_points} (128, or
     *     {@value #LARGE_ROUND_GP_FIT_POINTS} in a large round); {@code gp_refit_points}: its
     *     {@code refit_points} (the fit points: no refit); {@code gp_prior_mean}: its {@code prior_mean};
     *     {@code gp_skill_level} (0.05; 0: off): the level of a large round's GP skill test;
     *     {@code gp_unskilled_points} (CMA-ES's default population): the points of such a round a GP that
     *     fails it still proposes;
     *     {@code gp_stall_window} (0: off), {@code gp_stall_after} (100), {@code gp_stall_tolerance} (0): end the
     *     GP stage early when it stalls
     * @param studySeed the study seed (CMA-ES draws its generations from it)
     */
    public AutoSampler(SearchSpace space, Direction direction, Map<String, Object> settings, long studySeed) {
        Settings s = new Settings(settings, "sampler.settings").allowOnly("gp_trials", "start", "handover", "gp_warping",
                "gp_kernel", "gp_fit_points", "gp_refit_points", "gp_prior_mean", "gp_stall_window", "gp_stall_after",
                "gp_stall_tolerance", "gp_skill_level", "gp_unskilled_points");
        this.gpTrials = s.getInt("gp_trials", DEFAULT_GP_TRIALS, 0);
        this.start = s.getChoice("start", "gp", STARTS);
        this.handover = s.getChoice("handover", "auto", HANDOVERS);
        String warping = s.getChoice("gp_warping", DEFAULT_GP_WARPING, WARPINGS);
        String kernel = s.getChoice("gp_kernel", DEFAULT_GP_KERNEL, GpSampler.KERNELS);
        String priorMean = s.getChoice("gp_prior_mean", DEFAULT_GP_PRIOR_MEAN, GpSampler.PRIOR_MEANS);
        this.gpFitPoints = s.has("gp_fit_points") ? s.getInt("gp_fit_points", 0, 8) : null;
        this.gpRefitPoints = s.has("gp_refit_points") ? s.getInt("gp_refit_points", 0, 8) : null;
        int stallWindow = s.getInt("gp_stall_window", DEFAULT_GP_STALL_WINDOW, 0);
        int stallAfter = s.getInt("gp_stall_after", DEFAULT_GP_STALL_AFTER, 1);
        double stallTolerance = s.getDouble("gp_stall_tolerance", 0);
        if (stallTolerance < 0) {
            throw new IllegalArgumentException("sampler.settings.gp_stall_tolerance: must be >= 0, got "
                    + stallTolerance);
        }
        this.stall = stallWindow == 0 ? null : new StallDetector(stallAfter, stallWindow, stallTolerance);
        this.skillLevel = s.getDouble("gp_skill_level", DEFAULT_GP_SKILL_LEVEL);
        if (!(skillLevel >= 0 && skillLevel <= 0.5)) {
            throw new IllegalArgumentException("sampler.settings.gp_skill_level: expected 0 (off) or a level in "
                    + "(0, 0.5], got " + skillLevel);
        }
        this.cmaesPopulation = CmaEsParameters.defaultPopulation(space.dimension());
        this.unskilledGpPoints = s.getInt("gp_unskilled_points", cmaesPopulation, 0);
        this.direction = direction;
        this.tree = needsTree(space);
        this.tpe = new TpeSampler(space, direction, Map.of());
        this.tpeUnivariate = tree ? null : new TpeSampler(space, direction, Map.of("multivariate", false));
        this.gp = tree || !start.equals("gp") ? null : new GpSampler(space, direction,
                Map.of("output_warping", warping, "kernel", kernel, "prior_mean", priorMean));
        this.cmaes = tree ? null : new CmaEsSampler(space, direction, Map.of(), studySeed);
        this.current = tree ? "tpe" : start;
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

    /**
     * The sub-sampler the rule picks for a round of {@code batch} trials after {@code okTrials} ok trials:
     * "tpe", "gp", "cmaes" or "tpe-univariate".
     */
    String choose(int okTrials, int batch) {
        if (tree) {
            return "tpe";
        }
        String search = search(batch);
        if (okTrials < gpTrials && !(stalled() && start.equals("gp") && search.equals("cmaes"))) {
            return start;
        }
        return search;
    }

    /** The search stage's sampler for a round of {@code batch}: {@code handover}, or by the round's size. */
    private String search(int batch) {
        return handover.equals("auto") ? (largeRound(batch) ? "tpe-univariate" : "cmaes") : handover;
    }

    /** Whether the GP stage has stalled ({@code gp_stall_window} ok trials without improvement). */
    private boolean stalled() {
        return stall != null && stall.stalledAt() > 0;
    }

    @Override
    public List<Configuration> ask(int n, SplittableRandom rng) {
        current = choose(ok.size(), n);
        unskilled = false;
        if (current.equals("gp")) {
            if (skillLevel == 0 || !largeRound(n)) {
                return new ArrayList<>(gp.ask(n, rng, gpFitPoints(n), gpRefitPoints(n)));
            }
            List<Configuration> proposed = new ArrayList<>(gp.askTested(n, unskilledGpPoints, rng, gpFitPoints(n),
                    gpRefitPoints(n), skillLevel));
            if (!gp.lastRoundUnskilled()) {
                return proposed;
            }
            unskilled = true;
            current = search(n);
            for (Configuration c : sampler(current).ask(n - proposed.size(), rng)) {
                if (!proposed.contains(c)) {
                    proposed.add(c);
                }
            }
            return proposed;
        }
        return new ArrayList<>(sampler(current).ask(n, rng));
    }

    /** The sub-sampler of a stage other than the GP's: "tpe", "tpe-univariate" or "cmaes". */
    private Sampler sampler(String stage) {
        return switch (stage) {
            case "tpe" -> tpe;
            case "tpe-univariate" -> tpeUnivariate;
            default -> cmaes;
        };
    }

    /** How many points the GP stage fits its hyperparameters on in a round of n. */
    int gpFitPoints(int n) {
        if (gpFitPoints != null) {
            return gpFitPoints;
        }
        return largeRound(n) ? LARGE_ROUND_GP_FIT_POINTS : GpSampler.DEFAULT_FIT_POINTS;
    }

    /** How many points the GP stage refits the chosen kernel form's hyperparameters on in a round of n. */
    int gpRefitPoints(int n) {
        return gpRefitPoints != null ? gpRefitPoints : gpFitPoints(n);
    }

    /** A round of more than twice CMA-ES's default population 4 + ⌊3 ln d⌋ (Hansen's tutorial, Eq. (48)). */
    private boolean largeRound(int n) {
        return n > 2 * cmaesPopulation;
    }

    @Override
    public void tell(List<TrialResult> finished) {
        for (TrialResult r : finished) {
            if (seen.add(r.trial().id()) && r.ok()) {
                ok.add(r.trial().id());
                if (stall != null) {
                    stall.add(r.trial().id(), direction.asLoss(r.value()));
                }
            }
        }
        tpe.tell(finished);
        if (!tree) {
            tpeUnivariate.tell(finished);
            if (gp != null) {
                gp.tell(finished);
            }
            cmaes.tell(finished);
        }
    }

    /**
     * The choice for the batch last asked (see {@link #choose}), {@code gp-additive} or {@code gp-sum} for
     * a GP round that fitted the additive or the sum kernel, {@code gp-unskilled} for a large round whose GP
     * failed the skill test (its first points the GP's, the rest the search stage's); the table records
     * auto/choice.
     */
    @Override
    public Optional<String> stage() {
        if (unskilled) {
            return Optional.of("gp-unskilled");
        }
        if (current.equals("gp")) {
            Optional<String> kernel = gp.lastKernel().filter(k -> !k.equals("ard"));
            if (kernel.isPresent()) {
                return Optional.of("gp-" + kernel.get());
            }
        }
        return Optional.of(current);
    }
}

package org.xhpo.sampler.fi;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/**
 * The adaptive mode of {@link FeatureImportanceSearch} ({@code mode: adaptive}): Algorithm 1 of
 * fi-random-search-sdcmi.md after its random trials (lines 2–4, unchanged), with the probes fed
 * back. Per step ("ladder"):
 * <ol>
 *   <li>Refit (lines 5–8): {@code probe} iterations of {@link ImportanceStep} — paired minibatch,
 *       one warm SGD epoch of the same W, Λ ← Λ(1 − α·I) — over <em>all</em> pairs told so far:
 *       the random trials, Λ₀ and every probe that finished ok (departure: the seed trains on the K
 *       random pairs only and excludes line 3's trial). The losses are re-standardized over the
 *       current pairs (or, with {@code loss_transform: normal_scores}, replaced by their normal scores,
 *       {@link LossTransform}); W keeps its weights and step counter from the previous refit.
 *       With {@code importance: local} ({@link ImportanceScope#LOCAL}) there is no path: I is the slope
 *       of {@link LocalLinearImportance} — a tricube-weighted linear fit to the {@code neighbours} pairs
 *       nearest Λ, on the same targets — and the ladder's direction is Δ = −I (line 8's first-order step
 *       without its Λ scaling, which would hold back every coordinate near its lower bound).</li>
 *   <li>Probe (lines 9–10, departure): instead of the one point the path reaches, {@code ladder}
 *       points around Δ from the ladder's origin — a fan of rays at eight halving step lengths
 *       ({@link LadderBuilder}, {@link StepLadder}); a point that decodes to a configuration already proposed
 *       ({@link EvaluatedConfigurations}) is redrawn along a perturbed direction
 *       ({@link LadderBuilder}). With {@code explore} > 0 the last round(explore · ladder) points of
 *       each ladder are uniform random configurations instead (never proposed before; redrawn ≤ 100
 *       times): the interleaved random configurations of SMAC (Hutter, Hoos &amp; Leyton-Brown 2011,
 *       §4.3), which keep a local search finding the other basins a noisy objective may hide — on the
 *       sDCMI pipelines a path that starts in the collapsed region stays there
 *       (benchmarks/SEEDS.md). They join W's pairs and can become the best like any probe.</li>
 *   <li>Update (lines 11–13, departure): when the ladder holds a new best (lower loss than every
 *       earlier ok trial), Λ moves to that point and a new path starts there; otherwise Λ takes the
 *       path's move (with local importance Λ stays where it is: the next fit has the ladder's points) and
 *       the probes count as stalled. Λ restarts from the best configuration found
 *       when {@link RestartRule} says so (stall or bound).</li>
 * </ol>
 * With {@code intensify} = r > 0 "the best" is the incumbent of {@link Intensification}: a ladder's
 * new best is re-evaluated r times at the head of the next ladder (which keeps its length: the
 * re-evaluations take the place of path points, then of random ones) and Λ moves to it only when the mean of its
 * 1 + r evaluations beats the incumbent's; the re-evaluations join W's pairs like probes.
 * The run ends after N/probe ladders (N iterations in all, as in the paper). The state is a function
 * of the told trials in id order, ladder by ladder, so the proposals do not depend on the batch
 * size: a round hands out at most the rest of the current ladder, and a sampler rebuilt from the
 * told trials replays the ladders and proposes what the uninterrupted one would.
 */
final class AdaptiveProbes {

    private final SearchSpace space;
    private final FeatureImportanceSettings settings;
    private final TrainingPairs pairs;
    private final ImportanceStep step;
    private final EvaluatedConfigurations proposed;
    private final LadderBuilder ladders;
    private final RestartRule restart;
    private final SplittableRandom exploration;
    private final Intensification incumbent;
    private double[] lambda;
    private int laddersBuilt;
    private int reevaluationsInLadder;
    private int consumed;
    private int restarts;
    private List<Configuration> ladder;
    private double[] pathEnd;

    /**
     * @param space the search space
     * @param direction minimize or maximize
     * @param settings the parsed settings (adaptive mode)
     * @param phaseOne the 1 + K first told trials, Λ₀'s first
     * @param lambda0 Λ₀ in unit space (line 2), where the path starts when no trial finished ok
     * @param model a fresh W
     * @param batches the minibatch stream
     * @param fallback the stream of the replacements of repeated points ({@link LadderBuilder})
     * @param exploration the stream of the uniform random points of {@code explore}
     */
    AdaptiveProbes(SearchSpace space, Direction direction, FeatureImportanceSettings settings,
                   List<TrialResult> phaseOne, double[] lambda0, ImportanceWeightModel model,
                   SplittableRandom batches, SplittableRandom fallback, SplittableRandom exploration) {
        this.space = space;
        this.settings = settings;
        this.pairs = new TrainingPairs(space, direction);
        this.step = new ImportanceStep(model, settings.alpha(), settings.bs(), new PairedMinibatches(batches));
        this.proposed = new EvaluatedConfigurations(space);
        this.ladders = new LadderBuilder(space, proposed, fallback);
        this.restart = new RestartRule(settings.patience());
        this.exploration = exploration;
        this.incumbent = new Intensification(settings.intensify());
        TrialResult first = null;
        for (TrialResult r : phaseOne) {
            proposed.add(r.trial().config());
            if (pairs.add(r) && (first == null || pairs.lastLoss() < direction.asLoss(first.value()))) {
                first = r;
            }
        }
        double[] start = clipped(lambda0);
        if (first != null) {
            start = clipped(TrainingPairs.encode(space, first));
            incumbent.offer(first.trial().config(), start, direction.asLoss(first.value()));
        }
        // departure: the path starts at the best of lines 3–4, not at Λ₀
        lambda = start.clone();
        restart.startAt(lambda);
        ladder = nextLadder();
    }

    /**
     * The configurations at positions [offset, offset + n) of the probe sequence, given the probes
     * told so far (in id order, after the 1 + K first trials); empty once the N/probe ladders are done.
     *
     * @throws IllegalStateException when the current ladder is fully proposed but not fully told
     */
    List<Configuration> propose(long offset, int n, List<TrialResult> probesTold) {
        while (!ladder.isEmpty() && consumed + ladder.size() <= probesTold.size()) {
            absorb(probesTold.subList(consumed, consumed + ladder.size()));
            consumed += ladder.size();
            ladder = nextLadder();
        }
        if (ladder.isEmpty()) {
            return List.of();
        }
        long within = offset - consumed;
        if (within >= ladder.size()) {
            throw new IllegalStateException("feature-importance search (adaptive): the " + ladder.size()
                    + " probes of step " + laddersBuilt + " were proposed but only "
                    + (probesTold.size() - consumed) + " were told; tell their results before asking again");
        }
        return ladder.subList((int) within, (int) Math.min(ladder.size(), within + n));
    }

    /** Lines 5–10 for one ladder: refit W over the pairs while moving Λ, then the probe points. */
    private List<Configuration> nextLadder() {
        if (laddersBuilt >= settings.ladders()) {
            return List.of();
        }
        laddersBuilt++;
        double[][] x = pairs.rows();
        double[] y = pairs.targets(settings.lossTransform());
        pathEnd = lambda.clone();
        double[] delta = new double[lambda.length];
        if (settings.importance() == ImportanceScope.LOCAL) {
            // the ladder follows −I from Λ, and Λ stays put unless the ladder finds a new best
            double[] slope = LocalLinearImportance.at(x, y, lambda, settings.neighbours());
            for (int j = 0; j < delta.length; j++) {
                delta[j] = -slope[j];
            }
        } else {
            for (int i = 0; i < settings.probe(); i++) {
                step.run(x, y, pathEnd);
            }
            for (int j = 0; j < delta.length; j++) {
                delta[j] = pathEnd[j] - lambda[j];
            }
        }
        List<Configuration> again = incumbent.reevaluations();
        reevaluationsInLadder = again.size();
        int random = settings.exploreCount(settings.ladder());
        int path = Math.max(0, settings.ladder() - again.size() - random);
        random = settings.ladder() - again.size() - path;
        List<Configuration> out = new ArrayList<>(again);
        out.addAll(ladders.build(lambda, delta, path));
        for (int i = 0; i < random; i++) {
            Configuration c = LadderBuilder.uniformUntilNew(space, proposed, exploration, null);
            if (proposed.add(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** Lines 11–13 and the restart: learn from a finished ladder and place Λ for the next one. */
    private void absorb(List<TrialResult> results) {
        boolean moved = false;
        if (reevaluationsInLadder > 0) {
            List<Double> again = new ArrayList<>();
            for (TrialResult r : results.subList(0, reevaluationsInLadder)) {
                again.add(pairs.add(r) ? pairs.lastLoss() : Double.NaN);
            }
            moved = incumbent.settle(again);
        }
        TrialResult challenger = null;
        double challengerLoss = incumbent.incumbentLoss();
        for (TrialResult r : results.subList(reevaluationsInLadder, results.size())) {
            if (pairs.add(r) && pairs.lastLoss() < challengerLoss) {
                challenger = r;
                challengerLoss = pairs.lastLoss();
            }
        }
        if (challenger != null) {
            moved |= incumbent.offer(challenger.trial().config(), clipped(TrainingPairs.encode(space, challenger)),
                    challengerLoss);
        }
        if (moved) {
            lambda = incumbent.incumbentUnit();
            restart.startAt(lambda);
        } else if (restart.stalledAt(results.size(), pathEnd)) {
            double[] best = incumbent.incumbentUnit();
            lambda = best != null ? best : pathEnd;
            restart.startAt(lambda);
            restarts++;
        } else {
            lambda = pathEnd;
        }
    }

    private static double[] clipped(double[] u) {
        double[] c = new double[u.length];
        for (int j = 0; j < u.length; j++) {
            c[j] = ImportanceTrajectory.clip(u[j]);
        }
        return c;
    }

    /** Number of pairs W learns from now. */
    int trainingPairs() {
        return pairs.size();
    }

    /** Restarts from the best so far. */
    int restarts() {
        return restarts;
    }

    /** The incumbent ({@link Intensification}): where paths restart, and the configuration the mode recommends. */
    Intensification incumbent() {
        return incumbent;
    }

    /** The current Λ (a copy). */
    double[] lambda() {
        return lambda.clone();
    }
}

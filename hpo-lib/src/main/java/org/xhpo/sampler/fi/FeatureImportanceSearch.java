package org.xhpo.sampler.fi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.xhpo.sampler.Sampler;
import org.xhpo.space.Configuration;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/**
 * Feature-importance random search, batch-first, after
 * Obonyo et al., fi-random-search-sdcmi.md, Algorithm 1 ("HPO with Feature Importance Weighting"),
 * in the corrected form of docs/methods/fi-random-search.md: paired minibatches
 * (the printed line 6 draws x and y independently), signed SGD coefficients as I, and the descent
 * sign on line 8, {@code Λ_j ← Λ_j(1 − α·I_j)} clipped to [1e-3, 1] (the printed
 * {@code Λ ← Λ + α(Λ × I)} climbs the loss). The loop itself and W live in
 * {@link ImportanceTrajectory}, {@link SgdLinearModel} and {@link SgdMlpModel}; this class only
 * schedules trials.
 *
 * <p>Notation: d parameters, Λ ∈ [0,1]^d in unit space ({@link SearchSpace#fromUnit} decodes,
 * {@link SearchSpace#toUnit} encodes), K random trials, N iterations, losses
 * {@code direction.asLoss(value)}.
 * <ol>
 *   <li>Phase 1 (lines 2–4): the initial Λ₀ — each parameter's declared default in unit space,
 *       else a uniform unit value ("randomly selected hyperparameters", the seed's §3; from its own
 *       stream of {@code seed}) — then K uniform unit points from a generator seeded with {@code seed}, each
 *       redrawn (≤ 100 times) while it decodes to a configuration already in the list. They are
 *       handed out through {@link #ask} over as many rounds as the caller's batch size needs.</li>
 *   <li>Once all 1 + K are told (the first 1 + K told trials by id, of any status), the loop of
 *       lines 5–10 runs on the driver over the ok random trials (failed ones are dropped; the
 *       initial trial is line 3's baseline, not a training pair), with x = the told
 *       configuration's unit coordinates and 0.5 for an inactive conditional parameter. Λ's path
 *       depends on those pairs and the seeded minibatch draws only, never on probe outcomes, so
 *       all N/probe + 1 probes are known at once and a round evaluates as many as it asks for.</li>
 *   <li>Phase 2 (line 10): {@link #ask} returns the next probes as configurations, skipping a probe
 *       that decodes to a configuration already proposed (an earlier probe or a phase-1 trial);
 *       an empty list means the run is over.</li>
 *   <li>Lines 11–14 (keep Λ* when the probe beats the best JS) need no code: Λ* is the best trial
 *       of the study table, which holds the phase-1 trials and every probe.</li>
 * </ol>
 * Determinism: every draw comes from {@code new SplittableRandom(seed)} and its splits, never from
 * the generator handed to {@code ask}, and the proposal sequence does not depend on batch sizes, so
 * a new sampler re-told the finished trials proposes exactly the remaining configurations.
 * Categorical parameters are moved along their cell-centre unit coordinate (an ordinal reading;
 * the paper leaves categoricals to future work).
 *
 * <p>With {@code mode: adaptive} phase 1 is the same, and phase 2 is {@link AdaptiveProbes}: the
 * probes feed back into W's pairs, each step proposes a ladder of points along the importance
 * direction, and Λ restarts from the best trial on a stall or at a bound. Steps 2–4 above describe
 * the paper mode only.
 */
public final class FeatureImportanceSearch implements Sampler {
    private static final int MAX_REDRAWS = 100;

    private final SearchSpace space;
    private final Direction direction;
    private final FeatureImportanceSettings settings;
    private final double[] lambda0;
    private final List<Configuration> phaseOne;
    private final SplittableRandom batchStream;
    private final SplittableRandom modelStream;
    private final SplittableRandom fallbackStream;
    private final SplittableRandom explorationStream;
    private final TreeMap<Long, TrialResult> told = new TreeMap<>();
    private long proposed;
    private List<double[]> trajectory;
    private List<Configuration> probeSchedule;
    private int trainingPairs;
    private AdaptiveProbes adaptive;

    /**
     * @param space the search space
     * @param direction whether the objective is minimized or maximized
     * @param seed the seed of every draw this sampler makes
     * @param settings {@code sampler.settings}, see {@link FeatureImportanceSettings#parse}
     * @throws IllegalArgumentException for unknown or invalid settings, naming the key
     */
    public FeatureImportanceSearch(SearchSpace space, Direction direction, long seed, Map<String, Object> settings) {
        if (space == null || direction == null) {
            throw new IllegalArgumentException("space and direction are required, got space=" + space
                    + ", direction=" + direction);
        }
        this.space = space;
        this.direction = direction;
        this.settings = FeatureImportanceSettings.parse(settings);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom randomStream = root.split();
        this.batchStream = root.split();
        this.modelStream = root.split();
        this.fallbackStream = root.split(); // adaptive mode only; split last so the paper's streams are unchanged
        this.explorationStream = root.split(); // adaptive explore only; after the others, which stay unchanged
        SplittableRandom initialStream = root.split(); // Λ₀ only; after the others, which stay unchanged
        // Algorithm 1 line 2: Λ ← InitHyperparameters() — "randomly selected hyperparameters" (the seed's
        // §3): a uniform unit value for each parameter, or its declared default where it has one
        this.lambda0 = new double[space.dimension()];
        for (int j = 0; j < lambda0.length; j++) {
            Parameter p = space.parameters().get(j);
            double u = initialStream.nextDouble();
            lambda0[j] = p.defaultValue().map(p::toUnit).orElse(u);
        }
        // Algorithm 1 line 3: the initial trial; line 4: K random configurations
        this.phaseOne = new ArrayList<>(1 + this.settings.k());
        Set<Configuration> seen = new HashSet<>();
        phaseOne.add(space.fromUnit(lambda0));
        seen.add(phaseOne.get(0));
        for (int r = 0; r < this.settings.k(); r++) {
            Configuration c = space.fromUnit(uniform(randomStream));
            for (int attempt = 1; attempt < MAX_REDRAWS && seen.contains(c); attempt++) {
                c = space.fromUnit(uniform(randomStream));
            }
            seen.add(c);
            phaseOne.add(c);
        }
    }

    private double[] uniform(SplittableRandom rng) {
        double[] u = new double[space.dimension()];
        for (int j = 0; j < u.length; j++) {
            u[j] = rng.nextDouble();
        }
        return u;
    }

    /**
     * The next at most n configurations: phase-1 trials first (never mixed with probes), then
     * probes; empty once every probe has been proposed. The rng argument is not used.
     *
     * @throws IllegalStateException when phase 1 is fully proposed but not yet fully told
     */
    @Override
    public List<Configuration> ask(int n, SplittableRandom rng) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        int phaseOneSize = 1 + settings.k();
        long position = Math.max(proposed, told.size());
        List<Configuration> out = new ArrayList<>();
        if (position < phaseOneSize) {
            out.addAll(phaseOne.subList((int) position, (int) Math.min(phaseOneSize, position + n)));
        } else if (told.size() < phaseOneSize) {
            throw new IllegalStateException("feature-importance search: all " + phaseOneSize
                    + " initial and random trials were proposed but only " + told.size()
                    + " were told; tell their results before asking for probes");
        } else if (settings.mode() == FeatureImportanceSettings.Mode.ADAPTIVE) {
            List<TrialResult> all = new ArrayList<>(told.values());
            out.addAll(adaptive().propose(position - phaseOneSize, n, all.subList(phaseOneSize, all.size())));
        } else {
            List<Configuration> schedule = schedule();
            long from = Math.min(schedule.size(), position - phaseOneSize);
            out.addAll(schedule.subList((int) from, (int) Math.min(schedule.size(), from + n)));
        }
        proposed = position + out.size();
        return out;
    }

    /** Records finished trials by id; re-telling a trial changes nothing. */
    @Override
    public void tell(List<TrialResult> finished) {
        for (TrialResult r : finished) {
            told.put(r.trial().id(), r);
        }
    }

    /**
     * The probe points Λ_i (unit space, i = 0, probe, 2·probe, … ≤ N), including those skipped as
     * duplicates; empty until all 1 + K phase-1 trials are told, and always in the adaptive mode
     * (its path depends on the probes' outcomes).
     */
    public List<double[]> probeTrajectory() {
        if (told.size() < 1 + settings.k() || settings.mode() == FeatureImportanceSettings.Mode.ADAPTIVE) {
            return List.of();
        }
        schedule();
        List<double[]> copy = new ArrayList<>(trajectory.size());
        trajectory.forEach(l -> copy.add(l.clone()));
        return copy;
    }

    /** Trials the full run needs, 1 + K + N/probe + 1; fewer are proposed when probes repeat. */
    public long trialsNeeded() {
        return settings.trialsNeeded();
    }

    /** The parsed settings. */
    public FeatureImportanceSettings settings() {
        return settings;
    }

    /**
     * Number of pairs the weighting model learned from (0 before phase 2): the ok random trials in
     * the paper mode; in the adaptive mode every ok trial told so far whose ladder is complete.
     */
    int trainingPairs() {
        return adaptive != null ? adaptive.trainingPairs() : trainingPairs;
    }

    /** The adaptive mode's state, built once the 1 + K first trials are told. */
    AdaptiveProbes adaptive() {
        if (adaptive == null) {
            List<TrialResult> first = new ArrayList<>(told.values()).subList(0, 1 + settings.k());
            adaptive = new AdaptiveProbes(space, direction, settings, first, lambda0, newModel(), batchStream,
                    fallbackStream, explorationStream);
        }
        return adaptive;
    }

    private ImportanceWeightModel newModel() {
        return switch (settings.model()) {
            case LINEAR -> new SgdLinearModel(space.dimension());
            case MLP -> new SgdMlpModel(space.dimension(), settings.mlpHidden(), modelStream);
        };
    }

    /** Computes the trajectory and the de-duplicated probe schedule once, from the first 1 + K trials. */
    private List<Configuration> schedule() {
        if (probeSchedule != null) {
            return probeSchedule;
        }
        List<TrialResult> first = new ArrayList<>(told.values()).subList(0, 1 + settings.k());
        List<double[]> x = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        // Algorithm 1 line 4: sampleParams, sampleJS — the ok random trials (the first is line 3's)
        for (TrialResult r : first.subList(1, first.size())) {
            if (r.ok()) {
                double[] u = space.toUnit(r.trial().config());
                for (int j = 0; j < u.length; j++) {
                    u[j] = Double.isNaN(u[j]) ? 0.5 : u[j];
                }
                x.add(u);
                losses.add(direction.asLoss(r.value()));
            }
        }
        trainingPairs = x.size();
        ImportanceWeightModel model = newModel();
        trajectory = ImportanceTrajectory.probes(x.toArray(new double[0][]),
                losses.stream().mapToDouble(Double::doubleValue).toArray(), lambda0, settings, model, batchStream);
        Set<Configuration> seen = new HashSet<>();
        first.forEach(r -> seen.add(r.trial().config()));
        List<Configuration> schedule = new ArrayList<>();
        for (double[] lambda : trajectory) {
            Configuration c = space.fromUnit(lambda);
            if (seen.add(c)) {
                schedule.add(c);
            }
        }
        probeSchedule = schedule;
        return schedule;
    }
}

package org.xhpo.sampler.fi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.xhpo.space.Configuration;

/**
 * The adaptive mode's incumbent — the configuration its paths restart from and move to — under
 * {@code intensify: r}: a configuration whose one evaluation beats the incumbent is a challenger,
 * re-evaluated r times (new trials, so new trial seeds: on the sDCMI pipelines a new pipeline seed)
 * at the head of the next ladder, and it becomes the incumbent only when the mean of its 1 + r
 * evaluations beats the incumbent's mean. This is the intensification of SMAC (Hutter, Hoos &amp;
 * Leyton-Brown 2011, §4.2: a challenger must match the incumbent's runs before it replaces it), here
 * with a fixed r and one challenger per ladder; on a noisy objective it keeps a lucky single draw
 * from steering the search (benchmarks/SEEDS.md: the adaptive mode's best trials re-ran 2–80× worse
 * than they scored). A re-evaluation is the only deliberate repeat of the adaptive mode; probes never
 * repeat a configuration.
 *
 * <p>The first challenger is the best of phase one; it has no rival, so it becomes the incumbent
 * once re-evaluated (unless a re-evaluation fails: a configuration that fails is not an incumbent).
 * A failed re-evaluation rejects the challenger. When the 1 + r evaluations of a challenger are
 * equal bit for bit the objective is taken as deterministic: the challenger is accepted and later
 * ones are accepted on their one evaluation, as with r = 0 (a deterministic objective pays r trials
 * once). With r = 0 every challenger is accepted at once: the mode without intensification.
 *
 * <p>So, on a noisy objective, the incumbent is the configuration with the lowest mean among those
 * evaluated 1 + r times — the configuration the mode recommends (docs/methods/fi-random-search.md).
 */
final class Intensification {
    private final int repeats;
    private boolean deterministic;
    private Candidate incumbent;
    private Candidate challenger;

    /** A configuration, its clipped unit coordinates, and its losses so far. */
    private record Candidate(Configuration config, double[] unit, List<Double> losses) {
        double mean() {
            return losses.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
    }

    /** @param repeats r, the re-evaluations of a challenger (≥ 0) */
    Intensification(int repeats) {
        if (repeats < 0) {
            throw new IllegalArgumentException("repeats must be >= 0, got " + repeats);
        }
        this.repeats = repeats;
        this.deterministic = repeats == 0;
    }

    /** The incumbent's loss (its mean), +∞ before there is one; what a challenger's one evaluation must beat. */
    double incumbentLoss() {
        return incumbent == null ? Double.POSITIVE_INFINITY : incumbent.mean();
    }

    /** The incumbent's clipped unit coordinates (a copy), or null before there is one. */
    double[] incumbentUnit() {
        return incumbent == null ? null : incumbent.unit().clone();
    }

    /** The incumbent's configuration, or null before there is one. */
    Configuration incumbent() {
        return incumbent == null ? null : incumbent.config();
    }

    /** The incumbent's evaluations so far (0 before there is one). */
    int incumbentEvaluations() {
        return incumbent == null ? 0 : incumbent.losses().size();
    }

    /** Whether the evaluations of a challenger came out equal, so that challengers are now accepted at once. */
    boolean deterministic() {
        return deterministic;
    }

    /**
     * A configuration whose one evaluation (loss) beat {@link #incumbentLoss()}: accepted at once
     * when r = 0 or the objective was found deterministic, else it waits for its re-evaluations
     * (replacing a challenger not yet settled).
     *
     * @return whether the incumbent changed
     */
    boolean offer(Configuration config, double[] unit, double loss) {
        Candidate c = new Candidate(config, unit.clone(), new ArrayList<>(List.of(loss)));
        if (deterministic) {
            incumbent = c;
            challenger = null;
            return true;
        }
        challenger = c;
        return false;
    }

    /** The re-evaluations to place at the head of the next ladder: r copies of the challenger, or none. */
    List<Configuration> reevaluations() {
        return challenger == null ? List.of() : Collections.nCopies(repeats, challenger.config());
    }

    /**
     * Settles the challenger on its re-evaluations' losses (NaN for a trial that did not finish ok).
     *
     * @return whether the challenger became the incumbent
     * @throws IllegalStateException when there is no challenger or the count is not r
     */
    boolean settle(List<Double> reevaluationLosses) {
        if (challenger == null || reevaluationLosses.size() != repeats) {
            throw new IllegalStateException("settle: " + (challenger == null ? "no challenger" : "expected "
                    + repeats + " re-evaluations, got " + reevaluationLosses.size()));
        }
        Candidate c = challenger;
        challenger = null;
        if (reevaluationLosses.stream().anyMatch(l -> Double.isNaN(l))) {
            return false;
        }
        double first = c.losses().get(0);
        c.losses().addAll(reevaluationLosses);
        if (reevaluationLosses.stream().allMatch(l -> Double.compare(l, first) == 0)) {
            deterministic = true;
        }
        if (c.mean() < incumbentLoss()) {
            incumbent = c;
            return true;
        }
        return false;
    }
}

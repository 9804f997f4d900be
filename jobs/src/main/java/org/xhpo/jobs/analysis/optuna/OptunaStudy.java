package org.xhpo.jobs.analysis.optuna;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xhpo.study.Direction;

/**
 * One Optuna study as its storage holds it: the direction, every trial with its state, its
 * suggested parameters in Optuna's internal representation (floats; choice indices for
 * categoricals) and its value, and each parameter's distribution JSON in the order parameters were
 * first suggested.
 *
 * @param name the study name
 * @param direction the study's (single) direction
 * @param distributions parameter name → distribution JSON (as the storage wrote it)
 * @param trials the trials in number order
 */
public record OptunaStudy(String name, Direction direction, Map<String, String> distributions, List<Trial> trials) {
    /** Trial states as Optuna names them ({@code TrialState}). */
    public static final List<String> STATES = List.of("RUNNING", "COMPLETE", "PRUNED", "FAIL", "WAITING");

    /** Copies the collections. */
    public OptunaStudy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        distributions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(distributions));
        trials = List.copyOf(trials);
    }

    /**
     * One trial.
     *
     * @param number the trial number within the study
     * @param state COMPLETE, FAIL, PRUNED, RUNNING or WAITING
     * @param params parameter name → internal value, only the parameters the trial suggested
     * @param value the objective value (null unless the trial completed; may be ±Inf)
     */
    public record Trial(long number, String state, Map<String, Double> params, Double value) {
        /** Copies the parameters. */
        public Trial {
            params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        /** Whether the trial is COMPLETE. */
        public boolean complete() {
            return "COMPLETE".equals(state);
        }
    }

    /** Collects trials and distributions while a storage is read. */
    static final class Builder {
        final Map<String, String> distributions = new LinkedHashMap<>();
        final List<Trial> trials = new ArrayList<>();

        void distribution(String param, String json) {
            distributions.putIfAbsent(param, json);
        }
    }
}

package org.xhpo.objective;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an objective returns for one configuration: the optimized value and any other named
 * metrics (costs such as parameters, FLOPs, train seconds).
 *
 * @param value the optimized metric; a non-finite value fails the trial
 * @param metrics other metrics, by name
 */
public record Evaluation(double value, Map<String, Double> metrics) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the metrics, keeping their order. */
    public Evaluation {
        metrics = metrics == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** An evaluation with no other metrics. */
    public static Evaluation of(double value) {
        return new Evaluation(value, Map.of());
    }
}

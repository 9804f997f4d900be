package org.xhpo.report;

import java.util.Map;
import java.util.Objects;

/**
 * One trial as the report shows it. Imported studies have no round, sampler or failed trials.
 *
 * @param id the trial id (Optuna's {@code number} for imported studies)
 * @param round the round that proposed it, or null when unknown
 * @param sampler the sampler (stage) that proposed it, or null when unknown
 * @param status {@code ok}, {@code failed} or {@code timeout}
 * @param value the objective, null unless ok
 * @param params parameter name → native value (absent when inactive)
 * @param unit parameter name → unit-space value (absent when inactive)
 * @param metrics the other metrics (costs …), by name
 * @param durationSeconds evaluation time, or null when unknown
 * @param start evaluation start (ISO-8601), or null
 * @param end evaluation end (ISO-8601), or null
 */
public record ReportTrial(long id, Integer round, String sampler, String status, Double value, Map<String, Object> params,
                          Map<String, Double> unit, Map<String, Double> metrics, Double durationSeconds,
                          String start, String end) {
    /** Validates and copies. */
    public ReportTrial {
        Objects.requireNonNull(status, "status");
        params = Map.copyOf(params);
        unit = Map.copyOf(unit);
        metrics = Map.copyOf(metrics);
        if ("ok".equals(status) && (value == null || !Double.isFinite(value))) {
            throw new IllegalArgumentException("trial " + id + ": status ok needs a finite value, got " + value);
        }
    }

    /** Whether the trial finished with a value. */
    public boolean ok() {
        return "ok".equals(status);
    }
}

package org.xhpo.study;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A finished trial of any status: one row of the trials table.
 *
 * @param trial the trial
 * @param status how it ended
 * @param value the optimized metric (NaN unless status is OK)
 * @param metrics the other metrics the objective reported
 * @param error the failure message, or null
 * @param start when evaluation started
 * @param end when it ended
 * @param executorId the Spark executor (or "driver"/"local") that ran it
 */
public record TrialResult(Trial trial, TrialStatus status, double value, Map<String, Double> metrics,
                          String error, Instant start, Instant end, String executorId) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Validates consistency of status and value; copies the metrics. */
    public TrialResult {
        Objects.requireNonNull(trial, "trial");
        Objects.requireNonNull(status, "status");
        if (status == TrialStatus.OK && !Double.isFinite(value)) {
            throw new IllegalArgumentException("an ok trial needs a finite value, got " + value);
        }
        if (status != TrialStatus.OK) {
            value = Double.NaN;
        }
        metrics = metrics == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** Whether the trial finished with a finite value. */
    public boolean ok() {
        return status == TrialStatus.OK;
    }

    /** Duration in seconds. */
    public double durationSeconds() {
        return start == null || end == null ? Double.NaN : (end.toEpochMilli() - start.toEpochMilli()) / 1000.0;
    }
}

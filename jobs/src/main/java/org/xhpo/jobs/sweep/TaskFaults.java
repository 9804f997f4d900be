package org.xhpo.jobs.sweep;

import java.io.Serializable;

/**
 * Deterministic task-failure injection for resilience tests: the first attempt of every task whose
 * partition index is a multiple of {@code everyNthPartition} throws after evaluating its trials, so
 * Spark retries the task (attempt 1) and the sweep must still record each trial exactly once.
 * Never set by configs; {@link #NONE} in production.
 *
 * @param everyNthPartition 0 for no injection
 */
public record TaskFaults(int everyNthPartition) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** No injected faults. */
    public static final TaskFaults NONE = new TaskFaults(0);

    /** Whether this attempt of this partition must fail. */
    boolean failsAttempt(int partition, int attempt) {
        return everyNthPartition > 0 && attempt == 0 && partition % everyNthPartition == 0;
    }
}

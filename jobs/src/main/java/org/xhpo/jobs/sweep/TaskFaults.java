package org.xhpo.jobs.sweep;

import java.io.Serializable;

/**
 * Deterministic fault injection for resilience tests: the first attempt of every task whose
 * partition index is a multiple of {@code everyNthPartition} throws after evaluating its trials, so
 * Spark retries the task (attempt 1) and the sweep must still record each trial exactly once; and the
 * commit of round {@code failingCommitRound} fails, so its finished trials must stay staged for the
 * next run. Never set by configs; {@link #NONE} in production.
 *
 * @param everyNthPartition 0 for no task failures
 * @param failingCommitRound the round whose commit fails, -1 for none
 */
public record TaskFaults(int everyNthPartition, int failingCommitRound) implements Serializable {
    private static final long serialVersionUID = 2L;

    /** No injected faults. */
    public static final TaskFaults NONE = new TaskFaults(0, -1);

    /** Task failures only. */
    public TaskFaults(int everyNthPartition) {
        this(everyNthPartition, -1);
    }

    /** Only the commit of one round fails. */
    public static TaskFaults failingCommit(int round) {
        return new TaskFaults(0, round);
    }

    /** Whether this attempt of this partition must fail. */
    boolean failsAttempt(int partition, int attempt) {
        return everyNthPartition > 0 && attempt == 0 && partition % everyNthPartition == 0;
    }

    /** Whether the commit of this round must fail. */
    boolean failsCommit(int round) {
        return round == failingCommitRound;
    }
}

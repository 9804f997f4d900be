package org.xhpo.jobs.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaSparkContext;
import org.xhpo.jobs.store.TrialTable;
import org.xhpo.study.TrialResult;

/**
 * Commits rounds to the trials table on a background thread, one at a time, so that writing round
 * r overlaps evaluating round r+1. {@link #submit} first waits for the previous commit, so at most
 * one round is ever uncommitted; a failed commit surfaces at the next call. The driver stages each
 * round before submitting it, so a failed commit loses nothing: the next run commits the staged round.
 */
final class RoundCommitter {
    private final TrialTable table;
    private final String sampler;
    private final JavaSparkContext jsc;
    private final String study;
    private final TaskFaults faults;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "xhpo-commit");
        t.setDaemon(true);
        return t;
    });
    private Future<?> pending;
    private long commitNanos;

    RoundCommitter(TrialTable table, String sampler, JavaSparkContext jsc, String study, TaskFaults faults) {
        this.table = table;
        this.faults = faults;
        this.sampler = sampler;
        this.jsc = jsc;
        this.study = study;
    }

    /** Waits for the previous commit, then starts committing this round. */
    void submit(int round, List<TrialResult> results) throws IOException {
        submit(round, results, sampler);
    }

    /** As {@link #submit(int, List)}, with the sampler column's label for this round (a multi-stage sampler's stage). */
    void submit(int round, List<TrialResult> results, String label) throws IOException {
        await();
        pending = thread.submit(() -> {
            long t0 = System.nanoTime();
            jsc.setJobDescription("XHPO study " + study + ": commit round " + round);
            try {
                if (faults.failsCommit(round)) {
                    throw new IOException("injected failure of the commit of round " + round);
                }
                table.commitRound(round, results, label);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            commitNanos += System.nanoTime() - t0;
        });
    }

    /** Waits for the commit in flight, rethrowing its failure. */
    void await() throws IOException {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while committing a round", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            Throwable cause = c instanceof UncheckedIOException u ? u.getCause() : c;
            throw new IOException("committing a round failed: " + cause.getMessage() + "; its finished trials are"
                    + " staged in " + table.path().getParent() + "/_pending and are committed, without evaluating"
                    + " them again, when the same config runs again", cause);
        } finally {
            pending = null;
        }
    }

    /** Waits for the last commit and stops the thread. */
    void close() throws IOException {
        await();
        thread.shutdown();
    }

    /** Stops the thread without waiting (after a failure elsewhere). */
    void abandon() {
        thread.shutdown();
    }

    /** Seconds spent committing. */
    double commitSeconds() {
        return commitNanos / 1e9;
    }
}

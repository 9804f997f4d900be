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
 * one round is ever uncommitted; a failed commit surfaces at the next call.
 */
final class RoundCommitter {
    private final TrialTable table;
    private final String sampler;
    private final JavaSparkContext jsc;
    private final String study;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "xhpo-commit");
        t.setDaemon(true);
        return t;
    });
    private Future<?> pending;
    private long commitNanos;

    RoundCommitter(TrialTable table, String sampler, JavaSparkContext jsc, String study) {
        this.table = table;
        this.sampler = sampler;
        this.jsc = jsc;
        this.study = study;
    }

    /** Waits for the previous commit, then starts committing this round under the configured sampler name. */
    void submit(int round, List<TrialResult> results) throws IOException {
        submit(round, results, sampler);
    }

    /** As {@link #submit(int, List)}, recording {@code proposer} (e.g. {@code auto/gp}) in the sampler column. */
    void submit(int round, List<TrialResult> results, String proposer) throws IOException {
        await();
        pending = thread.submit(() -> {
            long t0 = System.nanoTime();
            jsc.setJobDescription("XHPO study " + study + ": commit round " + round);
            try {
                table.commitRound(round, results, proposer);
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
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IOException("committing a round failed: " + c, c);
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

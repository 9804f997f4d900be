package org.xhpo.jobs.sweep;

import java.io.PrintStream;
import java.util.Locale;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/**
 * Tracks a sweep's progress and prints one line per round: trials done / budget, failures, best so
 * far, elapsed time and an ETA from the mean round time.
 */
public final class RoundProgress {
    private final String study;
    private final int budget;
    private final Direction direction;
    private final PrintStream out;
    private final long startNanos = System.nanoTime();
    private int done;
    private int doneThisRun;
    private int failed;
    private TrialResult best;

    /**
     * @param study study name
     * @param budget total trial budget
     * @param direction which values are better
     * @param out where lines go
     */
    public RoundProgress(String study, int budget, Direction direction, PrintStream out) {
        this.study = study;
        this.budget = budget;
        this.direction = direction;
        this.out = out;
    }

    /** Counts results without printing (trials read back on resume). */
    public void restore(Iterable<TrialResult> results) {
        for (TrialResult r : results) {
            count(r);
        }
    }

    private void count(TrialResult r) {
        done++;
        if (!r.ok()) {
            failed++;
        } else if (best == null || direction.better(r.value(), best.value())) {
            best = r;
        }
    }

    /** Records a finished round and prints its line. */
    public void round(int round, Iterable<TrialResult> results) {
        for (TrialResult r : results) {
            count(r);
            doneThisRun++;
        }
        double elapsed = elapsedSeconds();
        double eta = doneThisRun == 0 ? Double.NaN : elapsed / doneThisRun * Math.max(0, budget - done);
        out.println(String.format(Locale.ROOT,
                "[xhpo] study %s round %d: %d/%d trials, %d failed, best %s, elapsed %.1f s, ETA %.1f s",
                study, round, done, budget, failed,
                best == null ? "none" : String.format(Locale.ROOT, "%.6g (trial %d)", best.value(), best.trial().id()),
                elapsed, eta));
    }

    /** Seconds since this run started. */
    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Trials done, including those read back on resume. */
    public int done() {
        return done;
    }

    /** Trials that did not finish ok. */
    public int failed() {
        return failed;
    }

    /** The best ok trial so far, or null. */
    public TrialResult best() {
        return best;
    }
}

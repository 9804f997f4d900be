package org.xhpo.jobs.sweep;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/**
 * Tracks a sweep's progress and prints one line per round: trials done / budget, failures, best so
 * far, elapsed time and an ETA from the mean round time; when trials of the round failed, the most
 * common failure message of the round (its kind, {@link FailureMessages}, cut to
 * {@value #MAX_ERROR_CHARS} characters) ends the line.
 */
public final class RoundProgress {
    /** Longest failure message shown in a progress line. */
    public static final int MAX_ERROR_CHARS = 100;
    private final String study;
    private final int budget;
    private final Direction direction;
    private final PrintStream out;
    private final long startNanos = System.nanoTime();
    private int done;
    private int doneThisRun;
    private int failed;
    private TrialResult best;
    private final FailureMessages failures = new FailureMessages();

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
            failures.add(r.error());
        } else if (best == null || direction.better(r.value(), best.value())) {
            best = r;
        }
    }

    /** Records a finished round and prints its line. */
    public void round(int round, Iterable<TrialResult> results) {
        FailureMessages ofRound = new FailureMessages();
        for (TrialResult r : results) {
            count(r);
            doneThisRun++;
            if (!r.ok()) {
                ofRound.add(r.error());
            }
        }
        double elapsed = elapsedSeconds();
        double eta = doneThisRun == 0 ? Double.NaN : elapsed / doneThisRun * Math.max(0, budget - done);
        out.println(String.format(Locale.ROOT,
                "[xhpo] study %s round %d: %d/%d trials, %d failed, best %s, elapsed %.1f s, ETA %.1f s",
                study, round, done, budget, failed,
                best == null ? "none" : String.format(Locale.ROOT, "%.6g (trial %d)", best.value(), best.trial().id()),
                elapsed, eta) + mostCommonError(ofRound) + stillRunning());
    }

    /** Timed-out trials of earlier rounds whose objective ignored the interrupt, for the next line. */
    private List<Long> stillRunning = List.of();

    /** Sets the timed-out trials of earlier rounds still running on executors, warned about in the next line. */
    public void stillRunning(List<Long> trialIds) {
        this.stillRunning = List.copyOf(trialIds);
    }

    private String stillRunning() {
        if (stillRunning.isEmpty()) {
            return "";
        }
        List<Long> shown = stillRunning.subList(0, Math.min(5, stillRunning.size()));
        return ", WARNING " + stillRunning.size() + " timed-out trial(s) still running (" + shown
                + (stillRunning.size() > shown.size() ? "..." : "") + "): the objective ignores interruption and"
                + " keeps an executor thread; it should check context.cancelled()";
    }

    private static String mostCommonError(FailureMessages ofRound) {
        Map.Entry<String, Long> top = ofRound.mostCommon();
        if (top == null) {
            return "";
        }
        return String.format(Locale.ROOT, ", most common error (%d of %d): %s", top.getValue(), ofRound.total(),
                FailureMessages.truncate(top.getKey(), MAX_ERROR_CHARS));
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

    /** Failure messages of every trial counted so far (resumed ones included), by kind. */
    public FailureMessages failures() {
        return failures;
    }

    /** The best ok trial so far, or null. */
    public TrialResult best() {
        return best;
    }
}

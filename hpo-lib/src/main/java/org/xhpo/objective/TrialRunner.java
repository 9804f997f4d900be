package org.xhpo.objective;

import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * Evaluates one trial and turns every outcome into a {@link TrialResult}: a value, a thrown
 * exception or error (including {@link OutOfMemoryError} from the objective's own allocations), a
 * non-finite value, or a timeout. Failures are data; nothing here throws.
 */
public final class TrialRunner {
    private final Objective objective;
    private final double timeoutSeconds;
    private final String executorId;

    /**
     * @param objective the objective to evaluate
     * @param timeoutSeconds per-trial limit, 0 for none
     * @param executorId recorded in the result
     */
    public TrialRunner(Objective objective, double timeoutSeconds, String executorId) {
        this.objective = objective;
        this.timeoutSeconds = timeoutSeconds;
        this.executorId = executorId;
    }

    /** Runs the trial to completion, failure or timeout. */
    public TrialResult run(Trial trial) {
        Instant start = Instant.now();
        AtomicBoolean cancelled = new AtomicBoolean(false);
        TrialContext context = new TrialContext(trial.id(), trial.seed(), cancelled::get);
        try {
            Evaluation e = timeoutSeconds > 0 ? withTimeout(trial, context, cancelled) : objective.evaluate(trial.config(), context);
            return finished(trial, e, start);
        } catch (TimeoutException te) {
            return new TrialResult(trial, TrialStatus.TIMEOUT, Double.NaN, null,
                    "exceeded trial_timeout of " + timeoutSeconds + " s", start, Instant.now(), executorId);
        } catch (Throwable t) {
            Throwable cause = t instanceof ExecutionException && t.getCause() != null ? t.getCause() : t;
            return failed(trial, describe(cause), start);
        }
    }

    private Evaluation withTimeout(Trial trial, TrialContext context, AtomicBoolean cancelled) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread th = new Thread(r, "xhpo-trial-" + trial.id());
            th.setDaemon(true);
            return th;
        });
        try {
            Future<Evaluation> f = pool.submit(() -> objective.evaluate(trial.config(), context));
            try {
                return f.get((long) Math.ceil(timeoutSeconds * 1000.0), TimeUnit.MILLISECONDS);
            } catch (TimeoutException te) {
                cancelled.set(true);
                f.cancel(true);
                throw te;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private TrialResult finished(Trial trial, Evaluation e, Instant start) {
        if (e == null) {
            return failed(trial, "objective returned no evaluation", start);
        }
        if (!Double.isFinite(e.value())) {
            return new TrialResult(trial, TrialStatus.FAILED, Double.NaN, e.metrics(),
                    "objective returned a non-finite value: " + e.value(), start, Instant.now(), executorId);
        }
        return new TrialResult(trial, TrialStatus.OK, e.value(), e.metrics(), null, start, Instant.now(), executorId);
    }

    /** A failed result for a trial that could not be run at all. */
    public static TrialResult failure(Trial trial, String message, String executorId) {
        Instant now = Instant.now();
        return new TrialResult(trial, TrialStatus.FAILED, Double.NaN, null, message, now, now, executorId);
    }

    private TrialResult failed(Trial trial, String message, Instant start) {
        return new TrialResult(trial, TrialStatus.FAILED, Double.NaN, null, message, start, Instant.now(), executorId);
    }

    private static String describe(Throwable t) {
        String msg = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        StackTraceElement[] st = t.getStackTrace();
        if (st.length > 0) {
            msg += " (at " + st[0] + ")";
        }
        return msg.length() > 2000 ? msg.substring(0, 2000) : msg;
    }
}

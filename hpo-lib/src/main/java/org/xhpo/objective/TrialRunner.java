package org.xhpo.objective;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialColumns;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * Evaluates one trial and turns every outcome into a {@link TrialResult}: a value, a thrown
 * exception or error (including {@link OutOfMemoryError} from the objective's own allocations), a
 * non-finite value, or a timeout. Failures are data; nothing here throws.
 *
 * <p>A result is validated here, on the executor, before it leaves: the value must be finite, metric
 * names must follow {@link TrialColumns#metricNamesProblem} (the trials table's naming rule, checked
 * against the space's parameters), and metric values must be finite numbers (a null is never stored
 * as 0.0). Anything else makes the trial a failed row naming the reason, so one trial's data can
 * never make a round's commit fail.
 */
public final class TrialRunner {
    /** Most metrics one trial may report: a row stays small enough to collect on the driver. */
    public static final int MAX_METRICS = 1000;
    private static final int MAX_MESSAGE = 2000;
    /** Threads of timed-out trials in this JVM, by trial id, while they are still alive. */
    private static final java.util.concurrent.ConcurrentHashMap<Long, Lingering> LINGERING =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A timed-out trial whose evaluation thread has not stopped. */
    private record Lingering(int round, Thread thread) {
    }

    private final Objective objective;
    private final double timeoutSeconds;
    private final String executorId;
    private final List<String> parameterNames;
    private final java.nio.file.Path artifacts;

    /**
     * A runner whose metric names are checked against no parameters.
     *
     * @param objective the objective to evaluate
     * @param timeoutSeconds per-trial limit, 0 for none
     * @param executorId recorded in the result
     */
    public TrialRunner(Objective objective, double timeoutSeconds, String executorId) {
        this(objective, timeoutSeconds, executorId, List.of());
    }

    /**
     * @param objective the objective to evaluate
     * @param timeoutSeconds per-trial limit, 0 for none
     * @param executorId recorded in the result
     * @param parameterNames the space's parameter names, which metric names may not repeat
     */
    public TrialRunner(Objective objective, double timeoutSeconds, String executorId,
                       Collection<String> parameterNames) {
        this(objective, timeoutSeconds, executorId, parameterNames, null);
    }

    /**
     * @param objective the objective to evaluate
     * @param timeoutSeconds per-trial limit, 0 for none
     * @param executorId recorded in the result
     * @param parameterNames the space's parameter names, which metric names may not repeat
     * @param artifacts the study's per-trial artifact directory ({@link TrialContext#artifacts}), or null
     */
    public TrialRunner(Objective objective, double timeoutSeconds, String executorId,
                       Collection<String> parameterNames, java.nio.file.Path artifacts) {
        this.objective = objective;
        this.timeoutSeconds = timeoutSeconds;
        this.executorId = executorId;
        this.parameterNames = List.copyOf(parameterNames);
        this.artifacts = artifacts;
    }

    /** Runs the trial to completion, failure or timeout. */
    public TrialResult run(Trial trial) {
        Instant start = Instant.now();
        AtomicBoolean cancelled = new AtomicBoolean(false);
        TrialContext context = new TrialContext(trial.id(), trial.seed(), cancelled::get, artifacts);
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
        Thread[] worker = new Thread[1];
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread th = new Thread(r, "xhpo-trial-" + trial.id());
            th.setDaemon(true);
            worker[0] = th;
            return th;
        });
        try {
            Future<Evaluation> f = pool.submit(() -> objective.evaluate(trial.config(), context));
            try {
                return f.get((long) Math.ceil(timeoutSeconds * 1000.0), TimeUnit.MILLISECONDS);
            } catch (TimeoutException te) {
                cancelled.set(true);
                f.cancel(true);
                if (worker[0] != null) {
                    LINGERING.put(trial.id(), new Lingering(trial.round(), worker[0]));
                }
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
        Map<String, Double> metrics;
        try {
            metrics = validMetrics(e.metrics());
        } catch (InvalidResultException bad) {
            return failed(trial, "objective returned an invalid result: " + bad.getMessage(), start);
        }
        if (!Double.isFinite(e.value())) {
            return new TrialResult(trial, TrialStatus.FAILED, Double.NaN, metrics,
                    "objective returned a non-finite value: " + e.value(), start, Instant.now(), executorId);
        }
        return new TrialResult(trial, TrialStatus.OK, e.value(), metrics, null, start, Instant.now(), executorId);
    }

    /** The metrics as a clean name → finite double map, or the reason they cannot be stored. */
    private Map<String, Double> validMetrics(Map<String, Double> given) throws InvalidResultException {
        Map<?, ?> raw = given; // values and keys are checked at run time: a raw map may hold anything
        if (raw.size() > MAX_METRICS) {
            throw new InvalidResultException(raw.size() + " metrics, at most " + MAX_METRICS + " are stored");
        }
        List<String> names = new java.util.ArrayList<>(raw.size());
        for (Object k : raw.keySet()) {
            if (k != null && !(k instanceof String)) {
                throw new InvalidResultException("metric name " + k + " is a " + k.getClass().getName()
                        + ", expected text");
            }
            names.add((String) k);
        }
        String problem = TrialColumns.metricNamesProblem(names, parameterNames);
        if (problem != null) {
            throw new InvalidResultException(problem);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> m : raw.entrySet()) {
            Object v = m.getValue();
            if (!(v instanceof Number n)) {
                throw new InvalidResultException("metric '" + m.getKey() + "' must be a finite number, got "
                        + (v == null ? "null" : "a " + v.getClass().getName()));
            }
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                throw new InvalidResultException("metric '" + m.getKey() + "' must be a finite number, got " + d);
            }
            out.put((String) m.getKey(), d);
        }
        return out;
    }

    /** A result that cannot be stored; its message says why. */
    private static final class InvalidResultException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidResultException(String message) {
            super(message);
        }
    }

    /**
     * Ids of timed-out trials of rounds before {@code round} whose evaluation thread is still running in
     * this JVM: objectives that ignore interruption keep their executor thread (and its memory) after the
     * timeout; the driver warns about them in its progress line.
     */
    public static List<Long> stillRunningBefore(int round) {
        LINGERING.values().removeIf(l -> !l.thread().isAlive());
        List<Long> ids = new java.util.ArrayList<>();
        LINGERING.forEach((id, l) -> {
            if (l.round() < round) {
                ids.add(id);
            }
        });
        java.util.Collections.sort(ids);
        return ids;
    }

    /** A failed result for a trial that could not be run at all. */
    public static TrialResult failure(Trial trial, String message, String executorId) {
        Instant now = Instant.now();
        return new TrialResult(trial, TrialStatus.FAILED, Double.NaN, null, message, now, now, executorId);
    }

    private TrialResult failed(Trial trial, String message, Instant start) {
        return new TrialResult(trial, TrialStatus.FAILED, Double.NaN, null, message, start, Instant.now(), executorId);
    }

    /** Class, message and first frame of a throwable, at most 2,000 characters; never throws. */
    private static String describe(Throwable t) {
        String msg;
        try {
            String m = t.getMessage();
            if (m != null && m.length() > MAX_MESSAGE) {
                m = m.substring(0, MAX_MESSAGE);
            }
            msg = t.getClass().getName() + (m == null ? "" : ": " + m);
            StackTraceElement[] st = t.getStackTrace();
            if (st.length > 0) {
                msg += " (at " + st[0] + ")";
            }
        } catch (Throwable broken) { // a getMessage() that throws must not take the task down
            msg = t.getClass().getName() + " (its message could not be read: " + broken.getClass().getName() + ")";
        }
        return msg.length() > MAX_MESSAGE ? msg.substring(0, MAX_MESSAGE) : msg;
    }
}

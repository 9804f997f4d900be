package org.xhpo.jobs.sweep;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.CollectionAccumulator;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.objective.TrialRunner;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;

/**
 * The executor side of a round: builds the objective from the broadcast spec (once per task) and
 * evaluates the task's trials one after another. Every trial yields a result, failed or not: an
 * objective whose constructor throws (anything, {@link Error}s included) fails the task's trials
 * with the reason, and {@link TrialRunner} validates each result before it leaves the executor.
 */
public final class TrialEvaluator implements FlatMapFunction<Iterator<Trial>, TrialResult> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<SweepPayload> payload;
    private final CollectionAccumulator<Long> stillRunning;

    /**
     * @param payload the broadcast space and objective
     * @param stillRunning collects timed-out trials of earlier rounds whose threads are still alive, or null
     */
    public TrialEvaluator(Broadcast<SweepPayload> payload, CollectionAccumulator<Long> stillRunning) {
        this.payload = payload;
        this.stillRunning = stillRunning;
    }

    @Override
    public Iterator<TrialResult> call(Iterator<Trial> trials) {
        SweepPayload p = payload.value();
        String executor = SparkEnv.get() == null ? "local" : SparkEnv.get().executorId();
        List<TrialResult> out = new ArrayList<>();
        TrialRunner runner = null;
        String constructionError = null;
        try {
            Objective objective = org.xhpo.objective.HypergradientRequest.wrap(ObjectiveRegistry.create(p.objective()),
                    p.hypergradient());
            runner = new TrialRunner(objective, p.trialTimeoutSeconds(), executor, p.space().names(),
                    p.artifacts() == null ? null : java.nio.file.Paths.get(java.net.URI.create(p.artifacts())));
        } catch (Throwable e) { // any Error too: a constructor must fail the task's trials, not the task
            String why = String.valueOf(e);
            constructionError = "objective could not be constructed on executor " + executor + ": "
                    + (why.length() > 2000 ? why.substring(0, 2000) : why);
        }
        int round = Integer.MAX_VALUE;
        while (trials.hasNext()) {
            Trial t = trials.next();
            round = Math.min(round, t.round());
            out.add(runner != null ? runner.run(t) : TrialRunner.failure(t, constructionError, executor));
        }
        if (stillRunning != null && round != Integer.MAX_VALUE) {
            TrialRunner.stillRunningBefore(round).forEach(stillRunning::add);
        }
        TaskContext task = TaskContext.get();
        if (task != null && p.faults().failsAttempt(task.partitionId(), task.attemptNumber())) {
            throw new IllegalStateException("injected failure of task attempt 0, partition " + task.partitionId());
        }
        return out.iterator();
    }
}

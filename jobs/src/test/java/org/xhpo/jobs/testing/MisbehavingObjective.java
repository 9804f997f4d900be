package org.xhpo.jobs.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.Objective;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.Configuration;

/**
 * A user objective for the objective-behaviour table: trial 2k+1 misbehaves in the way
 * {@code modes[k]} names, every other trial returns {@code x} with the metric {@code cost = 2x}. Also
 * counts its evaluations ({@link #EVALUATIONS}; local-mode executors share the test JVM). The
 * {@code ctor_*} modes make the constructor throw on the executor task holding that trial (one trial
 * per task, one round).
 */
public final class MisbehavingObjective implements Objective {
    /** Evaluations so far in this JVM. */
    public static final AtomicInteger EVALUATIONS = new AtomicInteger();

    private final List<String> modes;

    /** @param settings {@code modes}: a list of misbehaviours (default none) */
    @SuppressWarnings("unchecked")
    public MisbehavingObjective(Map<String, Object> settings) {
        this.modes = (List<String>) settings.getOrDefault("modes", List.of());
        TaskContext task = TaskContext.get();
        if (task != null) { // on an executor, in the bad trial's task only
            switch (mode(task.partitionId())) {
                case "ctor_runtime" -> throw new IllegalStateException("constructor fails on the executor");
                case "ctor_error" -> throw new AssertionError("constructor throws an Error on the executor");
                case "ctor_stack" -> throw new StackOverflowError("constructor overflows on the executor");
                default -> { }
            }
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Evaluation evaluate(Configuration config, TrialContext context) throws Exception {
        EVALUATIONS.incrementAndGet();
        double x = config.getDouble("x");
        String mode = mode(context.trialId());
        if (mode.equals("none")) {
            return new Evaluation(x, Map.of("cost", 2 * x));
        }
        Map<String, Double> m = new LinkedHashMap<>();
        Map raw = m;
        switch (mode) {
            case "nan_value" -> { return Evaluation.of(Double.NaN); }
            case "inf_value" -> { return Evaluation.of(Double.NEGATIVE_INFINITY); }
            case "null_evaluation" -> { return null; }
            case "nan_metric" -> m.put("cost", Double.NaN);
            case "inf_metric" -> m.put("cost", Double.POSITIVE_INFINITY);
            case "null_metric" -> m.put("cost", null);
            case "null_metric_name" -> m.put(null, 1.0);
            case "metric_value" -> m.put("value", 1.0);
            case "metric_status" -> m.put("status", 1.0);
            case "metric_value_upper" -> m.put("VALUE", 1.0);
            case "metric_trial_id" -> m.put("Trial_Id", 1.0);
            case "metric_round" -> m.put("round", 1.0);
            case "metric_metrics" -> m.put("metrics", 1.0);
            case "metric_error" -> m.put("error", 1.0);
            case "metric_unit_prefix" -> m.put("u_x", 1.0);
            case "metric_unit_prefix_upper" -> m.put("U_cost", 1.0);
            case "metric_parameter" -> m.put("x", 1.0);
            case "metric_parameter_case" -> m.put("X", 1.0);
            case "metric_case_twins" -> { m.put("loss", 1.0); m.put("Loss", 2.0); }
            case "metric_space" -> m.put("a b", 1.0);
            case "metric_dot" -> m.put("a.b", 1.0);
            case "metric_backtick" -> m.put("a`b", 1.0);
            case "metric_leading_digit" -> m.put("1st", 1.0);
            case "metric_empty_name" -> m.put("", 1.0);
            case "metric_huge_name" -> m.put("m".repeat(100_000), 1.0);
            case "metric_text_value" -> raw.put("cost", "cheap");
            case "metric_non_text_name" -> raw.put(7, 1.0);
            case "too_many_metrics" -> {
                for (int i = 0; i < 5000; i++) {
                    m.put("m" + i, (double) i);
                }
            }
            case "huge_message" -> throw new IllegalStateException("z".repeat(5_000_000));
            case "message_throws" -> throw new IllegalStateException() {
                @Override
                public String getMessage() {
                    throw new UnsupportedOperationException("no message");
                }
            };
            case "throws_error" -> throw new AssertionError("objective asserted");
            case "throws_checked" -> throw new java.io.IOException("objective could not read its data");
            case "stack_overflow" -> { return evaluate(config, context); }
            case "ignore_interrupt" -> { // keeps its thread 15 s after any timeout, without using a core
                long end = System.nanoTime() + 15_000_000_000L;
                while (System.nanoTime() < end) {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException ignored) {
                        // the bug under test: the interrupt is swallowed
                    }
                }
            }
            default -> { }
        }
        return new Evaluation(x, m);
    }

    /** The misbehaviour of a trial id. */
    private String mode(long trialId) {
        int k = (int) ((trialId - 1) / 2);
        return trialId % 2 == 1 && k < modes.size() ? modes.get(k) : "none";
    }
}

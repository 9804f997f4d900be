package org.xhpo.jobs.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xhpo.config.ConfigReader;
import org.xhpo.config.SweepConfig;
import org.xhpo.jobs.store.TrialTable;
import org.xhpo.jobs.testing.MisbehavingObjective;
import org.xhpo.jobs.testing.SharedSpark;

/**
 * The objective-behaviour table: one trial of a sweep misbehaves in one way; the sweep completes, that
 * trial is a failed row naming the reason, and every other trial is committed ok.
 */
class ObjectiveMisbehaviourTest {
    static Stream<Arguments> misbehaviours() {
        return Stream.of(
                Arguments.of("nan_value", "objective returned a non-finite value: NaN"),
                Arguments.of("inf_value", "objective returned a non-finite value: -Infinity"),
                Arguments.of("null_evaluation", "objective returned no evaluation"),
                Arguments.of("nan_metric", "metric 'cost' must be a finite number, got NaN"),
                Arguments.of("inf_metric", "metric 'cost' must be a finite number, got Infinity"),
                Arguments.of("null_metric", "metric 'cost' must be a finite number, got null"),
                Arguments.of("null_metric_name", "metric name null: a name is required"),
                Arguments.of("metric_value", "metric name 'value': name collides with a trials-table column"),
                Arguments.of("metric_status", "metric name 'status': name collides with a trials-table column"),
                Arguments.of("metric_value_upper", "metric name 'VALUE': name collides with a trials-table column"),
                Arguments.of("metric_trial_id", "metric name 'Trial_Id': name collides with a trials-table column"),
                Arguments.of("metric_round", "metric name 'round': name collides with a trials-table column"),
                Arguments.of("metric_metrics", "metric name 'metrics': name collides with a trials-table column"),
                Arguments.of("metric_error", "metric name 'error': name collides with a trials-table column"),
                Arguments.of("metric_unit_prefix", "metric name 'u_x': name collides with a trials-table column"),
                Arguments.of("metric_unit_prefix_upper", "metric name 'U_cost': name collides"),
                Arguments.of("metric_parameter", "metric name 'x' collides with parameter 'x'"),
                Arguments.of("metric_parameter_case", "metric name 'X' collides with parameter 'x'"),
                Arguments.of("metric_case_twins", "metric name 'Loss' collides with metric 'loss'"),
                Arguments.of("metric_space", "metric name 'a b': name must start with a letter"),
                Arguments.of("metric_dot", "metric name 'a.b': name must start with a letter"),
                Arguments.of("metric_backtick", "metric name 'a`b': name must start with a letter"),
                Arguments.of("metric_leading_digit", "metric name '1st': name must start with a letter"),
                Arguments.of("metric_empty_name", "metric name '': name must start with a letter"),
                Arguments.of("metric_huge_name", "names are at most 128 characters, got 100000"),
                Arguments.of("metric_text_value", "metric 'cost' must be a finite number, got a java.lang.String"),
                Arguments.of("metric_non_text_name", "metric name 7 is a java.lang.Integer, expected text"),
                Arguments.of("too_many_metrics", "5000 metrics, at most 1000 are stored"),
                Arguments.of("huge_message", "java.lang.IllegalStateException: zzzz"),
                Arguments.of("message_throws", "its message could not be read"),
                Arguments.of("throws_error", "java.lang.AssertionError: objective asserted"),
                Arguments.of("throws_checked", "java.io.IOException: objective could not read its data"),
                Arguments.of("stack_overflow", "java.lang.StackOverflowError"),
                Arguments.of("ctor_runtime", "objective could not be constructed on executor"),
                Arguments.of("ctor_error", "AssertionError: constructor throws an Error on the executor"),
                Arguments.of("ctor_stack", "StackOverflowError: constructor overflows on the executor"));
    }

    /** One sweep for the whole table: trial 2k+1 misbehaves as case k says, the others are good. */
    private static List<Row> rows;
    private static SweepOutcome outcome;
    private static List<String> modes;

    @BeforeAll
    static void sweep(@TempDir Path dir) throws Exception {
        modes = misbehaviours().map(a -> (String) a.get()[0]).toList();
        int trials = 2 * modes.size() + 1;
        SweepConfig c = ConfigReader.parse("study: {name: m, seed: 4}\nobjective: {name: "
                + MisbehavingObjective.class.getName() + ", settings: {modes: " + modes + "}}\n"
                + "space: {x: {type: float, low: 0, high: 1}}\nsampler: sobol\n"
                + "budget: {trials: " + trials + ", batch_size: " + trials + "}\n"
                + "execution: {trials_per_task: 1, max_failed_fraction: 1}\noutput: {dir: " + dir + "}\n", "t");
        outcome = new SweepDriver(SharedSpark.get(), c, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run();
        rows = new TrialTable(SharedSpark.get(), c.outputDir() + "/m", "m", 4, c.space()).read()
                .orderBy("trial_id").select("trial_id", "status", "error", "value", "metrics").collectAsList();
    }

    @Test
    void theSweepCompletedWithEveryTrialCommittedOnce() {
        assertEquals(2 * modes.size() + 1, outcome.trials());
        assertEquals(modes.size(), outcome.failed());
        assertEquals(outcome.trials(), rows.size());
        for (Row r : rows) {
            assertEquals(rows.indexOf(r), r.getLong(0), "trial ids 0..n-1, each once");
            if (r.getLong(0) % 2 == 0) {
                assertEquals("ok", r.getString(1), () -> "trial " + r.getLong(0) + ": " + r.getString(2));
                assertEquals(2 * r.getDouble(3), r.getJavaMap(4).get("cost"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misbehaviours")
    void theMisbehavingTrialIsAFailedRowNamingTheReason(String mode, String reason) {
        Row r = rows.get(2 * modes.indexOf(mode) + 1);
        String error = r.getString(2);
        assertEquals("failed", r.getString(1), mode);
        assertTrue(error.contains(reason), () -> mode + ": " + error.substring(0, Math.min(300, error.length())));
        assertTrue(error.length() <= 2200, "the stored reason is bounded");
        assertTrue(r.isNullAt(3), "a failed trial has no value");
        Row before = rows.get(2 * modes.indexOf(mode));
        assertEquals("ok", before.getString(1), "its neighbour is committed ok");
    }
}

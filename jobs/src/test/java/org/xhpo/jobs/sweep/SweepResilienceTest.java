package org.xhpo.jobs.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.config.ConfigReader;
import org.xhpo.config.SweepConfig;
import org.xhpo.jobs.store.TrialTable;
import org.xhpo.jobs.testing.SharedSpark;
import org.xhpo.jobs.testing.SwitchableObjective;

/** Nothing finished is lost or counted twice: task retries, and a driver killed with SIGKILL. */
class SweepResilienceTest {
    private static final String[] COLUMNS = {"trial_id", "round", "x", "k", "c", "value", "status", "seed"};

    @TempDir
    Path tmp;

    private static String yaml(String objective, int trials, int batch, String out) {
        return "study: {name: r, seed: 5}\nobjective: " + objective + "\n"
                + "space: {x: {type: float, low: 0, high: 1}, k: {type: int, low: 1, high: 9}, c: {type: categorical, choices: [a, b]}}\n"
                + "sampler: tpe\nbudget: {trials: " + trials + ", batch_size: " + batch + "}\n"
                + "execution: {trials_per_task: 1}\noutput: {dir: " + out + "}\n";
    }

    private static Dataset<Row> table(SweepConfig c) {
        return new TrialTable(SharedSpark.get(), c.outputDir() + "/" + c.study(), c.study(), c.seed(), c.space()).read()
                .selectExpr(COLUMNS);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Test
    void retriedTasksWriteEachTrialOnceWithTheSameResult() throws Exception {
        SweepConfig faulty = ConfigReader.parse(yaml("noop", 24, 8, tmp.resolve("faulty").toString()), "t");
        SweepConfig clean = ConfigReader.parse(yaml("noop", 24, 8, tmp.resolve("clean").toString()), "t");
        // the first attempt of partitions 0, 2, 4, 6 of every round fails; Spark retries them
        new SweepDriver(SharedSpark.get(), faulty, quiet(), new TaskFaults(2)).run();
        new SweepDriver(SharedSpark.get(), clean, quiet()).run();
        Dataset<Row> f = table(faulty);
        assertEquals(24, f.count());
        assertEquals(24, f.select("trial_id").distinct().count());
        new JavaDataFrameSuiteBase().assertDataFrameNoOrderEquals(table(clean), f);
    }

    @Test
    void stuckTrialsTimeOutOnTheExecutorAndTheSweepGoesOn() throws Exception {
        SweepConfig c = ConfigReader.parse("study: {name: t, seed: 1}\n"
                + "objective: {name: flaky, settings: {throw_every: 0, hang_every: 3}}\n"
                + "space: {x: {type: float, low: 0, high: 1}}\nbudget: {trials: 9, batch_size: 9}\n"
                + "execution: {trial_timeout: 1s, trials_per_task: 1}\noutput: {dir: " + tmp.resolve("timeout") + "}\n", "t");
        long t0 = System.nanoTime();
        SweepOutcome o = new SweepDriver(SharedSpark.get(), c, quiet()).run();
        assertTrue((System.nanoTime() - t0) / 1e9 < 30, "hanging trials were interrupted");
        Dataset<Row> t = new TrialTable(SharedSpark.get(), c.outputDir() + "/t", "t", 1, c.space()).read();
        assertEquals(List.of(0L, 3L, 6L), t.filter("status = 'timeout'").orderBy("trial_id").select("trial_id")
                .collectAsList().stream().map(r -> r.getLong(0)).toList());
        assertEquals(6, t.filter("status = 'ok'").count());
        assertEquals(3, o.failed());
    }

    @Test
    void sweepStoppedByFailuresResumesOnceTheObjectiveIsFixed() throws Exception {
        String yaml = "study: {name: fix, seed: 3}\nobjective: org.xhpo.jobs.testing.SwitchableObjective\n"
                + "space: {x: {type: float, low: 0, high: 1}}\nbudget: {trials: 30, batch_size: 10}\n"
                + "output: {dir: " + tmp.resolve("fix") + "}\n";
        SweepConfig c = ConfigReader.parse(yaml, "t");
        SwitchableObjective.BROKEN.set(true);
        try {
            org.junit.jupiter.api.Assertions.assertThrows(TooManyFailuresException.class,
                    () -> new SweepDriver(SharedSpark.get(), c, quiet()).run());
        } finally {
            SwitchableObjective.BROKEN.set(false);
        }
        SweepOutcome o = new SweepDriver(SharedSpark.get(), ConfigReader.parse(yaml, "t"), quiet()).run();
        assertEquals(30, o.trials());
        Dataset<Row> t = new TrialTable(SharedSpark.get(), c.outputDir() + "/fix", "fix", 3, c.space()).read();
        assertEquals(10, t.filter("status = 'failed'").count()); // the broken round is kept, not redone
        assertEquals(20, t.filter("status = 'ok'").count());
        assertEquals(30, t.select("trial_id").distinct().count());
    }

    @Test
    void driverKilledMidSweepResumesToTheSameTable() throws Exception {
        String objective = "{name: sleep, settings: {millis: 150}}";
        Path killedOut = tmp.resolve("killed");
        Path cfgFile = tmp.resolve("sweep.yaml");
        Files.writeString(cfgFile, yaml(objective, 40, 4, killedOut.toString()));

        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens")) {
                cmd.add(arg);
            }
        }
        cmd.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.xhpo.jobs.cli.XhpoMain", "run",
                cfgFile.toString(), "--master", "local[2]"));
        Process driver = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        boolean sawRound = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.contains("[xhpo] study r round 3:")) {
                    sawRound = true;
                    driver.destroyForcibly(); // SIGKILL, mid-sweep
                    break;
                }
            }
        }
        driver.waitFor(30, TimeUnit.SECONDS);
        assertTrue(sawRound, "the separate driver reached round 3 before it was killed");

        SweepConfig resumed = ConfigReader.read(cfgFile);
        long before = new TrialTable(SharedSpark.get(), killedOut + "/r", "r", 5, resumed.space()).readResults().size();
        // rounds 0-2 are committed for sure (a round line prints while its own commit is in flight)
        assertTrue(before >= 12 && before < 40, "killed after round 3 with " + before + " trials committed");
        SweepOutcome o = new SweepDriver(SharedSpark.get(), resumed, quiet()).run();
        assertEquals(40, o.trials());

        SweepConfig straight = ConfigReader.parse(yaml(objective, 40, 4, tmp.resolve("straight").toString()), "t");
        new SweepDriver(SharedSpark.get(), straight, quiet()).run();
        Dataset<Row> k = table(resumed);
        assertEquals(40, k.count());
        assertEquals(40, k.select("trial_id").distinct().count());
        new JavaDataFrameSuiteBase().assertDataFrameNoOrderEquals(table(straight), k);
    }

    @Test
    void failedCommitLeavesTheRoundStagedAndTheNextRunCommitsItWithoutEvaluatingAgain() throws Exception {
        String objective = "{name: " + org.xhpo.jobs.testing.MisbehavingObjective.class.getName() + "}";
        SweepConfig c = ConfigReader.parse(yaml(objective, 12, 4, tmp.resolve("commit").toString()), "t");
        java.util.concurrent.atomic.AtomicInteger evaluations = org.xhpo.jobs.testing.MisbehavingObjective.EVALUATIONS;
        evaluations.set(0);
        // round 1's commit fails; round 2 is evaluated and staged before the failure surfaces
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new SweepDriver(SharedSpark.get(), c, quiet(), TaskFaults.failingCommit(1)).run());
        assertTrue(e.getMessage().contains("injected failure of the commit of round 1"), e.getMessage());
        assertTrue(e.getMessage().contains("_pending"), e.getMessage());
        assertEquals(12, evaluations.get());
        assertEquals(4, table(c).count(), "only round 0 is committed");
        assertTrue(Files.exists(tmp.resolve("commit/r/_pending/round=1.json")));

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SweepOutcome o = new SweepDriver(SharedSpark.get(), ConfigReader.parse(yaml(objective, 12, 4,
                tmp.resolve("commit").toString()), "t"), new PrintStream(log, true, StandardCharsets.UTF_8)).run();
        assertEquals(12, o.trials());
        assertEquals(12, evaluations.get(), "the staged rounds were committed, not evaluated again");
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("committed 8 finished trials"), log.toString());
        try (java.util.stream.Stream<Path> left = Files.list(tmp.resolve("commit/r/_pending"))) {
            assertEquals(0, left.count(), "nothing left staged");
        }

        SweepConfig straight = ConfigReader.parse(yaml(objective, 12, 4, tmp.resolve("straight").toString()), "t");
        new SweepDriver(SharedSpark.get(), straight, quiet()).run();
        Dataset<Row> k = table(c);
        assertEquals(12, k.count());
        assertEquals(12, k.select("trial_id").distinct().count());
        new JavaDataFrameSuiteBase().assertDataFrameNoOrderEquals(table(straight), k);
        Dataset<Row> full = new TrialTable(SharedSpark.get(), c.outputDir() + "/r", "r", 5, c.space()).read();
        assertEquals(12, full.filter("metrics['cost'] = 2 * value AND start_time IS NOT NULL").count(),
                "metrics and times survive staging");
    }

    @Test
    void aTimedOutTrialThatIgnoresTheInterruptIsWarnedAboutInTheNextRound() throws Exception {
        SweepConfig c = ConfigReader.parse("study: {name: i, seed: 2}\nobjective: {name: "
                + org.xhpo.jobs.testing.MisbehavingObjective.class.getName() + ", settings: {modes: [ignore_interrupt]}}\n"
                + "space: {x: {type: float, low: 0, high: 1}}\nbudget: {trials: 4, batch_size: 2}\n"
                + "execution: {trial_timeout: 1s, trials_per_task: 1, max_failed_fraction: 1}\n"
                + "output: {dir: " + tmp.resolve("interrupt") + "}\n", "t");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SweepOutcome o = new SweepDriver(SharedSpark.get(), c, new PrintStream(log, true, StandardCharsets.UTF_8)).run();
        assertEquals(4, o.trials());
        assertEquals(1, o.failed());
        String lines = log.toString(StandardCharsets.UTF_8);
        String round1 = lines.lines().filter(l -> l.contains("round 1:")).findFirst().orElse("");
        assertTrue(round1.contains("WARNING 1 timed-out trial(s) still running ([1])"), lines);
        assertTrue(round1.contains("context.cancelled()"), round1);
        assertTrue(lines.lines().filter(l -> l.contains("round 0:")).noneMatch(l -> l.contains("WARNING")), lines);
    }
}

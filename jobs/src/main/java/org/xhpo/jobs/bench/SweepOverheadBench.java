package org.xhpo.jobs.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.xhpo.config.ConfigReader;
import org.xhpo.config.SweepConfig;
import org.xhpo.jobs.sweep.SweepDriver;
import org.xhpo.jobs.sweep.SweepOutcome;

/**
 * Measures the sweep's own overhead: trials per second with a no-op objective at batch sizes 1, 8,
 * 64 and 512, and the parallel efficiency of a 200 ms sleeping objective on the session's cores.
 * Writes {@code sweep-overhead.csv} and {@code sweep-overhead.md} to the given directory.
 */
public final class SweepOverheadBench {
    private static final String SPACE = "space: {x: {type: float, low: 0, high: 1}, n: {type: int, low: 1, high: 64},"
            + " c: {type: categorical, choices: [a, b, c]}}\n";

    private final SparkSession spark;
    private final Path work;
    private final PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

    /**
     * @param spark the session (its master decides the cores)
     * @param work scratch directory for the studies' tables
     */
    public SweepOverheadBench(SparkSession spark, Path work) {
        this.spark = spark;
        this.work = work;
    }

    /** One measured configuration. */
    record Row(String objective, int batch, int trials, int tasksPerRound, double wallSeconds, double evaluateSeconds,
               double commitSeconds) {
        double msPerTrial() {
            return 1000 * wallSeconds / trials;
        }
    }

    private Row measure(String name, String objective, int batch, int trials, String perTask) throws IOException {
        String yaml = "study: {name: " + name + ", seed: 1}\nobjective: " + objective + "\n" + SPACE
                + "sampler: random\nbudget: {trials: " + trials + ", batch_size: " + batch + "}\n"
                + "execution: {trials_per_task: " + perTask + "}\noutput: {dir: " + work + "}\nanalysis: off\n";
        SweepConfig c = ConfigReader.parse(yaml, "bench");
        SweepOutcome o = new SweepDriver(spark, c, quiet).run();
        int parallelism = spark.sparkContext().defaultParallelism();
        int tasks = perTask.equals("auto") ? Math.min(batch, 4 * parallelism) : (batch + Integer.parseInt(perTask) - 1) / Integer.parseInt(perTask);
        return new Row(objective, batch, trials, tasks, o.wallSeconds(), o.evaluateSeconds(), o.commitSeconds());
    }

    /** Runs the benchmark and writes the CSV and the markdown summary into {@code outDir}. */
    public void run(Path outDir) throws IOException {
        measure("warmup", "noop", 8, 64, "auto");
        List<Row> rows = new ArrayList<>();
        int[][] plan = {{1, 32}, {8, 128}, {64, 512}, {512, 2048}};
        for (int[] p : plan) {
            rows.add(measure("noop-" + p[0], "noop", p[0], p[1], "auto"));
        }
        int cores = spark.sparkContext().defaultParallelism();
        List<Row> sleeps = new ArrayList<>();
        for (int batch : new int[] {4 * cores, 8 * cores}) {
            sleeps.add(measure("sleep-" + batch, "{name: sleep, settings: {millis: 200}}", batch, 4 * batch, "1"));
        }

        Files.createDirectories(outDir);
        StringBuilder csv = new StringBuilder("objective,batch_size,trials,tasks_per_round,wall_s,evaluate_s,commit_s,ms_per_trial,trials_per_s\n");
        for (Row r : rows) {
            csv.append(String.format(Locale.ROOT, "noop,%d,%d,%d,%.3f,%.3f,%.3f,%.3f,%.1f%n", r.batch(), r.trials(),
                    r.tasksPerRound(), r.wallSeconds(), r.evaluateSeconds(), r.commitSeconds(), r.msPerTrial(),
                    r.trials() / r.wallSeconds()));
        }
        for (Row sleep : sleeps) {
            csv.append(String.format(Locale.ROOT, "sleep200ms,%d,%d,%d,%.3f,%.3f,%.3f,%.3f,%.1f%n", sleep.batch(),
                    sleep.trials(), sleep.tasksPerRound(), sleep.wallSeconds(), sleep.evaluateSeconds(),
                    sleep.commitSeconds(), sleep.msPerTrial(), sleep.trials() / sleep.wallSeconds()));
        }
        Files.writeString(outDir.resolve("sweep-overhead.csv"), csv.toString());

        StringBuilder md = new StringBuilder();
        md.append("### Sweep overhead (").append(Instant.now()).append(", master ").append(spark.sparkContext().master())
                .append(", ").append(cores).append(" cores)\n\n");
        md.append("No-op objective; every round is one Spark job plus one atomic Parquet commit.\n\n");
        md.append("| batch size | trials | tasks/round | wall s | evaluate s | commit s | overhead ms/trial | trials/s |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.0f |%n", r.batch(), r.trials(),
                    r.tasksPerRound(), r.wallSeconds(), r.evaluateSeconds(), r.commitSeconds(), r.msPerTrial(),
                    r.trials() / r.wallSeconds()));
        }
        md.append("\nParallel efficiency with a 200 ms sleeping objective, one task per trial, 4 rounds, on ")
                .append(cores).append(" cores (ideal = trials × 0.2 s / cores):\n\n");
        md.append("| batch size | trials | wall s | ideal s | efficiency |\n|---:|---:|---:|---:|---:|\n");
        for (Row sleep : sleeps) {
            double ideal = sleep.trials() * 0.2 / cores;
            md.append(String.format(Locale.ROOT, "| %d | %d | %.2f | %.2f | **%.0f%%** |%n", sleep.batch(), sleep.trials(),
                    sleep.wallSeconds(), ideal, 100 * ideal / sleep.wallSeconds()));
        }
        Files.writeString(outDir.resolve("sweep-overhead.md"), md.toString());
    }
}

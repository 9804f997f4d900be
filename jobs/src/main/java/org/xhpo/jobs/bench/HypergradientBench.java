package org.xhpo.jobs.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.xhpo.config.ConfigReader;
import org.xhpo.config.SweepConfig;
import org.xhpo.jobs.store.TrialTable;
import org.xhpo.jobs.sweep.SweepDriver;
import org.xhpo.jobs.sweep.SweepOutcome;
import org.xhpo.objective.ridge.PolynomialModelSelection;
import org.xhpo.study.SampleStats;
import org.xhpo.study.TrialResult;

/**
 * Reproduces the experiments of hpo-lecture-gradient-bayesian.md on this machine and writes
 * {@code hypergradient-bench.md} and CSVs:
 * <ol>
 *   <li>"Experiment: polynomials": which degree the evidence and 5-fold CV pick, by sample size, over
 *       independent data sets (exact, in process);</li>
 *   <li>HOAG's optimum of the one-hyperparameter ridge CV loss against a 401-point grid sweep (Spark);</li>
 *   <li>"Algorithm comparison" on {@code logreg} (Fashion-MNIST): random search, TPE, GP-BO, greedy,
 *       HOAG and Neumann at equal wall time per cell on the same executors, with 1, 9 and 784
 *       weight-decay hyperparameters (GP-BO not at 784);</li>
 *   <li>"Experiment: MNIST" with input noise: HOAG's validation loss against hyperparameter steps for
 *       σ ∈ {0, 0.1, 0.25, 0.5}.</li>
 * </ol>
 */
public final class HypergradientBench {
    private final SparkSession spark;
    private final Path work;
    private final PrintStream log;
    private final PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

    /**
     * @param spark the session (its master decides the executors)
     * @param work scratch directory for the studies' tables
     * @param log progress lines
     */
    public HypergradientBench(SparkSession spark, Path work, PrintStream log) {
        this.spark = spark;
        this.work = work;
        this.log = log;
    }

    /**
     * What to run.
     *
     * @param parts any of polynomials, grid, comparison, noise
     * @param learningRate Adam's step size (unit space) of the hypergradient samplers
     */
    public record Plan(List<Integer> sampleSizes, int dataSets, double wallSeconds, List<Integer> dims,
                       List<String> methods, int trainSize, List<Double> noises, int noiseSteps, List<String> parts,
                       double learningRate) {
    }

    /** Runs every part and writes the results into {@code outDir}. */
    public void run(Plan plan, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        long t0 = System.nanoTime();
        StringBuilder md = new StringBuilder("### Hypergradient benchmark (" + Instant.now() + ", master "
                + spark.sparkContext().master() + ")\n\n");
        if (plan.parts().contains("polynomials")) {
            md.append(polynomials(plan, outDir));
        }
        if (plan.parts().contains("grid")) {
            md.append(hoagAgainstGrid());
        }
        if (plan.parts().contains("comparison")) {
            md.append(comparison(plan, outDir));
        }
        if (plan.parts().contains("noise")) {
            md.append(noiseCurves(plan, outDir));
        }
        md.append(String.format(Locale.ROOT, "Whole benchmark: %.0f s wall.%n", (System.nanoTime() - t0) / 1e9));
        Files.writeString(outDir.resolve("hypergradient-bench.md"), md.toString());
    }

    private String polynomials(Plan plan, Path outDir) throws IOException {
        PolynomialModelSelection sel = new PolynomialModelSelection(9, 121, 5, 0.3);
        StringBuilder csv = new StringBuilder("samples,seed,degree,evidence_alpha,log_evidence,evidence_test_mse,cv_alpha,"
                + "cv_loss,cv_test_mse\n");
        StringBuilder md = new StringBuilder("#### Polynomials: degree picked by the evidence and by 5-fold CV\n\n"
                + "y = sin(πx) + N(0, 0.3²), x ~ U(−1, 1); degrees 0–9; α on 121 log-spaced points in [1e-6, 1e4] per "
                + "degree; " + plan.dataSets() + " data sets per N. Test MSE against the noiseless curve.\n\n"
                + "| N | criterion | degrees picked (degree: data sets) | median degree | test MSE of the pick, mean ± sd |\n"
                + "|---:|---|---|---:|---|\n");
        for (int n : plan.sampleSizes()) {
            List<PolynomialModelSelection.Cell> evPicks = new ArrayList<>();
            List<PolynomialModelSelection.Cell> cvPicks = new ArrayList<>();
            for (long seed = 0; seed < plan.dataSets(); seed++) {
                List<PolynomialModelSelection.Cell> cells = sel.cells(n, seed);
                for (PolynomialModelSelection.Cell c : cells) {
                    csv.append(String.format(Locale.ROOT, "%d,%d,%d,%.6g,%.6f,%.6g,%.6g,%.6g,%.6g%n", n, seed, c.degree(),
                            c.evidenceAlpha(), c.logEvidence(), c.evidenceTestMse(), c.cvAlpha(), c.cvLoss(), c.cvTestMse()));
                }
                evPicks.add(PolynomialModelSelection.evidencePick(cells));
                cvPicks.add(PolynomialModelSelection.cvPick(cells));
            }
            md.append(pickRow(n, "evidence", evPicks, true)).append(pickRow(n, "5-fold CV", cvPicks, false));
        }
        Files.writeString(outDir.resolve("hypergradient-polynomials.csv"), csv.toString());
        log.println("[bench] polynomials done");
        return md.append('\n').toString();
    }

    private static String pickRow(int n, String name, List<PolynomialModelSelection.Cell> picks, boolean evidence) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        double[] mse = new double[picks.size()];
        int[] degrees = new int[picks.size()];
        for (int i = 0; i < picks.size(); i++) {
            PolynomialModelSelection.Cell c = picks.get(i);
            counts.merge(c.degree(), 1, Integer::sum);
            mse[i] = evidence ? c.evidenceTestMse() : c.cvTestMse();
            degrees[i] = c.degree();
        }
        java.util.Arrays.sort(degrees);
        StringBuilder hist = new StringBuilder();
        counts.forEach((d, k) -> hist.append(hist.length() == 0 ? "" : ", ").append(d).append(": ").append(k));
        return String.format(Locale.ROOT, "| %d | %s | %s | %d | %.4f ± %.4f |%n", n, name, hist, degrees[degrees.length / 2],
                SampleStats.mean(mse), SampleStats.sd(mse));
    }

    private String hoagAgainstGrid() throws IOException {
        String common = "objective: {name: ridge_polynomial, settings: {samples: 30, degree: 9}}\n"
                + "space: {alpha: {type: float, low: 1.0e-8, high: 1.0e3, log: true}}\nanalysis: off\n"
                + "output: {dir: " + work + "}\n";
        SweepOutcome grid = sweep("study: {name: poly-grid, seed: 1}\n" + common
                + "sampler: {name: grid, settings: {grid_points: 401}}\nbudget: {trials: 401, batch_size: 64}\n");
        SweepOutcome hoag = sweep("study: {name: poly-hoag, seed: 1}\n" + common
                + "sampler: {name: hypergradient, settings: {method: hoag, chains: 4, lr: 0.05}}\n"
                + "budget: {trials: 160, batch_size: 4}\n");
        double gridAlpha = grid.best().trial().config().getDouble("alpha");
        double hoagAlpha = hoag.best().trial().config().getDouble("alpha");
        log.println("[bench] HOAG vs grid done");
        return String.format(Locale.ROOT, "#### HOAG against a fine grid (ridge_polynomial, N = 30, degree 9, CV loss)%n%n"
                + "| search | trials | best α | best CV MSE | wall s |%n|---|---:|---:|---:|---:|%n"
                + "| grid, 401 log-spaced points on [1e-8, 1e3] | %d | %.5g | %.6f | %.1f |%n"
                + "| HOAG, 4 chains × 40 steps (Adam, lr 0.05 in unit space) | %d | %.5g | %.6f | %.1f |%n%n",
                grid.trials(), gridAlpha, grid.best().value(), grid.wallSeconds(),
                hoag.trials(), hoagAlpha, hoag.best().value(), hoag.wallSeconds());
    }

    /**
     * One sweep per (hyperparameter count, method), methods in a rotated order per count so none is
     * always first. Each cell gets {@code wallSeconds} of wall time ({@code budget.wall_time}); as the
     * driver finishes the round in progress, the cell's figures are read from the trials that ended
     * within {@code wallSeconds} of the cell's start (equal wall time, not equal trials). The load
     * average at the start and end of every cell goes into the CSV.
     */
    private String comparison(Plan plan, Path outDir) throws IOException {
        StringBuilder csv = new StringBuilder("hyperparameters,method,trials_in_wall,trials_run,failed,best_val_loss,"
                + "test_loss,test_error,best_at_s,median_trial_s,wall_s,cpu_s,load1_start,load5_start,load1_end,load5_end\n");
        StringBuilder curves = new StringBuilder("hyperparameters,method,trial_id,round,end_s,duration_s,val_loss,"
                + "test_loss,test_error,best_val_loss,best_test_loss,best_test_error\n");
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "#### Algorithm comparison on logreg "
                + "(Fashion-MNIST, %d training + 500 validation images, 2,000 test images), %.0f s of wall time per cell%n%n"
                + "Each cell is one sweep with `budget.wall_time` = %.0f s and batches of 2 on the same executors; "
                + "figures are those of the trial with the lowest validation cross-entropy among the trials that "
                + "ended within %.0f s of the cell's start.%n%n| hyperparameters | method | trials | best validation "
                + "loss | its test loss | its test error | found at s | load 1-min start/end |%n"
                + "|---:|---|---:|---:|---:|---:|---:|---|%n", plan.trainSize(), plan.wallSeconds(), plan.wallSeconds(),
                plan.wallSeconds()));
        // Untimed warm-up: the first trials of a JVM pay for reading the images and JIT compilation.
        new SweepDriver(spark, ConfigReader.parse("study: {name: logreg-warmup, seed: 1}\n"
                + "objective: {name: logreg, settings: {train_size: " + plan.trainSize() + ", validation: 500, "
                + "test_size: 2000, group_size: 10, tolerance: 1.0e-4, max_iterations: 150}}\n"
                + "sampler: {name: hypergradient, settings: {method: hoag, chains: 2}}\nbudget: {trials: 2, batch_size: 2}\n"
                + "analysis: off\noutput: {dir: " + work + "}\n", "bench"), quiet).run();
        int dimIndex = 0;
        for (int dims : plan.dims()) {
            int side = dims == 1 ? 28 : dims == 9 ? 10 : dims == 16 ? 7 : dims == 784 ? 1 : -1;
            if (side < 0) {
                throw new IllegalArgumentException("--dims: expected 1, 9, 16 or 784, got " + dims);
            }
            List<String> methods = new ArrayList<>(plan.methods());
            java.util.Collections.rotate(methods, -dimIndex++);
            for (String method : methods) {
                if (method.equals("gp") && dims > 50) {
                    continue; // GP-BO with hundreds of dimensions is outside what it is built for
                }
                String sampler = switch (method) {
                    case "greedy", "hoag", "neumann" -> "{name: hypergradient, settings: {method: " + method
                            + ", chains: 2, lr: " + plan.learningRate() + "}}";
                    // 200 momentum steps of η = 0.02: below 2(1 + μ)/λ_max for pixel inputs in [0, 1]
                    case "unrolled" -> "{name: hypergradient, settings: {method: unrolled, chains: 2, lr: "
                            + plan.learningRate() + ", steps: 200, inner_lr: 0.02, momentum: 0.9}}";
                    default -> method;
                };
                String name = "logreg-" + dims + "-" + method;
                SweepConfig c = ConfigReader.parse("study: {name: " + name + ", seed: 1}\n"
                        + "objective: {name: logreg, settings: {train_size: " + plan.trainSize() + ", validation: 500, "
                        + "test_size: 2000, group_size: " + side + ", tolerance: 1.0e-4, max_iterations: 150}}\n"
                        + "sampler: " + sampler + "\nbudget: {trials: 100000, batch_size: 2, wall_time: "
                        + plan.wallSeconds() + "}\nanalysis: off\noutput: {dir: " + work + "}\n", "bench");
                double[] loadStart = loadAverage();
                Instant start = Instant.now();
                double cpu0 = processCpuSeconds();
                SweepOutcome o = new SweepDriver(spark, c, quiet).run();
                double cpu = processCpuSeconds() - cpu0;
                double[] loadEnd = loadAverage();
                List<TrialResult> rows = new ArrayList<>(new TrialTable(spark, c.outputDir() + "/" + c.study(),
                        c.study(), c.seed(), c.space()).readResults());
                rows.sort(java.util.Comparator.comparing(TrialResult::end));
                TrialResult best = null;
                int inWall = 0;
                double[] durations = new double[rows.size()];
                for (int i = 0; i < rows.size(); i++) {
                    TrialResult r = rows.get(i);
                    durations[i] = r.durationSeconds();
                    double endS = (r.end().toEpochMilli() - start.toEpochMilli()) / 1e3;
                    boolean ok = r.status() == org.xhpo.study.TrialStatus.OK && Double.isFinite(r.value());
                    if (endS <= plan.wallSeconds()) {
                        inWall++;
                        if (ok && (best == null || r.value() < best.value())) {
                            best = r;
                        }
                    }
                    curves.append(String.format(Locale.ROOT, "%d,%s,%d,%d,%.2f,%.3f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f%n", dims,
                            method, r.trial().id(), r.trial().round(), endS, r.durationSeconds(), r.value(),
                            metric(r, "test_loss"), metric(r, "test_error"), best == null ? Double.NaN : best.value(),
                            metric(best, "test_loss"), metric(best, "test_error")));
                }
                java.util.Arrays.sort(durations);
                double bestAt = best == null ? Double.NaN : (best.end().toEpochMilli() - start.toEpochMilli()) / 1e3;
                double median = durations.length == 0 ? Double.NaN : durations[durations.length / 2];
                double bestValue = best == null ? Double.NaN : best.value();
                csv.append(String.format(Locale.ROOT, "%d,%s,%d,%d,%d,%.6f,%.6f,%.6f,%.1f,%.2f,%.1f,%.1f,%.2f,%.2f,%.2f,%.2f%n",
                        dims, method, inWall, o.trials(), o.failed(), bestValue, metric(best, "test_loss"),
                        metric(best, "test_error"), bestAt, median, o.wallSeconds(), cpu, loadStart[0], loadStart[1], loadEnd[0],
                        loadEnd[1]));
                md.append(String.format(Locale.ROOT, "| %d | %s | %d | %.4f | %.4f | %.4f | %.0f | %.1f / %.1f |%n", dims,
                        method, inWall, bestValue, metric(best, "test_loss"), metric(best, "test_error"), bestAt, loadStart[0],
                        loadEnd[0]));
                log.println(String.format(Locale.ROOT, "[bench] %s: %d trials in %.0f s (%d run, %.0f s, cpu %.0f s), "
                        + "best %.4f, load %.2f -> %.2f", name, inWall, plan.wallSeconds(), o.trials(), o.wallSeconds(), cpu,
                        bestValue, loadStart[0], loadEnd[0]));
                Files.writeString(outDir.resolve("hypergradient-comparison.csv"), csv.toString());
                Files.writeString(outDir.resolve("hypergradient-comparison-trials.csv"), curves.toString());
            }
        }
        return md.append('\n').toString();
    }

    private static double metric(TrialResult r, String name) {
        return r == null || r.metrics() == null ? Double.NaN : r.metrics().getOrDefault(name, Double.NaN);
    }

    /** CPU seconds used by this JVM so far (all threads; NaN where the platform does not say). */
    static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** The 1- and 5-minute load averages from /proc/loadavg (NaN where the file is absent). */
    static double[] loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])};
        } catch (IOException | RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    /**
     * HOAG on 9 decay groups under Gaussian input noise σ (train, validation and test images): per
     * hyperparameter step (round), the chains' mean validation loss and the best so far with that
     * trial's test loss; the load average at the start and end of every σ.
     */
    private String noiseCurves(Plan plan, Path outDir) throws IOException {
        StringBuilder csv = new StringBuilder("input_noise,step,mean_val_loss,best_val_loss,best_test_loss,best_test_error,"
                + "end_s\n");
        StringBuilder md = new StringBuilder("#### Input noise: HOAG's validation loss against hyperparameter steps "
                + "(logreg, 9 decay groups, 2 chains)\n\n| σ | mean val. loss step 0 | step " + (plan.noiseSteps() / 2)
                + " | step " + (plan.noiseSteps() - 1) + " | best val. loss | its test loss | its test error | wall s "
                + "| load 1-min start/end |\n|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (double sigma : plan.noises()) {
            String name = "logreg-noise-" + sigma;
            SweepConfig c = ConfigReader.parse("study: {name: " + name.replace('.', '_') + ", seed: 1}\n"
                    + "objective: {name: logreg, settings: {train_size: " + plan.trainSize() + ", validation: 500, "
                    + "test_size: 2000, group_size: 10, input_noise: " + sigma + ", tolerance: 1.0e-4, max_iterations: 150}}\n"
                    + "sampler: {name: hypergradient, settings: {method: hoag, chains: 2, lr: " + plan.learningRate()
                    + "}}\nbudget: {trials: " + 2 * plan.noiseSteps() + ", batch_size: 2}\nanalysis: off\n"
                    + "output: {dir: " + work + "}\n", "bench");
            double[] loadStart = loadAverage();
            Instant start = Instant.now();
            SweepOutcome o = new SweepDriver(spark, c, quiet).run();
            double[] loadEnd = loadAverage();
            List<TrialResult> rows = new ArrayList<>(new TrialTable(spark, c.outputDir() + "/" + c.study(), c.study(),
                    c.seed(), c.space()).readResults());
            TreeMap<Integer, List<TrialResult>> byRound = new TreeMap<>();
            for (TrialResult r : rows) {
                byRound.computeIfAbsent(r.trial().round(), k -> new ArrayList<>()).add(r);
            }
            TrialResult best = null;
            List<Double> means = new ArrayList<>();
            for (Map.Entry<Integer, List<TrialResult>> e : byRound.entrySet()) {
                double sum = 0;
                int n = 0;
                Instant end = start;
                for (TrialResult r : e.getValue()) {
                    end = r.end().isAfter(end) ? r.end() : end;
                    if (r.status() == org.xhpo.study.TrialStatus.OK && Double.isFinite(r.value())) {
                        sum += r.value();
                        n++;
                        if (best == null || r.value() < best.value()) {
                            best = r;
                        }
                    }
                }
                double mean = n == 0 ? Double.NaN : sum / n;
                means.add(mean);
                csv.append(String.format(Locale.ROOT, "%.2f,%d,%.6f,%.6f,%.6f,%.6f,%.1f%n", sigma, e.getKey(), mean,
                        best == null ? Double.NaN : best.value(), metric(best, "test_loss"), metric(best, "test_error"),
                        (end.toEpochMilli() - start.toEpochMilli()) / 1e3));
            }
            md.append(String.format(Locale.ROOT, "| %.2f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.0f | %.1f / %.1f |%n",
                    sigma, means.isEmpty() ? Double.NaN : means.get(0),
                    means.isEmpty() ? Double.NaN : means.get(Math.min(means.size() - 1, plan.noiseSteps() / 2)),
                    means.isEmpty() ? Double.NaN : means.get(means.size() - 1), best == null ? Double.NaN : best.value(),
                    metric(best, "test_loss"), metric(best, "test_error"), o.wallSeconds(), loadStart[0], loadEnd[0]));
            log.println(String.format(Locale.ROOT, "[bench] %s done: %d trials, %.0f s, load %.2f -> %.2f", name,
                    o.trials(), o.wallSeconds(), loadStart[0], loadEnd[0]));
            Files.writeString(outDir.resolve("hypergradient-noise.csv"), csv.toString());
        }
        return md.append('\n').toString();
    }

    private SweepOutcome sweep(String yaml) throws IOException {
        return new SweepDriver(spark, ConfigReader.parse(yaml, "bench"), quiet).run();
    }
}

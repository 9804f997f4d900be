package org.xhpo.jobs.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.objective.ObjectiveSpec;
import org.xhpo.objective.TrialContext;
import org.xhpo.objective.sdcmi.InputDivergence;
import org.xhpo.space.Configuration;

/**
 * Times one evaluation of each seed workload with its default hyperparameters, on the calling
 * thread (one core), repeated with different trial seeds, and writes {@code objective-bench.csv}
 * (one row per run) and {@code objective-bench.md} (medians, with where the time goes). Also
 * measures the floor of the input-space JS estimator on exact data-consistent draws, so the sDCMI
 * {@code js_x} column can be read against it.
 */
public final class ObjectiveBench {
    private final PrintStream log;

    /** @param log progress lines */
    public ObjectiveBench(PrintStream log) {
        this.log = log;
    }

    /** One measured run. */
    record Run(String workload, int repeat, double seconds, Map<String, Double> metrics, double value) {
    }

    /** Runs every workload {@code repeats} times and writes the two files into {@code outDir}. */
    public List<Run> run(int repeats, Path outDir) throws Exception {
        Map<String, ObjectiveSpec> workloads = new LinkedHashMap<>();
        workloads.put("sdcmi DM-GMM", new ObjectiveSpec("sdcmi", Map.of("discriminator", "gmm")));
        workloads.put("sdcmi DM-AC", new ObjectiveSpec("sdcmi", Map.of("discriminator", "ac")));
        workloads.put("mlp Fashion-MNIST", new ObjectiveSpec("mlp", Map.of()));
        workloads.put("mlp Bateman", new ObjectiveSpec("mlp", Map.of("task", "regression", "data", "data/bateman.csv")));
        workloads.put("ubal Fashion-MNIST", new ObjectiveSpec("ubal", Map.of()));
        List<Run> runs = new ArrayList<>();
        for (Map.Entry<String, ObjectiveSpec> w : workloads.entrySet()) {
            Objective o = ObjectiveRegistry.create(w.getValue());
            o.evaluate(new Configuration(Map.of()), TrialContext.of(0, 999)); // warm-up: JIT, data cache
            for (int r = 0; r < repeats; r++) {
                long t = System.nanoTime();
                Evaluation e = o.evaluate(new Configuration(Map.of()), TrialContext.of(r, 1000 + r));
                double s = (System.nanoTime() - t) / 1e9;
                runs.add(new Run(w.getKey(), r, s, e.metrics(), e.value()));
                log.printf(Locale.ROOT, "[bench-objectives] %s run %d: %.2f s, value %.5f%n", w.getKey(), r, s, e.value());
            }
        }
        double[] floor = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            double[][] exact = InputDivergence.referenceSample(1000, new SplittableRandom(r));
            floor[r] = InputDivergence.toReference(exact[0], exact[1]);
        }
        write(runs, floor, outDir);
        return runs;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    private static double medianOf(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
        return median(runs.stream().mapToDouble(f).toArray());
    }

    private static void write(List<Run> runs, double[] floor, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        StringBuilder csv = new StringBuilder("workload,repeat,seconds,value,metric,metric_value\n");
        for (Run r : runs) {
            for (Map.Entry<String, Double> m : r.metrics().entrySet()) {
                csv.append(String.format(Locale.ROOT, "%s,%d,%.4f,%.6g,%s,%.6g%n", r.workload(), r.repeat(), r.seconds(),
                        r.value(), m.getKey(), m.getValue()));
            }
        }
        Files.writeString(outDir.resolve("objective-bench.csv"), csv.toString());
        StringBuilder md = new StringBuilder("# Seed workloads: one default evaluation on one core\n\n");
        md.append(String.format(Locale.ROOT, "Medians over %d runs (trial seeds 1000..), after one warm-up run; java %s, %d cores.%n%n",
                runs.stream().filter(r -> r.workload().equals(runs.get(0).workload())).count(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
        md.append("| workload | wall s | value (median) | where the time goes |\n|---|---|---|---|\n");
        Map<String, List<Run>> by = new LinkedHashMap<>();
        for (Run r : runs) {
            by.computeIfAbsent(r.workload(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<Run>> e : by.entrySet()) {
            List<Run> rs = e.getValue();
            double wall = medianOf(rs, Run::seconds);
            String where;
            if (e.getKey().startsWith("sdcmi")) {
                double gen = medianOf(rs, r -> r.metrics().get("seconds_generator"));
                double disc = medianOf(rs, r -> r.metrics().get("seconds_discriminator"));
                where = String.format(Locale.ROOT, "diffusion generator %.0f%%, discriminator %.0f%%, rest (JS, rejection) %.0f%%;"
                        + " js_x median %.3f", 100 * gen / wall, 100 * disc / wall, 100 * Math.max(0, wall - gen - disc) / wall,
                        medianOf(rs, r -> r.metrics().get("js_x")));
            } else if (e.getKey().startsWith("ubal")) {
                double train = medianOf(rs, r -> r.metrics().get("train_seconds"));
                where = String.format(Locale.ROOT, "training %.0f%%; value = validation accuracy, back-projection accuracy median %.2f",
                        100 * train / wall, medianOf(rs, r -> r.metrics().get("backproj_accuracy")));
            } else {
                double train = medianOf(rs, r -> r.metrics().get("train_seconds"));
                where = String.format(Locale.ROOT, "training %.0f%% (%.0f params, %.0f FLOPs per example)", 100 * train / wall,
                        rs.get(0).metrics().get("params"), rs.get(0).metrics().get("flops"));
            }
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.4f | %s |%n", e.getKey(), wall, medianOf(rs, Run::value), where));
        }
        md.append(String.format(Locale.ROOT, "%nInput-space JS floor (exact data-consistent draws, 1000 points): median %.3f nats.%n",
                median(floor)));
        Files.writeString(outDir.resolve("objective-bench.md"), md.toString());
    }
}

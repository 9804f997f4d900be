package org.xhpo.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.xhpo.jobs.bench.HsicBench;
import org.xhpo.jobs.bench.ObjectiveBench;
import org.xhpo.jobs.bench.SamplerBench;
import org.xhpo.jobs.bench.SweepOverheadBench;

/**
 * The {@code xhpo bench-*} commands: each runs one benchmark of {@code org.xhpo.jobs.bench}, writes its files
 * under {@code --out} and prints its Markdown summary.
 */
public final class BenchCommands {
    private BenchCommands() {
    }

    /** {@code xhpo bench-overhead}: the sweep's own overhead and parallel efficiency. */
    public static final class Overhead implements CliCommand {
        @Override
        public Set<String> options() {
            return Set.of("out", "master", "work");
        }

        @Override
        public Set<String> flags() {
            return Set.of();
        }

        @Override
        public List<String> usage() {
            return List.of("xhpo bench-overhead [--out benchmarks] [--master local[2]] [--work DIR]");
        }

        @Override
        public int run(CliArgs a, PrintStream out, PrintStream err) throws IOException {
            Path work = Paths.get(a.option("work", "")).toString().isEmpty()
                    ? Files.createTempDirectory("xhpo-bench") : Paths.get(a.option("work", null));
            SparkSession spark = SparkSessions.create("xhpo bench-overhead", a.option("master", "local[2]"));
            Path outDir = Paths.get(a.option("out", "benchmarks"));
            new SweepOverheadBench(spark, work).run(outDir);
            out.println(Files.readString(outDir.resolve("sweep-overhead.md")));
            return XhpoMain.OK;
        }
    }

    /** {@code xhpo bench-samplers}: every sampler on the built-in test functions. */
    public static final class Samplers implements CliCommand {
        @Override
        public Set<String> options() {
            return Set.of("out", "master", "samplers", "functions", "batches", "seeds", "budget", "expensive-budget");
        }

        @Override
        public Set<String> flags() {
            return Set.of();
        }

        @Override
        public List<String> usage() {
            return List.of("xhpo bench-samplers [--out benchmarks] [--samplers random,sobol,tpe,gp] [--functions ...]"
                    + " [--batches 1,8] [--seeds 20] [--budget 100] [--expensive-budget 100 (GP-based samplers)]");
        }

        @Override
        public int run(CliArgs a, PrintStream out, PrintStream err) throws IOException {
            List<String> samplers = List.of(a.option("samplers", String.join(",",
                    SamplerBench.DEFAULTS.keySet())).split(","));
            List<String> functions = List.of(a.option("functions",
                    "branin,hartmann6,rosenbrock,levy,styblinski_tang,mixed").split(","));
            List<Integer> batches = Arrays.stream(a.option("batches", "1,8").split(",")).map(Integer::parseInt)
                    .toList();
            SparkSession spark = SparkSessions.create("xhpo bench-samplers", a.option("master", "local[2]"));
            Path outDir = Paths.get(a.option("out", "benchmarks"));
            new SamplerBench(spark).run(samplers, functions, batches,
                    Integer.parseInt(a.option("seeds", "20")), Integer.parseInt(a.option("budget", "100")),
                    Integer.parseInt(a.option("expensive-budget", "100")), outDir);
            out.println(Files.readString(outDir.resolve("sampler-bench.md")));
            return XhpoMain.OK;
        }
    }

    /** {@code xhpo bench-hsic}: the exact and the Spark-aggregated HSIC at growing table sizes. */
    public static final class Hsic implements CliCommand {
        @Override
        public Set<String> options() {
            return Set.of("out", "master", "sizes", "params", "exact-max", "work");
        }

        @Override
        public Set<String> flags() {
            return Set.of();
        }

        @Override
        public List<String> usage() {
            return List.of("xhpo bench-hsic [--out benchmarks] [--sizes 1000,10000,...] [--params 20]"
                    + " [--exact-max 10000] [--work DIR]");
        }

        @Override
        public int run(CliArgs a, PrintStream out, PrintStream err) throws IOException {
            Path work = a.option("work", null) == null ? Files.createTempDirectory("xhpo-bench-hsic")
                    : Paths.get(a.option("work", null));
            long[] sizes = Arrays.stream(a.option("sizes", "1000,10000,100000,1000000,10000000").split(","))
                    .mapToLong(Long::parseLong).toArray();
            SparkSession spark = SparkSessions.create("xhpo bench-hsic", a.option("master", "local[2]"));
            Path outDir = Paths.get(a.option("out", "benchmarks"));
            new HsicBench(spark, work, out).run(sizes, Integer.parseInt(a.option("params", "20")),
                    Long.parseLong(a.option("exact-max", "10000")), outDir);
            out.println(Files.readString(outDir.resolve("hsic-bench.md")));
            return XhpoMain.OK;
        }
    }

    /** {@code xhpo bench-objectives}: one default evaluation of each seed workload on one core, no Spark. */
    public static final class Objectives implements CliCommand {
        @Override
        public Set<String> options() {
            return Set.of("out", "repeats");
        }

        @Override
        public Set<String> flags() {
            return Set.of();
        }

        @Override
        public List<String> usage() {
            return List.of("xhpo bench-objectives [--out benchmarks] [--repeats 5]   (one core, no Spark)");
        }

        @Override
        public int run(CliArgs a, PrintStream out, PrintStream err) throws Exception {
            Path outDir = Paths.get(a.option("out", "benchmarks"));
            new ObjectiveBench(out).run(Integer.parseInt(a.option("repeats", "5")), outDir);
            out.println(Files.readString(outDir.resolve("objective-bench.md")));
            return XhpoMain.OK;
        }
    }
}

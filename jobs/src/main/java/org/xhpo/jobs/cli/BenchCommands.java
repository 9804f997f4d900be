package org.xhpo.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.xhpo.config.DriverBounds;
import org.xhpo.jobs.bench.HsicBench;
import org.xhpo.jobs.bench.ObjectiveBench;
import org.xhpo.jobs.bench.ReportOpenBench;
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
            Path work = a.has("work") ? Paths.get(a.option("work", null)) : Files.createTempDirectory("xhpo-bench");
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
            List<String> samplers = a.nameList("samplers", String.join(",", SamplerBench.DEFAULTS.keySet()));
            List<String> functions = a.nameList("functions", "branin,hartmann6,rosenbrock,levy,styblinski_tang,mixed");
            List<Integer> batches = a.longList("batches", "1,8", 1, DriverBounds.MAX_BATCH).stream()
                    .map(Long::intValue).toList();
            int seeds = a.intOption("seeds", 20, 1, 10_000);
            int budget = a.intOption("budget", 100, 1, 1_000_000);
            int expensiveBudget = a.intOption("expensive-budget", 100, 1, 1_000_000);
            SparkSession spark = SparkSessions.create("xhpo bench-samplers", a.option("master", "local[2]"));
            Path outDir = Paths.get(a.option("out", "benchmarks"));
            new SamplerBench(spark).run(samplers, functions, batches, seeds, budget, expensiveBudget, outDir);
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
            long[] sizes = a.longList("sizes", "1000,10000,100000,1000000,10000000", 10, 1_000_000_000L).stream()
                    .mapToLong(Long::longValue).toArray();
            int params = a.intOption("params", 20, 1, DriverBounds.MAX_PARAMETERS);
            long exactMax = a.longOption("exact-max", 10000, 0, Long.MAX_VALUE);
            Path work = a.option("work", null) == null ? Files.createTempDirectory("xhpo-bench-hsic")
                    : Paths.get(a.option("work", null));
            SparkSession spark = SparkSessions.create("xhpo bench-hsic", a.option("master", "local[2]"));
            Path outDir = Paths.get(a.option("out", "benchmarks"));
            new HsicBench(spark, work, out).run(sizes, params, exactMax, outDir);
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
            int repeats = a.intOption("repeats", 5, 1, 1000);
            Path outDir = Paths.get(a.option("out", "benchmarks"));
            new ObjectiveBench(out).run(repeats, outDir);
            out.println(Files.readString(outDir.resolve("objective-bench.md")));
            return XhpoMain.OK;
        }
    }

    /** {@code xhpo bench-report}: how long reports take to open in headless Chromium. */
    public static final class ReportOpen implements CliCommand {
        @Override
        public Set<String> options() {
            return Set.of("out", "report", "repeats", "window");
        }

        @Override
        public Set<String> flags() {
            return Set.of();
        }

        @Override
        public List<String> usage() {
            return List.of("xhpo bench-report --report A.html[,B.html...] [--out benchmarks] [--repeats 5]"
                    + " [--window 1280x900]   (no Spark; needs Debian's chromium)");
        }

        @Override
        public int run(CliArgs a, PrintStream out, PrintStream err) throws Exception {
            if (!a.has("report")) {
                throw new IllegalArgumentException("--report: give the report file(s) to open, e.g. "
                        + "--report results/quickstart/report/index.html");
            }
            List<Path> reports = a.nameList("report", "").stream().map(Paths::get).toList();
            int repeats = a.intOption("repeats", 5, 1, 1000);
            String w = a.nonEmpty("window", "1280x900");
            if (!w.matches("[1-9][0-9]{2,4}x[1-9][0-9]{2,4}")) {
                throw new IllegalArgumentException("--window: expected WIDTHxHEIGHT in CSS pixels (e.g. 1280x900), got '"
                        + (w.length() > 40 ? w.substring(0, 40) + "…" : w) + "'");
            }
            String[] wh = w.split("x");
            Path outDir = Paths.get(a.option("out", "benchmarks"));
            new ReportOpenBench(out).run(reports, repeats, new int[] {Integer.parseInt(wh[0]), Integer.parseInt(wh[1])},
                    outDir);
            out.println(Files.readString(outDir.resolve("report-open.md")));
            return XhpoMain.OK;
        }
    }
}

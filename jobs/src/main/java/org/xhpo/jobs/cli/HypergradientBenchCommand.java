package org.xhpo.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import org.xhpo.jobs.bench.HypergradientBench;

/** {@code xhpo bench-hypergradient}: the gradient lecture's experiments ({@link HypergradientBench}). */
public final class HypergradientBenchCommand implements CliCommand {
    @Override
    public Set<String> options() {
        return Set.of("out", "master", "work", "sizes", "data-sets", "wall", "dims", "methods", "train-size", "noises",
                "noise-steps");
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public List<String> usage() {
        return List.of("xhpo bench-hypergradient [--out benchmarks] [--wall 120] [--dims 1,9,784]"
                + " [--methods random,tpe,gp,greedy,hoag,neumann] [--sizes 10,20,50,200] [--data-sets 20]"
                + " [--train-size 1000] [--noises 0,0.1,0.25,0.5] [--noise-steps 8] [--work DIR]");
    }

    @Override
    public int run(CliArgs a, PrintStream out, PrintStream err) throws IOException {
        Path work = a.option("work", null) == null ? Files.createTempDirectory("xhpo-bench-hg") : Paths.get(a.option("work", null));
        HypergradientBench.Plan plan = new HypergradientBench.Plan(
                list(a, "sizes", "10,20,50,200", Integer::parseInt), whole(a, "data-sets", "20"),
                number(a, "wall", "120"), list(a, "dims", "1,9,784", Integer::parseInt),
                list(a, "methods", "random,tpe,gp,greedy,hoag,neumann", s -> s), whole(a, "train-size", "1000"),
                list(a, "noises", "0,0.1,0.25,0.5", Double::parseDouble), whole(a, "noise-steps", "8"));
        SparkSession spark = SparkSessions.create("xhpo bench-hypergradient", a.option("master", "local[2]"));
        Path outDir = Paths.get(a.option("out", "benchmarks"));
        new HypergradientBench(spark, work, err).run(plan, outDir);
        out.println(Files.readString(outDir.resolve("hypergradient-bench.md")));
        return XhpoMain.OK;
    }

    private static <T> List<T> list(CliArgs a, String option, String def, Function<String, T> parse) {
        try {
            return Arrays.stream(a.option(option, def).split(",")).map(String::trim).map(parse).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + option + ": expected a comma-separated list of numbers, got '"
                    + a.option(option, def) + "'");
        }
    }

    private static int whole(CliArgs a, String option, String def) {
        try {
            int v = Integer.parseInt(a.option(option, def));
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + option + ": expected a whole number >= 1, got '" + a.option(option, def) + "'");
    }

    private static double number(CliArgs a, String option, String def) {
        try {
            double v = Double.parseDouble(a.option(option, def));
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + option + ": expected a number > 0, got '" + a.option(option, def) + "'");
    }
}

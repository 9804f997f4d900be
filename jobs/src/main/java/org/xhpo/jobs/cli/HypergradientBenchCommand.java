package org.xhpo.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.xhpo.jobs.bench.HypergradientBench;

/** {@code xhpo bench-hypergradient}: the gradient lecture's experiments ({@link HypergradientBench}). */
public final class HypergradientBenchCommand implements CliCommand {
    @Override
    public Set<String> options() {
        return Set.of("out", "master", "work", "sizes", "data-sets", "wall", "dims", "methods", "train-size", "noises",
                "noise-steps", "parts", "lr");
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public List<String> usage() {
        return List.of("xhpo bench-hypergradient [--out benchmarks] [--wall 120] [--dims 1,9,784]"
                + " [--methods random,tpe,gp,greedy,hoag,neumann,unrolled] [--sizes 10,20,50,200] [--data-sets 20]"
                + " [--train-size 1000] [--noises 0,0.1,0.25,0.5] [--noise-steps 8] [--lr 0.05]"
                + " [--parts polynomials,grid,comparison,noise] [--work DIR]");
    }

    @Override
    public int run(CliArgs a, PrintStream out, PrintStream err) throws IOException {
        List<Double> noises = new java.util.ArrayList<>();
        for (String n : a.nameList("noises", "0,0.1,0.25,0.5")) {
            try {
                double v = Double.parseDouble(n);
                if (!(v >= 0 && v <= 10)) {
                    throw new NumberFormatException();
                }
                noises.add(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--noises: expected numbers in [0, 10] separated by commas, got '" + n + "'");
            }
        }
        List<String> methods = a.nameList("methods", "random,tpe,gp,greedy,hoag,neumann");
        for (String m : methods) {
            if (!List.of("random", "tpe", "gp", "greedy", "hoag", "neumann", "unrolled").contains(m)) {
                throw new IllegalArgumentException("--methods: expected random, tpe, gp, greedy, hoag, neumann or "
                        + "unrolled, got '" + m + "'");
            }
        }
        List<Integer> dims = a.longList("dims", "1,9,784", 1, 784).stream().map(Long::intValue).toList();
        for (int d : dims) {
            if (!List.of(1, 9, 16, 784).contains(d)) {
                throw new IllegalArgumentException("--dims: expected 1, 9, 16 or 784, got " + d);
            }
        }
        List<String> parts = a.nameList("parts", "polynomials,grid,comparison,noise");
        for (String p : parts) {
            if (!List.of("polynomials", "grid", "comparison", "noise").contains(p)) {
                throw new IllegalArgumentException("--parts: expected polynomials, grid, comparison or noise, got '" + p + "'");
            }
        }
        HypergradientBench.Plan plan = new HypergradientBench.Plan(
                a.longList("sizes", "10,20,50,200", 4, 100_000).stream().map(Long::intValue).toList(),
                a.intOption("data-sets", 20, 1, 10_000), a.doubleOption("wall", 120, 1, 86_400), dims, methods,
                a.intOption("train-size", 1000, 10, 59_000), noises, a.intOption("noise-steps", 8, 1, 10_000),
                parts, a.doubleOption("lr", 0.05, 1e-6, 1));
        Path outDir = Paths.get(a.nonEmpty("out", "benchmarks"));
        Path work = a.has("work") ? Paths.get(a.nonEmpty("work", null)) : Files.createTempDirectory("xhpo-bench-hg");
        SparkSession spark = SparkSessions.create("xhpo bench-hypergradient", a.nonEmpty("master", "local[2]"));
        new HypergradientBench(spark, work, err).run(plan, outDir);
        out.println(Files.readString(outDir.resolve("hypergradient-bench.md")));
        return XhpoMain.OK;
    }
}

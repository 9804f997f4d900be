package org.xhpo.jobs.bench;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.objective.functions.ExplainBenchmark;
import org.xhpo.objective.functions.MixedConditional;
import org.xhpo.objective.functions.TestFunction;
import org.xhpo.sampler.bench.AskCost;
import org.xhpo.sampler.bench.SamplerRun;

/**
 * The sampler benchmark: every sampler × built-in test function (a name, or {@code name:d} for its
 * d-dimensional version) × batch size × seed, with the cells spread over the Spark executors (each
 * cell runs in one task). Samplers run to the budget, GP-based ones to at most
 * {@code expensiveBudget} (their ask grows with the trials). Writes the median best-so-far curves
 * ({@code sampler-curves.csv}) and a markdown summary ({@code sampler-bench.md}): median best at 100
 * trials and at the budget, median regret, ask time per suggestion, plus the cost of one ask of 8 at
 * 1,000 completed trials in 10 dimensions for every sampler of the line-up.
 */
public final class SamplerBench {
    /** A benchmarked sampler: a label, the sampler's config name and its settings. */
    record Variant(String name, Map<String, Object> settings) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The default line-up (label → sampler and settings): every sampler at its defaults. */
    public static final Map<String, Variant> DEFAULTS = new LinkedHashMap<>();

    /** Extra variants that can be named with --samplers (batch strategies, paper settings). */
    static final Map<String, Variant> EXTRAS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("random", new Variant("random", Map.of()));
        DEFAULTS.put("sobol", new Variant("sobol", Map.of()));
        DEFAULTS.put("tpe", new Variant("tpe", Map.of()));
        DEFAULTS.put("gp", new Variant("gp", Map.of()));
        DEFAULTS.put("cmaes", new Variant("cmaes", Map.of()));
        // Algorithm 1 scaled to a 100-trial budget: 1 initial + K = 50 random trials, then probes every
        // 100 of N = 5000 SGD iterations (the paper's K = 100 would spend the whole budget at random)
        DEFAULTS.put("fi-random", new Variant("fi-random", Map.of("k", 50, "n", 5000, "probe", 100)));
        EXTRAS.put("gp-cl-min", new Variant("gp", Map.of("batch_strategy", "constant_liar", "liar", "min")));
        EXTRAS.put("gp-cl-max", new Variant("gp", Map.of("batch_strategy", "constant_liar", "liar", "max")));
        EXTRAS.put("gp-full", new Variant("gp", Map.of("max_points", 100_000)));
        // GP-BO on HEBO's power-warped losses (Box-Cox / Yeo-Johnson), and the other choice, whichever is default
        EXTRAS.put("gp-power", new Variant("gp", Map.of("output_warping", "power")));
        EXTRAS.put("gp-nowarp", new Variant("gp", Map.of("output_warping", "none")));
        EXTRAS.put("tpe-univariate", new Variant("tpe", Map.of("multivariate", false)));
        // the adaptive mode of Algorithm 1 at its defaults (K = 30, ladders of 8, docs/methods/fi-random-search.md)
        // HSIC-GPBO with no cost named: every parameter is explained for the goal only (no trade-off fixing)
        EXTRAS.put("hsic-gpbo-nocost", new Variant("hsic-gpbo", Map.of("costs", List.of())));
        EXTRAS.put("fi-adaptive", new Variant("fi-random", Map.of("mode", "adaptive")));
        // auto's rule before issue 15's second measurement: GP-BO for 100 trials, then CMA-ES, whatever the size
        EXTRAS.put("auto-gp-cmaes", new Variant("auto", Map.of("start", "gp", "handover", "cmaes", "gp_trials", 100)));
        // auto's rule before its GP stage ran to 400 trials (RESULTS.md §2b, "The GP stage to 400 trials")
        EXTRAS.put("auto-gp100", new Variant("auto", Map.of("gp_trials", 100)));
        // auto's GP stage on power-warped losses every round, before the warping was chosen per round
        // (RESULTS.md §2b, "The output warping choice over 10–20 seeds"), with the prior mean of then
        EXTRAS.put("auto-gp-power", new Variant("auto", Map.of("gp_warping", "power", "gp_prior_mean", "mean")));
        // auto's GP stage with the mean of the modelled losses as its prior mean, before the worst of them
        // (RESULTS.md §2b, "The GP stage's prior mean")
        EXTRAS.put("auto-gp-mean", new Variant("auto", Map.of("gp_prior_mean", "mean")));
    }

    /** The variant for a label: a default, an extra, or a plain sampler name at its defaults. */
    static Variant variant(String label) {
        Variant v = DEFAULTS.getOrDefault(label, EXTRAS.get(label));
        return v != null ? v : new Variant(label, Map.of());
    }

    /** One benchmark cell. */
    record Cell(String sampler, String function, int batch, long seed, int budget) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A finished cell. */
    record Done(Cell cell, SamplerRun.Outcome outcome) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final SparkSession spark;

    /** @param spark the session whose executors run the cells */
    public SamplerBench(SparkSession spark) {
        this.spark = spark;
    }

    /** The known optimum of a built-in function. */
    static double optimum(String function) {
        Objective o = ObjectiveRegistry.create(SamplerRun.spec(function));
        if (o instanceof TestFunction t) {
            return t.optimumValue();
        }
        if (o instanceof ExplainBenchmark) {
            return 0; // the noiseless minimum (its Javadoc); the N(0, 0.01²) noise can go below it
        }
        return ((MixedConditional) o).optimumValue();
    }

    /** Whether a line-up label names a GP-based sampler, whose runs stop at the expensive budget. */
    static boolean expensive(String label) {
        return variant(label).name().startsWith("gp");
    }

    /** Runs the benchmark and writes its files into {@code outDir}. */
    public void run(List<String> samplers, List<String> functions, List<Integer> batches, int seeds, int budget,
                    int expensiveBudget, Path outDir) throws IOException {
        List<Cell> cells = new ArrayList<>();
        for (String s : samplers) {
            for (String f : functions) {
                for (int b : batches) {
                    for (long seed = 0; seed < seeds; seed++) {
                        cells.add(new Cell(s, f, b, seed, expensive(s) ? Math.min(budget, expensiveBudget) : budget));
                    }
                }
            }
        }
        // slow cells first so the executors stay busy to the end
        cells.sort(Comparator.comparingInt((Cell c) -> c.sampler().startsWith("gp") ? 0 : 1).thenComparingInt(Cell::batch));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.setJobDescription("XHPO sampler benchmark: " + cells.size() + " cells");
        Map<String, Variant> variants = new LinkedHashMap<>();
        for (String s : samplers) {
            variants.put(s, variant(s));
        }
        long t0 = System.nanoTime();
        List<Done> done = jsc.parallelize(cells, cells.size())
                .map(c -> new Done(c, SamplerRun.run(variants.get(c.sampler()).name(), variants.get(c.sampler()).settings(),
                        c.function(), c.seed(), c.budget(), c.batch())))
                .collect();
        double wall = (System.nanoTime() - t0) / 1e9;

        Map<String, List<Done>> groups = new LinkedHashMap<>();
        for (String s : samplers) {
            for (String f : functions) {
                for (int b : batches) {
                    groups.put(s + "|" + f + "|" + b, new ArrayList<>());
                }
            }
        }
        for (Done d : done) {
            groups.get(d.cell().sampler() + "|" + d.cell().function() + "|" + d.cell().batch()).add(d);
        }
        StringBuilder csv = new StringBuilder("sampler,function,batch_size,trial,median_best,q25_best,q75_best\n");
        int early = Math.min(100, budget);
        StringBuilder md = new StringBuilder();
        md.append("### Sampler benchmark (").append(Instant.now()).append(", ").append(seeds).append(" seeds, budget ")
                .append(budget).append(" (GP-based samplers ").append(Math.min(budget, expensiveBudget))
                .append("), master ").append(spark.sparkContext().master()).append(", wall ")
                .append(String.format(Locale.ROOT, "%.0f s", wall)).append(")\n\n");
        md.append("Median over seeds of the best value found; regret = best − known optimum; ask ms = time in `ask` per "
                + "suggested configuration.\n\n");
        md.append("| function | optimum | sampler | batch | best@" + early + " | best@" + budget + " | regret@" + budget
                + " | ask ms/suggestion |\n");
        md.append("|---|---:|---|---:|---:|---:|---:|---:|\n");
        for (String f : functions) {
            double opt = optimum(f);
            for (String s : samplers) {
                for (int b : batches) {
                    List<Done> g = groups.get(s + "|" + f + "|" + b);
                    double[] askMs = g.stream().mapToDouble(d -> 1000 * d.outcome().askSeconds()
                            / Math.max(1, d.outcome().proposals())).toArray();
                    int length = g.isEmpty() ? 0 : g.get(0).outcome().bestSoFar().length;
                    for (int t = 0; t < length; t++) {
                        final int tt = t;
                        double[] v = g.stream().mapToDouble(d -> d.outcome().bestSoFar()[tt]).toArray();
                        csv.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%.8g,%.8g,%.8g%n", s, f, b, t + 1,
                                quantile(v, 0.5), quantile(v, 0.25), quantile(v, 0.75)));
                    }
                    boolean full = length >= budget;
                    double last = full ? median(g, budget - 1) : Double.NaN;
                    md.append(String.format(Locale.ROOT, "| %s | %.6g | %s | %d | %.5g | %s | %s | %.2f |%n", f, opt, s, b,
                            median(g, early - 1), full ? String.format(Locale.ROOT, "%.5g", last) : "—",
                            full ? String.format(Locale.ROOT, "%.3g", last - opt) : "—", quantile(askMs, 0.5)));
                }
            }
        }
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("sampler-curves.csv"), csv.toString());
        md.append("\n").append(costSection(samplers));
        Files.writeString(outDir.resolve("sampler-bench.md"), md.toString());
    }

    /** One ask of 8 at 1,000 completed trials of 10-D Styblinski–Tang, per sampler of the line-up. */
    static String costSection(List<String> samplers) {
        StringBuilder sb = new StringBuilder("One round (tell the previous batch of 8, ask the next 8) with 1,000 completed trials of 10-D Styblinski–Tang, "
                + "on the driver (one core), median of repeated asks:\n\n| sampler | tell + ask of 8 | per configuration |\n"
                + "|---|---:|---:|\n");
        for (String s : samplers) {
            Variant v = variant(s);
            if (v.name().equals("fi-random") || v.name().equals("hsic-gpbo")) {
                continue; // Algorithm 1's probes, HSIC-GPBO's stages: not a function of the told trials' count
            }
            double sec = AskCost.medianSeconds(v.name(), v.settings(), 10, 1000, 8, expensive(s) ? 3 : 21);
            sb.append(String.format(Locale.ROOT, "| %s | %.2f ms | %.3f ms |%n", s, 1000 * sec, 1000 * sec / 8));
        }
        return sb.toString();
    }

    private static double median(List<Done> g, int trial) {
        return quantile(g.stream().mapToDouble(d -> d.outcome().bestSoFar()[trial]).toArray(), 0.5);
    }

    static double quantile(double[] v, double q) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
}

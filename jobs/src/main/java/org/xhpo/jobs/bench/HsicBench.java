package org.xhpo.jobs.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.randn;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.xhpo.analysis.hsic.Bandwidth;
import org.xhpo.analysis.hsic.GoalTarget;
import org.xhpo.analysis.hsic.HsicEstimator;
import org.xhpo.analysis.hsic.HsicIndex;
import org.xhpo.jobs.analysis.AggregatedHsic;
import org.xhpo.jobs.analysis.AnalysisInput;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * The HSIC estimators side by side (issue 4): for n trials × d parameters (a synthetic table written
 * to Parquet first, not timed), the time to compute every single index (best and worst p%) and every
 * pair index on all rows, with the exact O(n²) estimator on the driver (permutations off: both
 * report the Gamma p-value) and with {@link AggregatedHsic} on the session's executors; and their
 * largest relative difference where both ran. Exact runs above {@code exactMaxRows} are not made;
 * for those, one single index is timed and the total is extrapolated (marked as such).
 * Writes {@code hsic-bench.csv} and {@code hsic-bench.md}.
 */
public final class HsicBench {
    private final SparkSession spark;
    private final Path work;
    private final PrintStream log;

    /**
     * @param spark the session (its master decides the cores)
     * @param work scratch directory for the generated tables
     * @param log progress lines
     */
    public HsicBench(SparkSession spark, Path work, PrintStream log) {
        this.spark = spark;
        this.work = work;
        this.log = log;
    }

    /** One measured size. */
    record Result(long n, int d, double binnedSeconds, double exactSeconds, String exactHow, double maxRelDiffSingles,
                  double maxRelDiffPairs, double maxDiffOverLargest, int pairs) {
    }

    /**
     * A table of n rows: x0..x(d−1) ~ U(0,1); y = (x0 − 0.3)² + 0.5(x1 − 0.6)² + 0.2·1{(x2 &gt; ½) = (x3 &gt; ½)}
     * + 0.05·N(0,1): two main effects, one pure interaction, d − 4 noise columns.
     */
    private Dataset<Row> table(long n, int d, int partitions) {
        Path p = work.resolve("hsic-" + n + "x" + d);
        if (!Files.exists(p.resolve("_SUCCESS"))) {
            Dataset<Row> df = spark.range(0, n, 1, partitions).withColumnRenamed("id", "row");
            for (int j = 0; j < d; j++) {
                df = df.withColumn("x" + j, rand(1000 + j));
            }
            Column y = pow(col("x0").minus(0.3), 2).plus(pow(col("x1").minus(0.6), 2).multiply(0.5))
                    .plus(when(col("x2").gt(0.5).equalTo(col("x3").gt(0.5)), lit(0.2)).otherwise(lit(0.0)))
                    .plus(randn(7).multiply(0.05));
            df.withColumn("y", y).write().mode(SaveMode.Overwrite).parquet(p.toString());
        }
        return spark.read().parquet(p.toString());
    }

    /** Runs every size and writes the CSV and markdown into {@code outDir}. */
    public List<Result> run(long[] sizes, int d, long exactMaxRows, Path outDir) throws IOException {
        List<Parameter> params = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            params.add(new FloatParameter("p" + j, 0.0, 1.0, false, null, null));
        }
        SearchSpace space = new SearchSpace(params);
        List<String> groups = Collections.nCopies(d, "");
        int cores = spark.sparkContext().defaultParallelism();
        List<Result> results = new ArrayList<>();
        for (long n : sizes) {
            int partitions = (int) Math.max(cores, Math.min(64, n / 250_000));
            Dataset<Row> df = table(n, d, partitions);
            AnalysisInput in = new AnalysisInput("bench", space, df, n, n, "y", Direction.MINIMIZE, List.of());
            log.println("[bench-hsic] n = " + n + ": binned ...");
            long t0 = System.nanoTime();
            AggregatedHsic.Result binned = AggregatedHsic.compute(in, groups, 0.1, Bandwidth.std(), 20);
            double binnedSeconds = (System.nanoTime() - t0) / 1e9;
            log.println("[bench-hsic] n = " + n + ": binned " + String.format(Locale.ROOT, "%.1f", binnedSeconds) + " s");
            double exactSeconds;
            String how;
            double relSingles = Double.NaN;
            double relPairs = Double.NaN;
            double overLargest = Double.NaN;
            if (n <= exactMaxRows) {
                t0 = System.nanoTime();
                List<Row> rows = df.orderBy("row").collectAsList();
                double[][] x = new double[d][(int) n];
                double[] y = new double[(int) n];
                for (int i = 0; i < n; i++) {
                    Row r = rows.get(i);
                    for (int j = 0; j < d; j++) {
                        x[j][i] = r.getDouble(1 + j);
                    }
                    y[i] = r.getDouble(1 + d);
                }
                HsicEstimator exact = new HsicEstimator(Bandwidth.std(), 0);
                boolean[] zb = GoalTarget.best(y, 0.1, Direction.MINIMIZE);
                boolean[] zw = GoalTarget.worst(y, 0.1, Direction.MINIMIZE);
                relSingles = 0;
                double largest = 0;
                double largestDiff = 0;
                for (int j = 0; j < d; j++) {
                    HsicIndex b = exact.single(x[j], zb, 1);
                    HsicIndex w = exact.single(x[j], zw, 1);
                    relSingles = Math.max(relSingles, Math.abs(binned.best()[j].s() - b.s()) / b.s());
                    relSingles = Math.max(relSingles, Math.abs(binned.worst()[j].s() - w.s()) / w.s());
                    largest = Math.max(largest, Math.max(b.s(), w.s()));
                    largestDiff = Math.max(largestDiff, Math.max(Math.abs(binned.best()[j].s() - b.s()),
                            Math.abs(binned.worst()[j].s() - w.s())));
                }
                relPairs = 0;
                for (org.xhpo.analysis.hsic.PairIndex p : binned.pairs()) {
                    HsicIndex e = exact.joint(new double[][] {x[p.a()], x[p.b()]}, zb, 1);
                    relPairs = Math.max(relPairs, Math.abs(p.pair().s() - e.s()) / e.s());
                    largest = Math.max(largest, e.s());
                    largestDiff = Math.max(largestDiff, Math.abs(p.pair().s() - e.s()));
                }
                overLargest = largestDiff / largest;
                exactSeconds = (System.nanoTime() - t0) / 1e9;
                how = "measured";
            } else {
                // one single index on n rows, times the number of indices (2d singles + pairs, a pair
                // costs about as much as a single: one exp per row pair)
                long m = Math.min(n, 20_000);
                List<Row> rows = df.orderBy("row").limit((int) m).collectAsList();
                double[] x0 = new double[(int) m];
                double[] y = new double[(int) m];
                for (int i = 0; i < m; i++) {
                    x0[i] = rows.get(i).getDouble(1);
                    y[i] = rows.get(i).getDouble(1 + d);
                }
                t0 = System.nanoTime();
                new HsicEstimator(Bandwidth.std(), 0).single(x0, GoalTarget.best(y, 0.1, Direction.MINIMIZE), 1);
                double one = (System.nanoTime() - t0) / 1e9 * Math.pow((double) n / m, 2);
                exactSeconds = one * (2 * d + binned.pairs().size());
                how = "extrapolated: one index on " + m + " rows × (n/" + m + ")² × " + (2 * d + binned.pairs().size()) + " indices";
            }
            log.println("[bench-hsic] n = " + n + ": exact " + String.format(Locale.ROOT, "%.1f", exactSeconds) + " s (" + how + ")");
            results.add(new Result(n, d, binnedSeconds, exactSeconds, how, relSingles, relPairs, overLargest, binned.pairs().size()));
        }
        write(results, outDir, cores);
        return results;
    }

    private static void write(List<Result> results, Path outDir, int cores) throws IOException {
        Files.createDirectories(outDir);
        StringBuilder csv = new StringBuilder("n,d,pairs,binned_s,exact_s,exact_how,max_rel_diff_singles,max_rel_diff_pairs,max_diff_over_largest\n");
        StringBuilder md = new StringBuilder("### HSIC: exact vs Spark-aggregated (binned), " + Instant.now() + ", local["
                + cores + "]\n\nEvery single index (best and worst 10%) and every pair index of d parameters on all n rows."
                + " Exact: O(n²) on the driver, permutations off. Binned: `AggregatedHsic` (thresholds + one pass, "
                + AggregatedHsic.BINS + "-point grids, " + AggregatedHsic.PAIR_BINS + "×" + AggregatedHsic.PAIR_BINS
                + " for pairs). Table generation excluded. Differences: |S_binned − S_exact| per index, relative to that"
                + " index, and the largest one relative to the table's largest index.\n\n"
                + "| n | d | pairs | binned (s) | exact (s) | exact / binned | max rel. diff singles | max rel. diff pairs"
                + " | max diff / largest S |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            csv.append(String.format(Locale.ROOT, "%d,%d,%d,%.2f,%.2f,%s,%.3g,%.3g,%.3g%n", r.n(), r.d(), r.pairs(),
                    r.binnedSeconds(), r.exactSeconds(), r.exactHow(), r.maxRelDiffSingles(), r.maxRelDiffPairs(),
                    r.maxDiffOverLargest()));
            boolean measured = r.exactHow().equals("measured");
            md.append(String.format(Locale.ROOT, "| %,d | %d | %d | %.1f | %s | %s | %s | %s | %s |%n", r.n(), r.d(), r.pairs(),
                    r.binnedSeconds(), measured ? String.format(Locale.ROOT, "%.1f", r.exactSeconds())
                            : String.format(Locale.ROOT, "≈ %.3g (extrapolated)", r.exactSeconds()),
                    String.format(Locale.ROOT, "%.3g", r.exactSeconds() / r.binnedSeconds()),
                    measured ? String.format(Locale.ROOT, "%.1e", r.maxRelDiffSingles()) : "–",
                    measured ? String.format(Locale.ROOT, "%.1e", r.maxRelDiffPairs()) : "–",
                    measured ? String.format(Locale.ROOT, "%.1e", r.maxDiffOverLargest()) : "–"));
        }
        Files.writeString(outDir.resolve("hsic-bench.csv"), csv.toString());
        Files.writeString(outDir.resolve("hsic-bench.md"), md.toString());
    }
}

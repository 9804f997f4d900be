package org.xhpo.jobs.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.ExplainInput;
import org.xhpo.analysis.MultipleTesting;
import org.xhpo.analysis.PdpEvidence;
import org.xhpo.analysis.Recommendations;
import org.xhpo.analysis.ResultTables;
import org.xhpo.analysis.SamplingRemedy;
import org.xhpo.analysis.TrialMatrix;
import org.xhpo.analysis.hsic.Bandwidth;
import org.xhpo.analysis.hsic.HsicImportance;
import org.xhpo.analysis.hsic.HsicIndex;
import org.xhpo.analysis.hsic.HsicPairs;
import org.xhpo.analysis.hsic.HsicTradeoff;
import org.xhpo.analysis.shap.ShapAnalysis;
import org.xhpo.space.SpaceJson;

/**
 * Explains a trials table: goal-oriented HSIC (hsic-explainable-hpo.md), MLlib gradient-boosting
 * partial dependence (fi-random-search-sdcmi.md appendix B) and meta-model SHAP
 * (metamodel-shap-hp-analysis.md), then recommendations that combine them. Every result is a
 * table written under the study directory, all-or-nothing ({@link AnalysisTableWriter}).
 */
public final class AnalysisJob {
    /** The tables every analysis writes, in order. */
    public static final java.util.List<String> TABLES = java.util.List.of("hsic_importance", "hsic_interactions",
            "hsic_tradeoff", "pdp_1d", "pdp_2d", "gbt_importance", "shap_values", "shap_summary", "recommendations");
    private final SparkSession spark;
    private final PrintStream log;

    /**
     * @param spark the session
     * @param log where progress lines go
     */
    public AnalysisJob(SparkSession spark, PrintStream log) {
        this.spark = spark;
        this.log = log;
    }

    /**
     * The computed tables of one analysis and the figures {@code analysis.json} records.
     *
     * @param tables table name → rows, in the documented order
     * @param estimator which HSIC estimator produced the indices
     * @param gbtR2 the GBT's hold-out R²
     * @param metamodelR2 the SHAP meta-model's R² on its test rows
     * @param sampling {@code uniform}, or the non-uniform-sampler caveat and the remedy applied
     */
    public record Computed(Map<String, Dataset<Row>> tables, String estimator, double gbtR2, double metamodelR2,
                           String sampling) {
    }

    /**
     * Runs every analysis and writes the tables.
     *
     * @param in the prepared trials
     * @param settings what to compute
     * @param study the study name (the {@code study} column of every table)
     * @param studyDir where the tables go
     * @param seed the analysis seed
     * @return table name → row count
     */
    public Map<String, Long> run(AnalysisInput in, AnalysisSettings settings, String study, Path studyDir, long seed)
            throws IOException {
        long t0 = System.nanoTime();
        Computed c = compute(in, settings, seed);
        Map<String, Dataset<Row>> withStudy = new LinkedHashMap<>();
        c.tables().forEach((k, v) -> withStudy.put(k, v.withColumn("study", functions.lit(study))));
        AnalysisTableWriter.write(spark, studyDir, withStudy, withStudy(provenance(in, settings, seed, c), study));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : withStudy.keySet()) {
            counts.put(name, spark.read().parquet(new Path(studyDir, name).toString()).count());
        }
        log.println("[xhpo] analyze: tables " + new ArrayList<>(counts.keySet()) + " in " + studyDir + " ("
                + String.format("%.1f", (System.nanoTime() - t0) / 1e9) + " s)");
        return counts;
    }

    /**
     * Computes every table without writing anything: the library methods of
     * {@code org.xhpo.analysis} on the driver's matrix (HSIC importance, pairs, trade-off, SHAP,
     * recommendations), Spark for the GBT partial dependence and, beyond {@code exact_limit} ok
     * trials, for the binned HSIC indices over every trial ({@link AggregatedHsic}).
     */
    public Computed compute(AnalysisInput in, AnalysisSettings settings, long seed) {
        return compute(in, settings, seed, Sampling.UNIFORM);
    }

    /**
     * How the trials were sampled: the sampler's name and how many of the first trials (by trial id)
     * were uniform exploration draws (TPE/GP start-up trials).
     *
     * @param sampler the sampler name ({@code random}, {@code sobol}, {@code grid} are uniform)
     * @param explorationTrials trials with an id below this were drawn uniformly
     */
    public record Sampling(String sampler, long explorationTrials) {
        /** Uniform trials (random, Sobol, grid, or unknown). */
        public static final Sampling UNIFORM = new Sampling("random", 0);
    }

    /** As {@link #compute(AnalysisInput, AnalysisSettings, long)}, with the P1 remedy for non-uniform samplers. */
    public Computed compute(AnalysisInput in, AnalysisSettings settings, long seed, Sampling sampling) {
        // the GBT's Spark jobs (MLlib fits tree by tree, a job per level) need no HSIC result: they run on
        // their own thread while the driver collects the matrix and computes HSIC and SHAP
        ExecutorService gbtThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "xhpo-analysis-gbt");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        // a table the driver holds whole gets its GBT, R² and PDP on the driver (DriverPartialDependence), after the
        // matrix is collected; a larger one is fitted by Spark from the start
        CompletableFuture<GbtPartialDependence.Fitted> fit = DriverPartialDependence.applies(in.okRows(), settings)
                ? null : CompletableFuture.supplyAsync(() -> {
                    GbtPartialDependence.Fitted f = GbtPartialDependence.fit(in, settings, seed);
                    lap("GBT fit and hold-out R² (Spark, concurrent)", start);
                    return f;
                }, gbtThread);
        try {
            return compute(in, settings, seed, sampling, fit, gbtThread);
        } finally {
            gbtThread.shutdown(); // never leave a Spark job running behind a failed analysis: wait for the thread
            try {
                while (!gbtThread.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    log.println("[xhpo] analyze: waiting for the GBT's Spark jobs to finish");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Computed compute(AnalysisInput in, AnalysisSettings settings, long seed, Sampling sampling,
                             CompletableFuture<GbtPartialDependence.Fitted> fit, ExecutorService gbtThread) {
        long t0 = System.nanoTime();
        TrialMatrixCollector.Collected collected = TrialMatrixCollector.collect(in, settings.exactLimit(), seed);
        TrialMatrix matrix = collected.matrix();
        ExplainInput input = new ExplainInput(in.space(), matrix, collected.keys(), in.objective(),
                ExplainInput.UNIFORM);
        if (!SamplingRemedy.uniform(sampling.sampler())) {
            boolean[] exploration = new boolean[matrix.n()];
            for (int i = 0; i < exploration.length; i++) {
                exploration[i] = collected.keys()[i] < sampling.explorationTrials();
            }
            input = SamplingRemedy.apply(input, sampling.sampler(), exploration);
            log.println("[xhpo] analyze: " + input.sampling());
        }
        log.println("[xhpo] analyze: " + in.okRows() + " trials of " + in.totalRows() + ", " + in.space().dimension()
                + " parameters, objective " + in.objective() + " (" + in.direction().label() + ")");
        t0 = lap("trial matrix collected", t0);
        Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
        Hsic hsic = hsic(in, input, settings, seed);
        t0 = lap("HSIC importance and pairs", t0);
        HsicImportance.Result importance = hsic.importance();
        HsicPairs.Result pairs = hsic.pairs();
        String estimator = hsic.estimator();
        HsicTradeoff.Result tradeoff = new HsicTradeoff().explain(input, settings, seed);
        t0 = lap("HSIC trade-off", t0);
        put(tables, importance);
        put(tables, pairs);
        put(tables, tradeoff);
        log.println("[xhpo] analyze: HSIC (" + estimator + ") done");
        t0 = lap("HSIC tables", t0);

        List<int[]> top = pairs.topPairs(settings.pdpPairs());
        CompletableFuture<GbtPartialDependence.Result> pdp;
        if (fit == null) {
            pdp = CompletableFuture.supplyAsync(() -> {
                long p0 = System.nanoTime();
                GbtPartialDependence.Result r = DriverPartialDependence.run(spark, in.space(), matrix,
                        collected.keys(), in.objective(), settings, top, seed);
                if (r == null) { // rows the driver fit does not cover: MLlib's
                    r = GbtPartialDependence.run(in, settings, top, seed);
                }
                lap("GBT fit, hold-out R² and partial dependence (driver, concurrent)", p0);
                return r;
            }, gbtThread);
        } else {
            pdp = fit.thenApplyAsync(f -> {
                long p0 = System.nanoTime();
                GbtPartialDependence.Result r = GbtPartialDependence.partialDependence(f, in, settings, top);
                lap("partial dependence, every plot in one job (Spark, concurrent)", p0);
                return r;
            }, gbtThread);
        }
        if (settings.logTarget()) {
            // a log_target the GBT refuses is reported before SHAP's own check
            if (fit == null) {
                join(pdp);
            } else {
                join(fit);
            }
        }
        ShapAnalysis.Result shap = new ShapAnalysis().explain(input, settings, seed);
        t0 = lap("SHAP meta-model and values", t0);
        GbtPartialDependence.Result gbt = join(pdp);
        t0 = lap("waited for the GBT", t0);
        tables.put("pdp_1d", gbt.pdp1d());
        tables.put("pdp_2d", gbt.pdp2d());
        tables.put("gbt_importance", gbt.importance());
        log.println("[xhpo] analyze: GBT partial dependence done (hold-out R² "
                + String.format("%.3f", gbt.heldOutR2()) + ")");
        put(tables, shap);
        log.println("[xhpo] analyze: SHAP done (meta-model hold-out R² " + String.format("%.3f", shap.heldOutR2())
                + ")");
        put(tables, new Recommendations(importance, pairs, tradeoff, shap,
                new PdpEvidence(gbt.pdpImportance(), gbt.heldOutR2())).explain(input, settings, seed));
        lap("recommendations", t0);
        return new Computed(tables, estimator, gbt.heldOutR2(), shap.heldOutR2(), input.sampling());
    }

    /** The value of a future; its failure rethrown as thrown (a bad setting stays an IllegalArgumentException). */
    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Logs how long a step took (since {@code t0}) and returns now. */
    private long lap(String step, long t0) {
        long now = System.nanoTime();
        log.println("[xhpo] analyze: " + step + " (" + String.format("%.2f", (now - t0) / 1e9) + " s)");
        return now;
    }

    /** The provenance JSON with {@code "study": study} first. */
    public static String withStudy(String provenance, String study) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode n = json.createObjectNode();
        n.put("study", study);
        n.setAll((ObjectNode) json.readTree(provenance));
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(n);
    }

    /**
     * The HSIC singles and pairs of one analysis.
     *
     * @param importance {@code hsic_importance} and the good ranges
     * @param pairs {@code hsic_interactions}
     * @param estimator which estimator produced them
     */
    record Hsic(HsicImportance.Result importance, HsicPairs.Result pairs, String estimator) {
    }

    /** Exact on the driver's matrix up to {@code exact_limit} ok trials, else binned by Spark over every trial. */
    static Hsic hsic(AnalysisInput in, ExplainInput input, AnalysisSettings settings, long seed) {
        TrialMatrix matrix = input.trials();
        if (in.okRows() > settings.exactLimit()) {
            AggregatedHsic.Result r = AggregatedHsic.compute(in, matrix.groups(), settings.bestFraction(),
                    Bandwidth.parse(settings.bandwidth()), HsicImportance.MIN_ROWS);
            return new Hsic(HsicImportance.fromIndices(input, settings, new HsicIndex[][] {r.best(), r.worst()},
                    r.coActive(), "binned"), HsicPairs.fromPairs(input, r.pairs()), "binned on all " + in.okRows()
                    + " trials (" + AggregatedHsic.BINS + "-point grid, " + AggregatedHsic.PAIR_BINS + "x"
                    + AggregatedHsic.PAIR_BINS + " for pairs)");
        }
        return new Hsic(new HsicImportance().explain(input, settings, seed), new HsicPairs().explain(input, settings,
                seed), matrix.n() < in.okRows() ? "exact on a seeded sample of " + matrix.n() + " of " + in.okRows()
                + " trials" : "exact");
    }

    private void put(Map<String, Dataset<Row>> tables, ResultTables result) {
        result.tables().forEach((name, rows) -> tables.put(name, RecordFrames.toFrame(spark, rows)));
    }

    /**
     * The text of {@code analysis.json} (without the study name, which the writer adds): settings,
     * seed, source, the space, which HSIC estimator ran and the hold-out R² of both models.
     */
    public static String provenance(AnalysisInput in, AnalysisSettings s, long seed, Computed c) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode n = json.createObjectNode();
        n.put("created", Instant.now().toString());
        n.put("source", in.source());
        n.put("objective", in.objective());
        n.put("direction", in.direction().label());
        n.put("trials_total", in.totalRows());
        n.put("trials_analyzed", in.okRows());
        n.set("space", SpaceJson.toNode(in.space())); // canonical JSON that reads back (the report uses it)
        n.put("seed", seed);
        n.set("settings", json.valueToTree(s));
        n.put("hsic_estimator", c.estimator());
        n.put("sampling", c.sampling());
        n.put("multiple_testing", MultipleTesting.METHOD + " (FDR 5%) over each table's p-values; raw p-values kept");
        n.put("tradeoff_criterion", "cheap_end_cut (seed Fig. 9): smallest a + c from which on p > 0.05, range"
                + " sufficient");
        n.put("gbt_r2_holdout", c.gbtR2());
        n.put("metamodel_r2_holdout", c.metamodelR2());
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(n);
    }
}

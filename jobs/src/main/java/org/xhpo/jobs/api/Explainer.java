package org.xhpo.jobs.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.jobs.analysis.AnalysisInput;
import org.xhpo.jobs.analysis.AnalysisFingerprint;
import org.xhpo.jobs.analysis.AnalysisJob;
import org.xhpo.jobs.analysis.AnalysisTableWriter;
import org.xhpo.jobs.analysis.DatasetTrials;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * Explains trials from Java, without the CLI: HSIC, GBT partial dependence, SHAP and the
 * recommendations, returned as DataFrames. Immutable; the {@code with…} methods return copies.
 *
 * <pre>{@code
 * Explanation e = Explainer.on(spark)
 *         .withSettings(AnalysisSettings.DEFAULTS)   // the same record `analysis:` reads into
 *         .withSeed(7)
 *         .explain(trials, space, "value", Direction.MINIMIZE);
 * e.table("recommendations").show();
 * }</pre>
 */
public final class Explainer {
    /** The seed used when none is given (the {@code xhpo analyze --seed} default). */
    public static final long DEFAULT_SEED = 12345L;
    private final SparkSession spark;
    private final AnalysisSettings settings;
    private final long seed;
    private final PrintStream log;
    private final AnalysisJob.Sampling sampling;

    private Explainer(SparkSession spark, AnalysisSettings settings, long seed, PrintStream log,
                      AnalysisJob.Sampling sampling) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.seed = seed;
        this.log = Objects.requireNonNull(log, "log");
        this.sampling = Objects.requireNonNull(sampling, "sampling");
    }

    /** An explainer with the default settings and seed that logs nothing. */
    public static Explainer on(SparkSession spark) {
        return new Explainer(spark, AnalysisSettings.DEFAULTS, DEFAULT_SEED,
                new PrintStream(OutputStream.nullOutputStream()), AnalysisJob.Sampling.UNIFORM);
    }

    /** The same explainer with other settings. */
    public Explainer withSettings(AnalysisSettings s) {
        return new Explainer(spark, s, seed, log, sampling);
    }

    /** The same explainer with another seed (all randomness of the analysis derives from it). */
    public Explainer withSeed(long s) {
        return new Explainer(spark, settings, s, log, sampling);
    }

    /** The same explainer writing progress lines to {@code out}. */
    public Explainer withLog(PrintStream out) {
        return new Explainer(spark, settings, seed, out, sampling);
    }

    /**
     * The same explainer told which sampler produced the trials: for samplers other than random,
     * Sobol or grid, P1 of hsic-explainable-hpo.md does not hold and the HSIC indices get the remedy of
     * {@link org.xhpo.analysis.SamplingRemedy} (every affected row says so in its {@code sampling} column).
     *
     * @param sampler the sampler name
     * @param explorationTrials trials with an id below this were uniform start-up draws
     */
    public Explainer withSampler(String sampler, long explorationTrials) {
        return new Explainer(spark, settings, seed, log, new AnalysisJob.Sampling(sampler, explorationTrials));
    }

    /**
     * Whether {@code studyDir} already holds the analysis of exactly these trials with these settings,
     * seed and sampling (its {@code analysis.json} carries the same {@code input_hash} and every table
     * is there), so it need not be redone.
     */
    public boolean upToDate(AnalysisInput in, org.apache.hadoop.fs.Path studyDir) throws IOException {
        org.apache.hadoop.fs.FileSystem fs = studyDir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        org.apache.hadoop.fs.Path meta = new org.apache.hadoop.fs.Path(studyDir, AnalysisTableWriter.PROVENANCE);
        if (!fs.exists(meta)) {
            return false;
        }
        com.fasterxml.jackson.databind.JsonNode n;
        try (java.io.InputStream s = fs.open(meta)) {
            n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(s);
        }
        if (!AnalysisFingerprint.of(in, settings, seed, sampling).equals(n.path("input_hash").asText())) {
            return false;
        }
        for (String table : AnalysisJob.TABLES) {
            if (!fs.exists(new org.apache.hadoop.fs.Path(studyDir, table))) {
                return false;
            }
        }
        return true;
    }

    /** The settings in use. */
    public AnalysisSettings settings() {
        return settings;
    }

    /** The seed in use. */
    public long seed() {
        return seed;
    }

    /**
     * Explains a DataFrame of trials with its declared space (layout: {@link DatasetTrials}).
     *
     * @param trials one column per parameter (native values, null when inactive) and the objective
     * @param space the space the trials were drawn from
     * @param objective the objective column
     * @param direction whether lower or higher objective values are better
     * @throws IllegalArgumentException naming a missing or mistyped column, or too few finished trials
     */
    public Explanation explain(Dataset<Row> trials, SearchSpace space, String objective, Direction direction) {
        return explain(DatasetTrials.prepare(trials, space, objective, direction, settings.costs(), seed,
                "a DataFrame"));
    }

    /** Explains prepared trials (what {@code xhpo run} and {@code xhpo analyze} hand over). */
    public Explanation explain(AnalysisInput in) {
        AnalysisJob job = new AnalysisJob(spark, log);
        AnalysisJob.Computed c = job.compute(in, settings, seed, sampling);
        try {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode n = (com.fasterxml.jackson.databind.node.ObjectNode)
                    json.readTree(AnalysisJob.provenance(in, settings, seed, c));
            n.put("input_hash", AnalysisFingerprint.of(in, settings, seed, sampling));
            return new Explanation(c.tables(), json.writerWithDefaultPrettyPrinter().writeValueAsString(n));
        } catch (IOException e) {
            throw new IllegalStateException("analysis.json: cannot render the provenance", e);
        }
    }
}

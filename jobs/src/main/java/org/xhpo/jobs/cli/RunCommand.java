package org.xhpo.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.xhpo.config.ConfigReader;
import org.xhpo.config.OutputLocation;
import org.xhpo.config.SweepConfig;
import org.xhpo.jobs.analysis.AnalysisInput;
import org.xhpo.jobs.analysis.SparkJobCounter;
import org.xhpo.jobs.api.Explainer;
import org.xhpo.jobs.api.Explanation;
import org.xhpo.jobs.analysis.TrialsSource;
import org.xhpo.jobs.sweep.SweepDriver;
import org.xhpo.jobs.sweep.SweepOutcome;
import org.xhpo.study.Seeds;

/**
 * {@code xhpo run CONFIG.yaml}: reads and validates the config, runs the sweep (or resumes it), prints the best
 * trial and, unless {@code analysis: off}, explains the study.
 */
public final class RunCommand implements CliCommand {

    @Override
    public Set<String> options() {
        return Set.of("out", "master", "jars");
    }

    @Override
    public Set<String> flags() {
        return Set.of("force-new-study");
    }

    @Override
    public List<String> usage() {
        return List.of("xhpo run CONFIG.yaml [--out DIR] [--master URL] [--force-new-study] [--jars a.jar,b.jar]");
    }

    @Override
    public int run(CliArgs a, PrintStream out, PrintStream err) throws IOException {
        if (a.positional().size() != 1) {
            throw new IllegalArgumentException("run: expects exactly one CONFIG.yaml, got " + a.positional() + "\n"
                    + XhpoMain.USAGE);
        }
        SweepConfig config = ConfigReader.read(resolveConfig(a.positional().get(0)));
        if (a.has("out")) {
            config = config.withOutputDir(a.option("out", null));
        }
        OutputDirs.check(config.outputDir(), a.has("out") ? "--out" : "output.dir");
        if (a.has("force-new-study") && org.xhpo.jobs.store.StudyDirectory.of(new org.apache.hadoop.conf.Configuration(),
                config.outputDir(), config.study()).isOccupied()) {
            String fresh = config.study() + "-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                    .withZone(ZoneOffset.UTC).format(Instant.now());
            err.println("[xhpo] --force-new-study: study " + config.study() + " exists; starting a new study " + fresh);
            config = config.withStudy(OutputLocation.studyName(fresh, "--force-new-study"));
        }
        SparkSession spark = SparkSessions.create("xhpo " + config.study(), a.option("master", null));
        SweepOutcome o = new SweepDriver(spark, config, err).run();
        out.println("study " + config.study() + ": " + o.trials() + " trials (" + o.failed() + " failed) in "
                + o.studyDir() + "/trials");
        if (config.analysis().enabled()) {
            long seed = Seeds.derive(config.seed(), Seeds.Purpose.ANALYSIS, 0);
            long t0 = System.nanoTime();
            try (SparkJobCounter jobs = new SparkJobCounter(spark.sparkContext())) {
                AnalysisInput in = new TrialsSource(spark, err).load(o.studyDir() + "/trials", "parquet", "value",
                        config.direction(), config.space(), config.analysis().costs(), seed);
                Explainer explainer = Explainer.on(spark).withSettings(config.analysis()).withSeed(seed).withLog(err)
                        .withSampler(config.sampler().name(), startupTrials(config));
                org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(o.studyDir());
                if (explainer.upToDate(in, dir)) {
                    out.println("analysis up to date (same trials, settings and seed): kept " + dir + "/analysis.json");
                } else {
                    Explanation e = explainer.explain(in);
                    long t1 = System.nanoTime();
                    e.write(spark, dir, config.study());
                    err.println("[xhpo] analysis: tables written (" + String.format("%.2f", (System.nanoTime() - t1)
                            / 1e9) + " s); analysis " + String.format("%.2f", (System.nanoTime() - t0) / 1e9) + " s, "
                            + jobs.jobs() + " Spark jobs");
                }
            } catch (IllegalArgumentException e) {
                out.println("analysis skipped: " + e.getMessage());
            }
        }
        if (config.report()) {
            long t0 = System.nanoTime();
            ReportCommand.write(spark, new org.apache.hadoop.fs.Path(o.studyDir()), err); // the summary names it
            err.println("[xhpo] report: " + String.format("%.2f", (System.nanoTime() - t0) / 1e9) + " s");
        }
        StudySummary.print(spark, new org.apache.hadoop.fs.Path(o.studyDir()), config.direction(), out);
        return XhpoMain.OK;
    }

    /** Trials drawn uniformly before a model-based sampler takes over (its n_startup_trials, default 10). */
    static long startupTrials(SweepConfig config) {
        return startupTrials(config.sampler().name(), config.sampler().settings());
    }

    /** Trials a sampler draws uniformly before its model (TPE/GP start-up), from its name and settings. */
    static long startupTrials(String sampler, java.util.Map<String, Object> settings) {
        Object n = settings.get("n_startup_trials");
        if (n instanceof Number k) {
            return k.longValue();
        }
        return switch (sampler) {
            case "tpe", "gp" -> 10;
            default -> 0;
        };
    }

    /** The config path as given, or its file name in the working directory (spark-submit --files, cluster mode). */
    static Path resolveConfig(String given) {
        Path p = Paths.get(given);
        if (!Files.exists(p) && p.getFileName() != null && Files.exists(p.getFileName())) {
            return p.getFileName();
        }
        return p;
    }
}

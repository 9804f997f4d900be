package org.xhpo.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.config.ConfigReader;
import org.xhpo.config.OutputLocation;
import org.xhpo.jobs.analysis.AnalysisInput;
import org.xhpo.jobs.analysis.ParameterNames;
import org.xhpo.jobs.api.Explainer;
import org.xhpo.jobs.analysis.TrialsSource;
import org.xhpo.jobs.store.StudyDirectory;
import org.xhpo.jobs.store.StudyMetadata;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Seeds;

/**
 * {@code xhpo analyze --trials PATH}: explains a trials table (an XHPO study's, or any Parquet/CSV table with
 * one column per parameter and an objective column) and writes the analysis tables beside it or under
 * {@code --out}. {@code --trials A,B,…} pools several tables into one analysis (appendix B of
 * {@code fi-random-search-sdcmi.md} pools all methods' trials; see {@link TrialsSource#loadPooled}),
 * written under {@code --out}/{@code --study} with the options' settings and seed (no one study's).
 */
public final class AnalyzeCommand implements CliCommand {

    @Override
    public Set<String> options() {
        return Set.of("trials", "format", "objective", "direction", "space", "out", "study", "best-fraction",
                "bandwidth", "permutations", "costs", "seed", "master", "jars", "optuna-storage",
                "optuna-study");
    }

    @Override
    public Set<String> flags() {
        return Set.of("log-target", "no-report");
    }

    @Override
    public List<String> usage() {
        return List.of(
                "xhpo analyze --trials PATH[,PATH…] [--format parquet|csv] [--objective COL] [--direction minimize|maximize]",
                "             [--space SPACE.yaml] [--out DIR] [--study NAME] [--best-fraction P]"
                        + " [--bandwidth std|median|H]",
                "             [--permutations B] [--costs a,b] [--log-target] [--seed N] [--master URL]"
                        + " [--jars a.jar,b.jar] [--no-report]",
                "xhpo analyze --optuna-storage URL|FILE --optuna-study NAME [same options; the space comes from the storage]",
                "  several --trials paths are pooled into one analysis (spaces must agree; --study required)");
    }

    @Override
    public int run(CliArgs a, PrintStream out, PrintStream err) throws IOException {
        if (!a.positional().isEmpty() || a.has("trials") == a.has("optuna-storage")) {
            throw new IllegalArgumentException("analyze: expects either --trials PATH or --optuna-storage URL (not both)"
                    + " and no positional arguments");
        }
        if (a.has("optuna-storage") != a.has("optuna-study")) {
            throw new IllegalArgumentException(a.has("optuna-storage") ? "--optuna-study: required with --optuna-storage"
                    + " (the name of the study in the storage)" : "--optuna-study: only with --optuna-storage");
        }
        if (a.has("optuna-storage") && (a.has("format") || a.has("objective"))) {
            throw new IllegalArgumentException("--" + (a.has("format") ? "format" : "objective") + ": not used with"
                    + " --optuna-storage (the storage holds the study's value)");
        }
        String format = a.option("format", null);
        if (format != null && !format.equals("parquet") && !format.equals("csv")) {
            throw new IllegalArgumentException("--format: expected parquet or csv, got '" + format + "'");
        }
        Direction direction = null;
        if (a.has("direction")) {
            direction = switch (a.option("direction", "")) {
                case "minimize" -> Direction.MINIMIZE;
                case "maximize" -> Direction.MAXIMIZE;
                default -> throw new IllegalArgumentException("--direction: expected minimize or maximize, got '"
                        + a.option("direction", "") + "'");
            };
        }
        AnalysisOverrides overrides = AnalysisOverrides.of(a); // a bad option is refused before Spark starts
        SearchSpace space = a.has("space") ? ConfigReader.readSpace(Paths.get(a.option("space", null))) : null;
        long givenSeed = a.longOption("seed", 12345, Long.MIN_VALUE, Long.MAX_VALUE);
        String optunaStudy = a.option("optuna-study", null);
        String trials = a.has("trials") ? a.option("trials", null) : ParameterNames.of(optunaStudy);
        List<String> pooled = a.has("trials") ? pooledPaths(trials) : List.of(trials);
        if (pooled.size() > 1 && !a.has("study")) {
            throw new IllegalArgumentException("--study: required when --trials lists several tables (names the pooled"
                    + " analysis' directory under --out)");
        }
        if (a.has("study")) {
            OutputLocation.studyName(a.option("study", null), "--study");
        }
        if (a.has("out") || a.has("study")) {
            OutputDirs.check(a.option("out", "results"), "--out");
        }
        SparkSession spark = SparkSessions.create("xhpo analyze", a.option("master", null));
        Optional<StudyDirectory> xhpoStudy = a.has("trials") && pooled.size() == 1 ? StudyDirectory.locate(
                spark.sparkContext().hadoopConfiguration(), new Path(trials)) : Optional.empty();
        StudyMetadata stored = xhpoStudy.isPresent() && xhpoStudy.get().hasMetadata()
                ? StudyMetadata.read(xhpoStudy.get()) : null;
        // an XHPO study is analyzed with the settings and the seed xhpo run used, so the tables come out the same
        AnalysisSettings settings = stored == null ? overrides.applyTo(AnalysisSettings.DEFAULTS) // options + defaults
                : overrides.applyTo(stored.analysis(), "study.json", err); // says which stored field an option changed
        if (stored != null) {
            err.println("[xhpo] analyze: analysis settings from " + xhpoStudy.get().metadata()
                    + " (its latest xhpo run's analysis:), options override single fields");
        }
        if (pooled.size() > 1) {
            err.println("[xhpo] analyze: pooling " + pooled.size() + " tables with the options' analysis settings and"
                    + " seed (defaults where not given), not any one study's");
        }
        long seed = a.has("seed") || stored == null ? givenSeed : Seeds.derive(stored.seed(), Seeds.Purpose.ANALYSIS, 0);
        AnalysisInput in = a.has("optuna-storage")
                ? new TrialsSource(spark, err).loadOptuna(a.option("optuna-storage", null), optunaStudy, direction, space,
                        settings.costs(), seed)
                : new TrialsSource(spark, err).loadPooled(pooled, format, a.option("objective", "value"), direction,
                        space, settings.costs(), seed);
        Path source = new Path(trials);
        Path studyDir;
        String study;
        if (xhpoStudy.isPresent() && !a.has("out") && !a.has("study")) {
            studyDir = xhpoStudy.get().root();
            study = xhpoStudy.get().name();
        } else {
            study = a.option("study", source.getName().replaceFirst("\\.[A-Za-z]+$", "")
                    .replaceAll("[^A-Za-z0-9_.-]", "_"));
            if (!a.has("study")) {
                OutputLocation.studyName(study, "--study (named after --trials, give it explicitly)");
            }
            studyDir = new Path(a.option("out", "results"), study);
        }
        Explainer explainer = Explainer.on(spark).withSettings(settings).withSeed(seed).withLog(err);
        if (stored != null && stored.sampler() != null) { // as xhpo run explained it: the same P1 remedy
            explainer = explainer.withSampler(stored.sampler(), RunCommand.startupTrials(stored.sampler(),
                    stored.samplerSettings() == null ? Map.of() : stored.samplerSettings()));
        }
        Map<String, Long> counts = explainer.explain(in)
                .write(spark, studyDir, study);
        out.println("analyzed " + in.okRows() + " trials of " + trials + " into " + studyDir + ": " + counts);
        if (!a.has("no-report")) {
            ReportCommand.write(spark, studyDir, err); // the summary names it
        }
        StudySummary.print(spark, studyDir, in.direction(), in, out);
        return XhpoMain.OK;
    }

    /** The paths of {@code --trials A,B,…} (one path when there is no comma). */
    static List<String> pooledPaths(String trials) {
        List<String> out = new java.util.ArrayList<>();
        for (String p : trials.split(",", -1)) {
            if (p.isBlank()) {
                throw new IllegalArgumentException("--trials: empty path in '" + trials + "' (expected PATH or A,B,…)");
            }
            out.add(p.strip());
        }
        return out;
    }
}

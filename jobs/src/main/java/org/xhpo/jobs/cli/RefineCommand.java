package org.xhpo.jobs.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.xhpo.analysis.RecommendationRow;
import org.xhpo.jobs.analysis.RecordFrames;
import org.xhpo.jobs.store.StudyDirectory;
import org.xhpo.jobs.store.StudyMetadata;
import org.xhpo.refine.RefinedSweep;

/**
 * {@code xhpo refine --out DIR --study NAME [--to refined.yaml] [--name NEW] [--trials N]}: writes the
 * next study's sweep config from a finished study's {@code study.json} and {@code recommendations}
 * table, read back as the analysis library's {@link RecommendationRow}s; the space is built in hpo-lib
 * ({@link org.xhpo.refine.RefinedSpace}, {@link RefinedSweep}). {@code xhpo run} runs it unchanged.
 * Prints it when {@code --to} is absent.
 */
public final class RefineCommand implements CliCommand {

    @Override
    public Set<String> options() {
        return Set.of("out", "study", "to", "name", "trials", "batch", "master");
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public List<String> usage() {
        return List.of("xhpo refine --study NAME [--out DIR] [--to refined.yaml] [--name NEW] [--trials N] [--batch B]");
    }

    @Override
    public int run(CliArgs a, PrintStream out, PrintStream err) throws Exception {
        String study = a.option("study", null);
        if (study == null) {
            throw new IllegalArgumentException("refine: --study NAME is required (the study whose recommendations to use)");
        }
        String outDir = a.option("out", "results");
        SparkSession spark = SparkSessions.create("xhpo refine", a.option("master", null));
        StudyDirectory dir = StudyDirectory.of(spark.sparkContext().hadoopConfiguration(), outDir, study);
        if (!dir.hasMetadata()) {
            throw new IllegalArgumentException("--study: no study.json under " + dir.root() + "; run the study first");
        }
        StudyMetadata meta = StudyMetadata.read(dir);
        if (meta.space() == null || meta.objective() == null) {
            throw new IllegalArgumentException("--study: " + dir.metadata() + " is format version " + meta.formatVersion()
                    + " without the space; resume the study once with " + XhpoMain.launcher() + " run to rewrite it");
        }
        org.apache.hadoop.fs.Path recTable = dir.analysisTable("recommendations");
        if (!dir.fileSystem().exists(recTable)) {
            throw new IllegalArgumentException("--study: no recommendations table at " + recTable
                    + "; run " + XhpoMain.launcher() + " run with analysis on, or " + XhpoMain.launcher()
                    + " analyze, first");
        }
        List<RecommendationRow> recs = RecordFrames.toRecords(spark.read().parquet(recTable.toString()),
                RecommendationRow.class);
        int trials = Integer.parseInt(a.option("trials", String.valueOf(
                Math.max(1, spark.read().parquet(dir.trials().toString()).count()))));
        RefinedSweep sweep = new RefinedSweep(a.option("name", study + "-refined"), meta.seed(), meta.direction(),
                meta.objective(), meta.sampler(), meta.samplerSettings(), trials, Integer.parseInt(a.option("batch", "8")));
        String yaml = sweep.yaml(study, meta.space(), recs);
        String to = a.option("to", null);
        if (to == null) {
            out.print(yaml);
        } else {
            Files.writeString(java.nio.file.Path.of(to), yaml, StandardCharsets.UTF_8);
            err.println("[xhpo] refine: wrote " + to + " (study " + sweep.study() + "); run it with "
                    + XhpoMain.launcher() + " run " + to);
        }
        return XhpoMain.OK;
    }
}

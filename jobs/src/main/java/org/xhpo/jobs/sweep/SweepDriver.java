package org.xhpo.jobs.sweep;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.xhpo.config.SweepConfig;
import org.xhpo.jobs.store.StudyDirectory;
import org.xhpo.jobs.store.StudyResume;
import org.xhpo.jobs.store.TrialTable;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerFactory;
import org.xhpo.space.Configuration;
import org.xhpo.study.Seeds;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;

/**
 * Runs a sweep in rounds on Spark: ask a batch from the sampler, evaluate it on executors, commit
 * the round to the trials table, tell the sampler, until the trial or wall-time budget is spent.
 * A round's commit overlaps the next round's evaluation (at most one commit is in flight), which
 * is safe because a round's trials are a pure function of the study seed and the earlier rounds.
 * A study whose directory already holds committed rounds is resumed: its trials are told to a new
 * sampler and the sweep carries on with the next round and trial id.
 */
public final class SweepDriver {
    private final SparkSession spark;
    private final SweepConfig config;
    private final PrintStream log;
    private final TaskFaults faults;

    /**
     * @param spark the session
     * @param config the validated sweep
     * @param log where progress lines go
     */
    public SweepDriver(SparkSession spark, SweepConfig config, PrintStream log) {
        this(spark, config, log, TaskFaults.NONE);
    }

    /** A driver whose executors inject task failures (resilience tests). */
    public SweepDriver(SparkSession spark, SweepConfig config, PrintStream log, TaskFaults faults) {
        this.spark = spark;
        this.config = config;
        this.log = log;
        this.faults = faults;
    }

    /** {@code STUDY/artifacts} as a {@code file:} URI when the study is on the local file system, else null. */
    private static String artifactDirectory(StudyDirectory dir) {
        java.net.URI u = dir.fileSystem().makeQualified(new Path(dir.root(), StudyDirectory.ARTIFACTS)).toUri();
        return "file".equals(u.getScheme()) ? u.toString() : null;
    }

    /** The study's output directory. */
    public Path studyDir() {
        return new Path(config.outputDir(), config.study());
    }

    /**
     * Runs (or resumes) the sweep to its budget.
     *
     * @throws TooManyFailuresException when failures exceed {@code max_failed_fraction}
     */
    public SweepOutcome run() throws IOException {
        Path studyDir = studyDir();
        StudyDirectory dir = new StudyDirectory(studyDir.getFileSystem(spark.sparkContext().hadoopConfiguration()), studyDir);
        TrialTable table = new TrialTable(spark, dir, config.study(), config.seed(), config.space());
        boolean resuming = StudyResume.prepare(dir, config, spark.version(), log);
        table.clearStaging();
        List<TrialResult> previous = List.of();
        if (resuming) {
            int staged = table.commitStaged();
            if (staged > 0) {
                log.println("[xhpo] study " + config.study() + ": committed " + staged
                        + " finished trials a failed commit had left staged (not evaluated again)");
            }
            previous = table.readResults();
        }

        Sampler sampler = SamplerFactory.create(config.sampler().name(), config.sampler().settings(),
                config.space(), config.direction(), config.seed(), config.budget().trials());
        sampler.tell(previous);
        RoundProgress progress = new RoundProgress(config.study(), config.budget().trials(), config.direction(), log);
        progress.restore(previous);
        int round = previous.stream().mapToInt(r -> r.trial().round()).max().orElse(-1) + 1;
        long nextId = previous.stream().mapToLong(r -> r.trial().id()).max().orElse(-1) + 1;
        boolean alreadyComplete = progress.done() >= config.budget().trials();
        if (alreadyComplete) {
            log.println("[xhpo] study " + config.study() + ": budget of " + config.budget().trials()
                    + " trials already met (" + progress.done() + " in the table); nothing to do");
        } else if (!previous.isEmpty()) {
            log.println("[xhpo] study " + config.study() + ": resuming with " + previous.size() + " trials from "
                    + round + " committed rounds");
        }

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<SweepPayload> payload = jsc.broadcast(new SweepPayload(config.space(), config.objective(),
                config.execution().trialTimeoutSeconds(), faults, org.xhpo.sampler.hypergradient.HypergradientSampler
                .requestedHypergradient(config.sampler().name(), config.sampler().settings()).orElse(null),
                artifactDirectory(dir)));
        long evaluateNanos = 0;
        RoundCommitter committer = new RoundCommitter(table, config.sampler().name(), jsc, config.study(), faults);
        try {
            while (progress.done() < config.budget().trials() && !wallTimeSpent(progress)) {
                int n = Math.min(config.budget().batchSize(), config.budget().trials() - progress.done());
                SplittableRandom rng = new SplittableRandom(Seeds.derive(config.seed(), Seeds.Purpose.SAMPLER_ROUND, round));
                List<Configuration> configs = sampler.ask(n, rng);
                if (configs.isEmpty()) {
                    log.println("[xhpo] study " + config.study() + ": the sampler has no more configurations to propose");
                    break;
                }
                List<Trial> trials = new ArrayList<>(configs.size());
                for (Configuration c : configs) {
                    long id = nextId++;
                    trials.add(new Trial(id, round, Seeds.derive(config.seed(), Seeds.Purpose.TRIAL, id), c));
                }
                long t0 = System.nanoTime();
                List<TrialResult> results = evaluate(jsc, payload, round, trials, progress);
                evaluateNanos += System.nanoTime() - t0;
                String label = sampler.stage().map(st -> config.sampler().name() + "/" + st).orElse(config.sampler().name());
                table.stageRound(round, results, label);
                committer.submit(round, results, label);
                sampler.tell(results);
                progress.round(round, results);
                if (tooManyFailures(progress)) {
                    committer.close();
                    throw failure(results, progress);
                }
                round++;
            }
            committer.close();
            SearchDecisionsTable.write(spark, dir, config.study(), sampler);
        } finally {
            committer.abandon();
            payload.destroy();
        }
        return new SweepOutcome(studyDir.toString(), progress.done(), progress.failed(), progress.best(), alreadyComplete,
                evaluateNanos / 1e9, committer.commitSeconds(), progress.elapsedSeconds());
    }

    private List<TrialResult> evaluate(JavaSparkContext jsc, Broadcast<SweepPayload> payload, int round,
                                       List<Trial> trials, RoundProgress progress) {
        jsc.setJobGroup("xhpo-" + config.study() + "-round-" + round,
                "XHPO study " + config.study() + " round " + round + ": " + trials.size() + " trials", false);
        int perTask = config.execution().trialsPerTask();
        int slices = perTask > 0 ? (trials.size() + perTask - 1) / perTask
                : Math.min(trials.size(), 4 * jsc.defaultParallelism());
        CollectionAccumulator<Long> stillRunning = jsc.sc().collectionAccumulator("xhpo-still-running-" + round);
        try {
            List<TrialResult> results = new ArrayList<>(jsc.parallelize(trials, Math.max(1, slices))
                    .mapPartitions(new TrialEvaluator(payload, stillRunning)).collect());
            results.sort(Comparator.comparingLong(r -> r.trial().id()));
            progress.stillRunning(new TreeSet<>(stillRunning.value()).stream().toList());
            return results;
        } finally {
            jsc.clearJobGroup();
        }
    }

    private boolean wallTimeSpent(RoundProgress progress) {
        double limit = config.budget().wallTimeSeconds();
        if (limit > 0 && progress.elapsedSeconds() >= limit) {
            log.println("[xhpo] study " + config.study() + ": wall-time budget of " + limit + " s spent");
            return true;
        }
        return false;
    }

    /** More than max_failed_fraction of the trials failed, counted once at least min(budget, 10) ran. */
    private boolean tooManyFailures(RoundProgress progress) {
        int minTrials = Math.min(config.budget().trials(), 10);
        return progress.done() >= minTrials && progress.failed() > config.execution().maxFailedFraction() * progress.done();
    }

    private TooManyFailuresException failure(List<TrialResult> results, RoundProgress progress) {
        String last = results.stream().filter(r -> !r.ok()).reduce((a, b) -> b).map(TrialResult::error)
                .orElse("(earlier round)");
        return new TooManyFailuresException(progress.failed() + " of " + progress.done()
                + " trials failed, more than max_failed_fraction " + config.execution().maxFailedFraction()
                + " allows; last error: " + last + ". Finished trials are kept in " + studyDir()
                + "; fix the objective and run again to resume.");
    }
}

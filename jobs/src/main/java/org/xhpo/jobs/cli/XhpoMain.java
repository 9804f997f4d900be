package org.xhpo.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.xhpo.config.ConfigException;
import org.xhpo.config.ConfigReader;
import org.xhpo.config.SweepConfig;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.jobs.analysis.AnalysisInput;
import org.xhpo.jobs.analysis.AnalysisJob;
import org.xhpo.jobs.analysis.TrialsSource;
import org.xhpo.jobs.store.ResultTables;
import org.xhpo.jobs.sweep.SweepDriver;
import org.xhpo.jobs.sweep.SweepOutcome;
import org.xhpo.jobs.sweep.TooManyFailuresException;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Seeds;
import org.xhpo.study.TrialResult;

/**
 * The {@code xhpo} command line: {@code run CONFIG.yaml [--out DIR] [--master URL]} runs a sweep;
 * {@code sql "QUERY" --out DIR} queries the result tables. Exit codes: 0 done, 2 bad input (nothing
 * written), 3 sweep stopped by too many failed trials (resumable), 1 anything else.
 */
public final class XhpoMain {
    /** Success. */
    public static final int OK = 0;
    /** Unexpected error. */
    public static final int ERROR = 1;
    /** Bad command line, config or input; nothing was written. */
    public static final int BAD_INPUT = 2;
    /** The sweep stopped because too many trials failed. */
    public static final int SWEEP_FAILED = 3;

    private static final String USAGE = String.join("\n",
            "usage: xhpo run CONFIG.yaml [--out DIR] [--master URL] [--force-new-study]",
            "       xhpo analyze --trials PATH [--format parquet|csv] [--objective COL] [--direction minimize|maximize]",
            "                    [--space SPACE.yaml] [--out DIR] [--study NAME] [--best-fraction P] [--bandwidth std|median|H]",
            "                    [--permutations B] [--costs a,b] [--log-target] [--seed N] [--master URL] [--no-report]",
            "       xhpo sql \"SELECT ...\" [--out DIR] [--master URL] [--limit N]",
            "       xhpo report --study NAME [--out DIR] [--master URL]   (writes OUT/STUDY/report/index.html)",
            "       xhpo bench-overhead [--out benchmarks] [--master local[2]] [--work DIR]",
            "       xhpo bench-samplers [--out benchmarks] [--samplers random,sobol,tpe,gp] [--functions ...]"
                    + " [--batches 1,8] [--seeds 20] [--budget 100]",
            "       xhpo bench-hsic [--out benchmarks] [--sizes 1000,10000,...] [--params 20] [--exact-max 10000] [--work DIR]",
            "       xhpo bench-objectives [--out benchmarks] [--repeats 5]   (one core, no Spark)",
            "       xhpo data bateman [--out data/bateman.csv] [--rows 5000] [--species 4] [--seed 0]",
            "Tables are written to and read from OUT/STUDY/ (default OUT: the config's output.dir, or 'results').");

    private XhpoMain() {
    }

    /** Entry point: runs the command, stops Spark, exits with the command's code. */
    public static void main(String[] args) {
        int code = execute(Arrays.asList(args), System.out, System.err);
        SparkSession.getActiveSession().foreach(s -> {
            s.stop();
            return null;
        });
        System.exit(code);
    }

    /** Runs a command and returns its exit code; never calls {@code System.exit}. */
    public static int execute(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? BAD_INPUT : OK;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        try {
            switch (command) {
                case "run":
                    return run(CliArgs.parse(rest, Set.of("out", "master"), Set.of("force-new-study")), out, err);
                case "analyze":
                    return analyze(CliArgs.parse(rest, Set.of("trials", "format", "objective", "direction", "space", "out",
                            "study", "best-fraction", "bandwidth", "permutations", "costs", "seed", "master"),
                            Set.of("log-target", "no-report")), out, err);
                case "bench-overhead":
                    return benchOverhead(CliArgs.parse(rest, Set.of("out", "master", "work"), Set.of()), out);
                case "bench-samplers":
                    return benchSamplers(CliArgs.parse(rest, Set.of("out", "master", "samplers", "functions", "batches",
                            "seeds", "budget"), Set.of()), out);
                case "bench-hsic":
                    return benchHsic(CliArgs.parse(rest, Set.of("out", "master", "sizes", "params", "exact-max", "work"),
                            Set.of()), out);
                case "bench-objectives":
                    return benchObjectives(CliArgs.parse(rest, Set.of("out", "repeats"), Set.of()), out);
                case "data":
                    return data(CliArgs.parse(rest, Set.of("out", "rows", "species", "seed"), Set.of()), out);
                case "report":
                    return ReportCommand.run(CliArgs.parse(rest, ReportCommand.OPTIONS, Set.of()), out, err);
                case "sql":
                    return sql(CliArgs.parse(rest, Set.of("out", "master", "limit"), Set.of()), out);
                default:
                    err.println("xhpo: unknown command '" + command + "'"
                            + org.xhpo.config.NearMiss.hint(command, List.of("run", "analyze", "sql")) + "\n" + USAGE);
                    return BAD_INPUT;
            }
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("xhpo: " + e.getMessage());
            return BAD_INPUT;
        } catch (TooManyFailuresException e) {
            err.println("xhpo: sweep stopped: " + e.getMessage());
            return SWEEP_FAILED;
        } catch (Exception e) {
            err.println("xhpo: " + command + " failed: " + e);
            e.printStackTrace(err);
            return ERROR;
        }
    }

    private static int run(CliArgs a, PrintStream out, PrintStream err) throws IOException {
        if (a.positional().size() != 1) {
            throw new IllegalArgumentException("run: expects exactly one CONFIG.yaml, got " + a.positional() + "\n" + USAGE);
        }
        SweepConfig config = ConfigReader.read(resolveConfig(a.positional().get(0)));
        if (a.has("out")) {
            config = config.withOutputDir(a.option("out", null));
        }
        checkOutputDir(config.outputDir());
        if (a.has("force-new-study") && Files.exists(Paths.get(config.outputDir(), config.study(), "study.json"))) {
            String fresh = config.study() + "-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                    .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now());
            err.println("[xhpo] --force-new-study: study " + config.study() + " exists; starting a new study " + fresh);
            config = config.withStudy(fresh);
        }
        SparkSession spark = SparkSessions.create("xhpo " + config.study(), a.option("master", null));
        SweepOutcome o = new SweepDriver(spark, config, err).run();
        TrialResult best = o.best();
        out.println("study " + config.study() + ": " + o.trials() + " trials (" + o.failed() + " failed) in "
                + o.studyDir() + "/trials");
        if (best != null) {
            out.println("best trial " + best.trial().id() + ": value " + best.value() + " with " + best.trial().config().values());
        } else {
            out.println("no trial finished ok");
        }
        if (config.analysis().enabled()) {
            long seed = Seeds.derive(config.seed(), Seeds.Purpose.ANALYSIS, 0);
            try {
                AnalysisInput in = new TrialsSource(spark, err).load(o.studyDir() + "/trials", "parquet", "value",
                        config.direction(), config.space(), config.analysis().costs(), seed);
                new AnalysisJob(spark, err).run(in, config.analysis(), config.study(),
                        new org.apache.hadoop.fs.Path(o.studyDir()), seed);
                out.println("explained: xhpo sql \"SELECT * FROM recommendations\" --out " + config.outputDir());
            } catch (IllegalArgumentException e) {
                out.println("analysis skipped: " + e.getMessage());
            }
        }
        if (config.report()) {
            out.println("report: " + ReportCommand.write(spark, new org.apache.hadoop.fs.Path(o.studyDir()), err));
        }
        out.println("query it: xhpo sql \"SELECT * FROM trials ORDER BY value LIMIT 5\" --out " + config.outputDir());
        return OK;
    }

    private static int analyze(CliArgs a, PrintStream out, PrintStream err) throws IOException {
        if (!a.positional().isEmpty() || !a.has("trials")) {
            throw new IllegalArgumentException("analyze: expects --trials PATH and no positional arguments\n" + USAGE);
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
        AnalysisSettings d = AnalysisSettings.DEFAULTS;
        AnalysisSettings settings = new AnalysisSettings(true, number(a, "best-fraction", d.bestFraction()),
                a.option("bandwidth", d.bandwidth()), (int) number(a, "permutations", d.permutations()), d.exactLimit(),
                d.pdpGrid(), d.pdpPairs(), a.has("log-target"), d.shapMembers(), d.shapBackground(), d.shapRows(),
                a.has("costs") ? List.of(a.option("costs", "").split(",")) : List.of());
        SearchSpace space = a.has("space") ? ConfigReader.readSpace(Paths.get(a.option("space", null))) : null;
        long seed = (long) number(a, "seed", 12345);
        String trials = a.option("trials", null);
        SparkSession spark = SparkSessions.create("xhpo analyze", a.option("master", null));
        AnalysisInput in = new TrialsSource(spark, err).load(trials, format, a.option("objective", "value"), direction,
                space, settings.costs(), seed);
        org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(trials);
        org.apache.hadoop.fs.Path studyDir;
        String study;
        org.apache.hadoop.fs.FileSystem fs = source.getFileSystem(spark.sparkContext().hadoopConfiguration());
        org.apache.hadoop.fs.Path xhpoStudy = fs.exists(new org.apache.hadoop.fs.Path(source, "study.json")) ? source
                : source.getParent() != null && fs.exists(new org.apache.hadoop.fs.Path(source.getParent(), "study.json"))
                ? source.getParent() : null;
        if (xhpoStudy != null && !a.has("out") && !a.has("study")) {
            studyDir = xhpoStudy;
            study = xhpoStudy.getName();
        } else {
            study = a.option("study", source.getName().replaceFirst("\\.[A-Za-z]+$", "").replaceAll("[^A-Za-z0-9_.-]", "_"));
            checkOutputDir(a.option("out", "results"));
            studyDir = new org.apache.hadoop.fs.Path(a.option("out", "results"), study);
        }
        Map<String, Long> counts = new AnalysisJob(spark, err).run(in, settings, study, studyDir, seed);
        out.println("analyzed " + in.okRows() + " trials of " + trials + " into " + studyDir + ": " + counts);
        if (!a.has("no-report")) {
            out.println("report: " + ReportCommand.write(spark, studyDir, err));
        }
        out.println("query it: xhpo sql \"SELECT * FROM recommendations\" --out " + studyDir.getParent());
        return OK;
    }

    private static double number(CliArgs a, String option, double defaultValue) {
        if (!a.has(option)) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(a.option(option, ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + option + ": expected a number, got '" + a.option(option, "") + "'");
        }
    }

    /** The config path as given, or its file name in the working directory (spark-submit --files, cluster mode). */
    static Path resolveConfig(String given) {
        Path p = Paths.get(given);
        if (!Files.exists(p) && p.getFileName() != null && Files.exists(p.getFileName())) {
            return p.getFileName();
        }
        return p;
    }

    private static void checkOutputDir(String dir) {
        if (dir.contains("://") && !dir.startsWith("file:")) {
            return; // a remote file system: checked by Hadoop when the study starts
        }
        Path p = Paths.get(dir.startsWith("file:") ? dir.substring(5) : dir);
        if (Files.exists(p) && !Files.isDirectory(p)) {
            throw new ConfigException("output.dir", "'" + dir + "' exists and is not a directory");
        }
    }

    private static int benchOverhead(CliArgs a, PrintStream out) throws IOException {
        Path work = Paths.get(a.option("work", "")).toString().isEmpty()
                ? Files.createTempDirectory("xhpo-bench") : Paths.get(a.option("work", null));
        SparkSession spark = SparkSessions.create("xhpo bench-overhead", a.option("master", "local[2]"));
        Path outDir = Paths.get(a.option("out", "benchmarks"));
        new org.xhpo.jobs.bench.SweepOverheadBench(spark, work).run(outDir);
        out.println(Files.readString(outDir.resolve("sweep-overhead.md")));
        return OK;
    }

    private static int benchSamplers(CliArgs a, PrintStream out) throws IOException {
        List<String> samplers = List.of(a.option("samplers", String.join(",",
                org.xhpo.jobs.bench.SamplerBench.DEFAULTS.keySet())).split(","));
        List<String> functions = List.of(a.option("functions", "branin,hartmann6,rosenbrock,levy,styblinski_tang,mixed").split(","));
        List<Integer> batches = Arrays.stream(a.option("batches", "1,8").split(",")).map(Integer::parseInt).toList();
        SparkSession spark = SparkSessions.create("xhpo bench-samplers", a.option("master", "local[2]"));
        Path outDir = Paths.get(a.option("out", "benchmarks"));
        new org.xhpo.jobs.bench.SamplerBench(spark).run(samplers, functions, batches,
                Integer.parseInt(a.option("seeds", "20")), Integer.parseInt(a.option("budget", "100")), outDir);
        out.println(Files.readString(outDir.resolve("sampler-bench.md")));
        return OK;
    }

    private static int benchHsic(CliArgs a, PrintStream out) throws IOException {
        Path work = a.option("work", null) == null ? Files.createTempDirectory("xhpo-bench-hsic") : Paths.get(a.option("work", null));
        long[] sizes = Arrays.stream(a.option("sizes", "1000,10000,100000,1000000,10000000").split(","))
                .mapToLong(Long::parseLong).toArray();
        SparkSession spark = SparkSessions.create("xhpo bench-hsic", a.option("master", "local[2]"));
        Path outDir = Paths.get(a.option("out", "benchmarks"));
        new org.xhpo.jobs.bench.HsicBench(spark, work, out).run(sizes, Integer.parseInt(a.option("params", "20")),
                Long.parseLong(a.option("exact-max", "10000")), outDir);
        out.println(Files.readString(outDir.resolve("hsic-bench.md")));
        return OK;
    }

    private static int benchObjectives(CliArgs a, PrintStream out) throws Exception {
        Path outDir = Paths.get(a.option("out", "benchmarks"));
        new org.xhpo.jobs.bench.ObjectiveBench(out).run(Integer.parseInt(a.option("repeats", "5")), outDir);
        out.println(Files.readString(outDir.resolve("objective-bench.md")));
        return OK;
    }

    /** Writes a generated dataset; only {@code bateman} so far. The file appears whole or not at all. */
    private static int data(CliArgs a, PrintStream out) throws IOException {
        if (a.positional().size() != 1 || !a.positional().get(0).equals("bateman")) {
            throw new IllegalArgumentException("data: expects the dataset name 'bateman', got " + a.positional() + "\n" + USAGE);
        }
        int rows = positiveInt(a, "rows", "5000");
        int species = positiveInt(a, "species", "4");
        long seed;
        try {
            seed = Long.parseLong(a.option("seed", "0"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("data: --seed: expected a whole number, got '" + a.option("seed", null) + "'");
        }
        Path target = Paths.get(a.option("out", "data/bateman.csv")).toAbsolutePath();
        Files.createDirectories(target.getParent());
        org.xhpo.data.BatemanDataset d = org.xhpo.data.BatemanDataset.generate(rows, species, seed);
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (java.io.Writer w = Files.newBufferedWriter(tmp)) {
                d.write(w);
            }
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        out.println("wrote " + rows + " rows of a " + species + "-member decay chain (seed " + seed + ") to " + target);
        return OK;
    }

    private static int positiveInt(CliArgs a, String name, String def) {
        String v = a.option(name, def);
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("data: --" + name + ": expected a whole number >= 1, got '" + v + "'");
    }

    private static int sql(CliArgs a, PrintStream out) throws IOException {
        if (a.positional().size() != 1) {
            throw new IllegalArgumentException("sql: expects exactly one query in quotes, got " + a.positional() + "\n" + USAGE);
        }
        int limit = Integer.parseInt(a.option("limit", "100"));
        SparkSession spark = SparkSessions.create("xhpo sql", a.option("master", null));
        Map<String, List<String>> views = ResultTables.register(spark, a.option("out", "results"));
        Dataset<Row> result;
        try {
            result = spark.sql(a.positional().get(0));
        } catch (Exception e) {
            if (e instanceof org.apache.spark.sql.AnalysisException ae) {
                throw new IllegalArgumentException("sql: " + ae.getSimpleMessage() + "; views: " + views.keySet());
            }
            if (e instanceof org.apache.spark.sql.catalyst.parser.ParseException pe) {
                throw new IllegalArgumentException("sql: " + pe.getMessage());
            }
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
        out.println(result.showString(limit, 0, false));
        return OK;
    }
}

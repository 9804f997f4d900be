package org.xhpo.jobs.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.xhpo.config.ConfigException;
import org.xhpo.config.NearMiss;
import org.xhpo.jobs.sweep.TooManyFailuresException;

/**
 * The {@code xhpo} command line: parses the command name and its options and dispatches to the command's class
 * ({@link RunCommand}, {@link AnalyzeCommand}, {@link SqlCommand}, {@link BenchCommands}, {@link DataCommand}).
 * Exit codes: 0 done, 2 bad input (nothing written), 3 sweep stopped by too many failed trials (resumable),
 * 1 anything else.
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

    /** How long stopping Spark and the shutdown hooks may take before the process is halted. */
    private static final long EXIT_GRACE_MILLIS = 30_000;

    /** The commands by name, in the order the usage text lists them. */
    private static final Map<String, CliCommand> COMMANDS = commands();

    /** The usage text: every command's usage lines. */
    static final String USAGE = usage();

    private XhpoMain() {
    }

    private static Map<String, CliCommand> commands() {
        Map<String, CliCommand> c = new LinkedHashMap<>();
        c.put("run", new RunCommand());
        c.put("analyze", new AnalyzeCommand());
        c.put("sql", new SqlCommand());
        c.put("report", new ReportCommand());
        c.put("bench-overhead", new BenchCommands.Overhead());
        c.put("bench-samplers", new BenchCommands.Samplers());
        c.put("bench-hsic", new BenchCommands.Hsic());
        c.put("bench-objectives", new BenchCommands.Objectives());
        c.put("bench-hypergradient", new HypergradientBenchCommand());
        c.put("bench-report", new BenchCommands.ReportOpen());
        c.put("data", new DataCommand());
        c.put("refine", new RefineCommand());
        return c;
    }

    private static String usage() {
        return usageOf(COMMANDS.values()) + "\nTables are written to and read from OUT/STUDY/ (default OUT: the"
                + " config's output.dir, or 'results').";
    }

    /** The commands' usage lines, the first prefixed "usage: " and the rest aligned under it. */
    private static String usageOf(Collection<CliCommand> commands) {
        List<String> lines = new ArrayList<>();
        for (CliCommand c : commands) {
            for (String line : c.usage()) {
                lines.add((lines.isEmpty() ? "usage: " : "       ") + line);
            }
        }
        return String.join("\n", lines);
    }

    /**
     * Entry point: runs the command, stops Spark, exits with the command's code. The process always
     * ends: a watchdog halts it if stopping Spark or the shutdown hooks hang (after an
     * {@link OutOfMemoryError}, Spark's non-daemon threads would otherwise keep the JVM alive).
     */
    public static void main(String[] args) {
        int code;
        try {
            code = execute(Arrays.asList(args), System.out, System.err);
        } catch (Throwable t) { // only what execute could not report itself
            System.err.println("xhpo: failed on the driver: " + t);
            code = ERROR;
        }
        int exit = code;
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(EXIT_GRACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(exit);
        }, "xhpo-exit-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            SparkSession.getActiveSession().foreach(s -> {
                s.stop();
                return null;
            });
        } catch (Throwable t) {
            System.err.println("xhpo: stopping Spark failed: " + t);
        }
        System.exit(exit);
    }

    /**
     * Runs the command with the jars of {@code --jars} (when it takes that option and it was given) as the thread's
     * context class loader, restored afterwards; {@link SparkSessions#create} ships them to executors.
     */
    private static int runWithUserJars(CliCommand command, CliArgs parsed, PrintStream out, PrintStream err)
            throws Exception {
        if (!parsed.has("jars")) {
            return command.run(parsed, out, err);
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        UserJars jars = UserJars.of(parsed.option("jars", ""),
                before != null ? before : XhpoMain.class.getClassLoader());
        thread.setContextClassLoader(jars);
        try {
            return command.run(parsed, out, err);
        } finally {
            thread.setContextClassLoader(before);
            jars.release();
        }
    }

    /**
     * The command as the user runs it, for messages that suggest one ({@code submit-scripts/xhpo sql …}): the
     * launcher script's path as typed (it passes {@code -Dxhpo.launcher}), else {@code submit-scripts/xhpo}.
     */
    public static String launcher() {
        String given = System.getProperty("xhpo.launcher", "").trim();
        return given.isEmpty() ? "submit-scripts/xhpo" : given;
    }

    /** Runs a command and returns its exit code; never calls {@code System.exit}. */
    public static int execute(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? BAD_INPUT : OK;
        }
        String name = args.get(0);
        CliCommand command = COMMANDS.get(name);
        if (command == null) {
            err.println("xhpo: unknown command '" + name + "'"
                    + NearMiss.hint(name, COMMANDS.keySet()) + "\n" + USAGE);
            return BAD_INPUT;
        }
        if (args.size() > 1 && (args.contains("--help") || args.contains("-h"))) {
            out.println(usageOf(List.of(command)));
            return OK;
        }
        try {
            CliArgs parsed = CliArgs.parse(args.subList(1, args.size()), command.options(), command.flags());
            return runWithUserJars(command, parsed, out, err);
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("xhpo: " + e.getMessage());
            return BAD_INPUT;
        } catch (TooManyFailuresException e) {
            err.println("xhpo: sweep stopped: " + e.getMessage());
            return SWEEP_FAILED;
        } catch (Exception e) {
            err.println("xhpo: " + name + " failed: " + e);
            e.printStackTrace(err);
            return ERROR;
        } catch (OutOfMemoryError e) {
            err.println("xhpo: " + name + " ran out of memory on the driver (" + e.getMessage() + "); give the driver"
                    + " more memory (XHPO_JAVA_OPTS=-Xmx8g, or spark-submit --driver-memory) or lower the sizes in"
                    + " the config; finished rounds are kept and the study resumes");
            return ERROR;
        } catch (Error e) {
            err.println("xhpo: " + name + " failed on the driver: " + e);
            return ERROR;
        }
    }
}

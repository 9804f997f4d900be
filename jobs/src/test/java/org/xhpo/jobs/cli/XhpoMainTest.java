package org.xhpo.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xhpo.jobs.testing.SharedSpark;

/** The command line: run, sql, and bad input refused with exit code 2 and nothing written. */
class XhpoMainTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void session() {
        SharedSpark.get(); // the CLI's getOrCreate then reuses the shared local[2] session
    }

    private record Result(int code, String out, String err) {
    }

    private static Result xhpo(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = XhpoMain.execute(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void runThenQueryWithSql() throws Exception {
        Path cfg = write("c.yaml", "study: {name: cli}\nobjective: noop\nspace: {x: {type: float, low: 0, high: 1}}\n"
                + "sampler: sobol\nbudget: {trials: 6, batch_size: 3}\n");
        Path out = tmp.resolve("out");
        Result run = xhpo("run", cfg.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("study cli: 6 trials (0 failed)"), run.out());
        assertTrue(run.err().contains("[xhpo] study cli round 1: 6/6 trials"), run.err());
        Result sql = xhpo("sql", "SELECT count(*) AS n, count(DISTINCT trial_id) AS ids FROM trials", "--out", out.toString());
        assertEquals(0, sql.code(), sql.err());
        assertTrue(sql.out().contains("|6  |6  |"), sql.out());
        Result again = xhpo("run", cfg.toString(), "--out", out.toString());
        assertEquals(0, again.code());
        assertTrue(again.err().contains("already met"), again.err());
    }

    @Test
    void badConfigExitsWith2AndWritesNothing() throws Exception {
        Path cfg = write("bad.yaml", "objective: noop\nspace: {lr: {type: float, low: -1, high: 1, log: true}}\nbudget: 4\n");
        Path out = tmp.resolve("never");
        Result r = xhpo("run", cfg.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals("xhpo: space.lr: low must be > 0 for log scale, got -1\n", r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void missingConfigFileAndOutputPathThatIsAFileAreRefused() throws Exception {
        Result missing = xhpo("run", tmp.resolve("nope.yaml").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.yaml: no such file"), missing.err());
        Path cfg = write("ok.yaml", "objective: noop\nspace: {x: {type: float, low: 0, high: 1}}\nbudget: 4\n");
        Path file = write("taken", "x");
        Result r = xhpo("run", cfg.toString(), "--out", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--out: '" + file + "' exists and is not a directory"), r.err());
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, xhpo().code());
        Result unknown = xhpo("rnu", "x.yaml");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown command 'rnu' (did you mean 'run'?)"), unknown.err());
        Result opt = xhpo("run", "x.yaml", "--ouput", "d");
        assertEquals(2, opt.code());
        assertTrue(opt.err().contains("--ouput: unknown option (did you mean 'out'?)"), opt.err());
        Result bench = xhpo("bench-sampler");
        assertEquals(2, bench.code());
        assertTrue(bench.err().contains("(did you mean 'bench-samplers'?)"), bench.err());
    }

    @Test
    void commandHelpPrintsThatCommandsUsage() {
        Result r = xhpo("run", "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("usage: xhpo run CONFIG.yaml"), r.out());
        assertFalse(r.out().contains("analyze"), r.out());
        Result refine = xhpo("refine", "-h");
        assertEquals(0, refine.code(), refine.err());
        assertTrue(refine.out().startsWith("usage: xhpo refine --study NAME"), refine.out());
    }

    static Stream<Arguments> badInputs() {
        String space = "space: {x: {type: float, low: 0, high: 1}}\n";
        return Stream.of(
                Arguments.of("malformed YAML", "objective: [noop\n", "malformed YAML"),
                Arguments.of("unknown key", "objective: noop\n" + space + "budget: 3\nbugdet: 4\n", "bugdet: unknown key"),
                Arguments.of("log bound", "objective: noop\nspace: {lr: {type: float, low: 0, high: 1, log: true}}\nbudget: 3\n",
                        "space.lr: low must be > 0 for log scale, got 0"),
                Arguments.of("cyclic condition", "objective: noop\nspace:\n  a: {type: categorical, choices: [x, y], when: {b: x}}\n"
                        + "  b: {type: categorical, choices: [x, y], when: {a: x}}\nbudget: 3\n", "cyclic condition"),
                Arguments.of("unknown objective", "objective: brannin\nbudget: 3\n", "objective.name: unknown objective 'brannin'"),
                Arguments.of("class not an objective", "objective: java.util.ArrayList\n" + space + "budget: 3\n",
                        "does not implement org.xhpo.objective.Objective"),
                Arguments.of("unknown sampler", "objective: noop\n" + space + "sampler: gpp\nbudget: 3\n",
                        "sampler: unknown sampler 'gpp' (did you mean 'gp'?)"),
                Arguments.of("bad sampler setting", "objective: noop\n" + space + "sampler: {name: tpe, settings: {gamma: 2}}\nbudget: 3\n",
                        "sampler.settings.gamma"),
                Arguments.of("zero budget", "objective: noop\n" + space + "budget: 0\n", "budget.trials: must be >= 1, got 0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"badInputs", "org.xhpo.config.ConfigReaderTest#badConfigs",
        "org.xhpo.config.ConfigReaderTest#hardenedConfigs"})
    void badInputExitsWith2NamesTheFieldAndWritesNothing(String what, String yaml, String expected) throws Exception {
        Path cfg = write("bad.yaml", yaml);
        Path out = tmp.resolve("out-" + what.replace(' ', '-'));
        Result r = xhpo("run", cfg.toString(), "--out", out.toString());
        assertEquals(2, r.code(), what);
        assertTrue(r.err().contains(expected), () -> what + ": " + r.err());
        assertEquals(1, r.err().strip().lines().count(), () -> "one message, no stack trace: " + r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void changedSpaceOnResumeIsRefusedAndForceNewStudyStartsAnother() throws Exception {
        Path out = tmp.resolve("resume");
        Path a = write("a.yaml", "study: {name: s}\nobjective: noop\nspace: {x: {type: float, low: 0, high: 1}}\nbudget: 3\n");
        assertEquals(0, xhpo("run", a.toString(), "--out", out.toString()).code());
        Path b = write("b.yaml", "study: {name: s}\nobjective: noop\nspace: {x: {type: float, low: 0, high: 2}}\nbudget: 3\n");
        Result refused = xhpo("run", b.toString(), "--out", out.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("cannot resume: the space changed"), refused.err());
        Result fresh = xhpo("run", b.toString(), "--out", out.toString(), "--force-new-study");
        assertEquals(0, fresh.code(), fresh.err());
        assertTrue(fresh.err().contains("starting a new study s-"), fresh.err());
        try (Stream<Path> dirs = Files.list(out)) {
            assertEquals(2, dirs.count());
        }
    }

    @Test
    void sqlOnADirectoryWithoutTablesIsRefused() {
        Result r = xhpo("sql", "SELECT 1", "--out", tmp.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no XHPO tables"), r.err());
    }

    /**
     * Bad option values, one per numeric or path option of every command: (what, arguments, expected
     * message). In the arguments CFG is a good config, OUT an output directory that must stay absent,
     * FILE an existing plain file and TRIALS an existing trials file.
     */
    static Stream<Arguments> badOptions() {
        String longName = "s".repeat(101);
        return Stream.of(
                Arguments.of("sql limit text", List.of("sql", "SELECT 1", "--out", "OUT", "--limit", "abc"),
                        "--limit: expected a whole number, got 'abc'"),
                Arguments.of("sql limit negative", List.of("sql", "SELECT 1", "--out", "OUT", "--limit", "-1"),
                        "--limit: must be in [1, 1000000], got -1"),
                Arguments.of("sql limit fraction", List.of("sql", "SELECT 1", "--out", "OUT", "--limit", "1.5"),
                        "--limit: expected a whole number, got '1.5'"),
                Arguments.of("sql limit huge", List.of("sql", "SELECT 1", "--out", "OUT", "--limit", "99999999999"),
                        "--limit: must be in [1, 1000000], got 99999999999"),
                Arguments.of("sql out empty", List.of("sql", "SELECT 1", "--out", ""), "--out: must not be empty"),
                Arguments.of("sql out empty with =", List.of("sql", "SELECT 1", "--out="), "--out: must not be empty"),
                Arguments.of("sql master blank", List.of("sql", "SELECT 1", "--master", " "), "--master: must not be empty"),
                Arguments.of("run out empty", List.of("run", "CFG", "--out", ""), "--out: must not be empty"),
                Arguments.of("run out blank", List.of("run", "CFG", "--out", "  "), "--out: must not be empty"),
                Arguments.of("run out is a file", List.of("run", "CFG", "--out", "FILE"),
                        "--out: 'FILE' exists and is not a directory"),
                Arguments.of("run out under a file", List.of("run", "CFG", "--out", "FILE/sub"),
                        "--out: 'FILE/sub' cannot be created: FILE is not a directory"),
                Arguments.of("run master empty", List.of("run", "CFG", "--master", ""), "--master: must not be empty"),
                Arguments.of("run config too large", List.of("run", "BIG", "--out", "OUT"),
                        "is 1048577 bytes; a config or space file is at most 1048576 bytes"),
                Arguments.of("run config not UTF-8", List.of("run", "LATIN1", "--out", "OUT"), "is not UTF-8 text"),
                Arguments.of("run config is a directory", List.of("run", "DIR", "--out", "OUT"), "cannot read"),
                Arguments.of("run output.dir under a file", List.of("run", "UNDERFILE"),
                        "output.dir: 'FILE/sub' cannot be created: FILE is not a directory"),
                Arguments.of("analyze study escapes", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--study", "../x"), "--study: must be letters, digits, '_', '.' or '-'"),
                Arguments.of("analyze study dot-dot", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--study", ".."), "--study: must be letters, digits"),
                Arguments.of("analyze study with slash", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--study", "a/b"), "--study: must be letters, digits"),
                Arguments.of("analyze study absolute", List.of("analyze", "--trials", "TRIALS", "--study", "/tmp/x"),
                        "--study: must be letters, digits"),
                Arguments.of("analyze study too long", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--study", longName), "--study: must be at most 100 characters"),
                Arguments.of("analyze study empty", List.of("analyze", "--trials", "TRIALS", "--study", ""),
                        "--study: must not be empty"),
                Arguments.of("analyze trials empty", List.of("analyze", "--trials", ""), "--trials: must not be empty"),
                Arguments.of("analyze out is a file", List.of("analyze", "--trials", "TRIALS", "--out", "FILE"),
                        "--out: 'FILE' exists and is not a directory"),
                Arguments.of("analyze permutations text", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--permutations", "abc"), "--permutations: expected a whole number, got 'abc'"),
                Arguments.of("analyze permutations negative", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--permutations", "-1"), "--permutations: must be in [0, 10000], got -1"),
                Arguments.of("analyze permutations huge", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--permutations", "1000000"), "--permutations: must be in [0, 10000], got 1000000"),
                Arguments.of("analyze best fraction text", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--best-fraction", "ten"), "--best-fraction: expected a number, got 'ten'"),
                Arguments.of("analyze best fraction above 1", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--best-fraction", "1.5"), "--best-fraction: must be a number in [0.0, 1.0], got 1.5"),
                Arguments.of("analyze best fraction 0", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--best-fraction", "0"), "--best-fraction: must be in (0, 1), got 0.0"),
                Arguments.of("analyze best fraction NaN", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--best-fraction", "NaN"), "--best-fraction: must be a number in [0.0, 1.0], got NaN"),
                Arguments.of("analyze seed text", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--seed", "abc"), "--seed: expected a whole number, got 'abc'"),
                Arguments.of("analyze seed fraction", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--seed", "1.5"), "--seed: expected a whole number, got '1.5'"),
                Arguments.of("analyze bandwidth word", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--bandwidth", "wide"), "--bandwidth: expected std, median or a positive number, got 'wide'"),
                Arguments.of("analyze bandwidth negative", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--bandwidth", "-1"), "--bandwidth: must be a positive number"),
                Arguments.of("analyze costs with a gap", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--costs", "a,,b"), "--costs: expected names separated by commas, got 'a,,b'"),
                Arguments.of("analyze format", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--format", "xml"), "--format: expected parquet or csv, got 'xml'"),
                Arguments.of("analyze direction", List.of("analyze", "--trials", "TRIALS", "--out", "OUT",
                        "--direction", "up"), "--direction: expected minimize or maximize, got 'up'"),
                Arguments.of("analyze space empty", List.of("analyze", "--trials", "TRIALS", "--space", ""),
                        "--space: must not be empty"),
                Arguments.of("data rows text", List.of("data", "bateman", "--out", "OUT/b.csv", "--rows", "abc"),
                        "--rows: expected a whole number, got 'abc'"),
                Arguments.of("data rows zero", List.of("data", "bateman", "--out", "OUT/b.csv", "--rows", "0"),
                        "--rows: must be in [1, 100000000], got 0"),
                Arguments.of("data species negative", List.of("data", "bateman", "--out", "OUT/b.csv", "--species", "-2"),
                        "--species: must be in [1, 1000], got -2"),
                Arguments.of("data seed text", List.of("data", "bateman", "--out", "OUT/b.csv", "--seed", "x"),
                        "--seed: expected a whole number, got 'x'"),
                Arguments.of("data out empty", List.of("data", "bateman", "--out", ""), "--out: must not be empty"),
                Arguments.of("bench-samplers seeds text", List.of("bench-samplers", "--out", "OUT", "--seeds", "abc"),
                        "--seeds: expected a whole number, got 'abc'"),
                Arguments.of("bench-samplers budget zero", List.of("bench-samplers", "--out", "OUT", "--budget", "0"),
                        "--budget: must be in [1, 1000000], got 0"),
                Arguments.of("bench-samplers batches text", List.of("bench-samplers", "--out", "OUT", "--batches", "1,x"),
                        "--batches: expected whole numbers separated by commas, got '1,x'"),
                Arguments.of("bench-samplers batches zero", List.of("bench-samplers", "--out", "OUT", "--batches", "0"),
                        "--batches: each value must be in [1, 100000], got 0"),
                Arguments.of("bench-samplers samplers gap", List.of("bench-samplers", "--out", "OUT",
                        "--samplers", "tpe,,gp"), "--samplers: expected names separated by commas, got 'tpe,,gp'"),
                Arguments.of("bench-hsic sizes text", List.of("bench-hsic", "--out", "OUT", "--sizes", "10,abc"),
                        "--sizes: expected whole numbers separated by commas, got '10,abc'"),
                Arguments.of("bench-hsic params zero", List.of("bench-hsic", "--out", "OUT", "--params", "0"),
                        "--params: must be in [1, 1000], got 0"),
                Arguments.of("bench-hsic exact-max negative", List.of("bench-hsic", "--out", "OUT", "--exact-max", "-5"),
                        "--exact-max: must be >= 0, got -5"),
                Arguments.of("bench-objectives repeats text", List.of("bench-objectives", "--out", "OUT",
                        "--repeats", "many"), "--repeats: expected a whole number, got 'many'"),
                Arguments.of("bench-objectives repeats zero", List.of("bench-objectives", "--out", "OUT",
                        "--repeats", "0"), "--repeats: must be in [1, 1000], got 0"),
                Arguments.of("bench-overhead work empty", List.of("bench-overhead", "--out", "OUT", "--work", ""),
                        "--work: must not be empty"),
                Arguments.of("bench-hypergradient dims other", List.of("bench-hypergradient", "--out", "OUT",
                        "--dims", "1,10"), "--dims: expected 1, 9, 16 or 784, got 10"),
                Arguments.of("bench-hypergradient method unknown", List.of("bench-hypergradient", "--out", "OUT",
                        "--methods", "hoag,rmad"),
                        "--methods: expected random, tpe, gp, greedy, hoag, neumann or unrolled, got 'rmad'"),
                Arguments.of("bench-hypergradient wall text", List.of("bench-hypergradient", "--out", "OUT",
                        "--wall", "long"), "--wall: expected a number, got 'long'"),
                Arguments.of("bench-hypergradient noise negative", List.of("bench-hypergradient", "--out", "OUT",
                        "--noises", "0,-1"), "--noises: expected numbers in [0, 10] separated by commas, got '-1'"),
                Arguments.of("bench-hypergradient sizes tiny", List.of("bench-hypergradient", "--out", "OUT",
                        "--sizes", "3"), "--sizes: each value must be in [4, 100000], got 3"),
                Arguments.of("bench-report no report", List.of("bench-report", "--out", "OUT"),
                        "--report: give the report file(s) to open"),
                Arguments.of("bench-report report missing", List.of("bench-report", "--out", "OUT", "--report",
                        "DIR/none.html"), "none.html is not a file"),
                Arguments.of("bench-report window text", List.of("bench-report", "--out", "OUT", "--report", "FILE",
                        "--window", "wide"), "--window: expected WIDTHxHEIGHT in CSS pixels (e.g. 1280x900), got 'wide'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void badOptionValueExitsWith2NamesTheOptionAndWritesNothing(String what, List<String> args, String expected)
            throws Exception {
        Path out = tmp.resolve("out");
        Path file = write("plain-file", "x");
        Path dir = Files.createDirectories(tmp.resolve("a-directory"));
        Path cfg = write("good.yaml", "objective: noop\nspace: {x: {type: float, low: 0, high: 1}}\nbudget: 2\n");
        Path big = write("big.yaml", "#".repeat(1 << 20) + "\n");
        Path latin1 = tmp.resolve("latin1.yaml");
        Files.write(latin1, "objective: noop # caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Path underFile = write("under-file.yaml", "objective: noop\nspace: {x: {type: float, low: 0, high: 1}}\n"
                + "budget: 2\noutput: {dir: " + file + "/sub}\n");
        Path trials = write("trials.csv", "x,value\n0.5,1\n");
        List<String> resolved = args.stream().map(s -> s.replace("OUT", out.toString())
                .replace("UNDERFILE", underFile.toString()).replace("FILE", file.toString())
                .replace("CFG", cfg.toString()).replace("BIG", big.toString()).replace("LATIN1", latin1.toString())
                .replace("DIR", dir.toString()).replace("TRIALS", trials.toString())).toList();
        String message = expected.replace("FILE", file.toString());
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = XhpoMain.execute(resolved, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        String err = e.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, () -> what + ": " + err);
        assertTrue(err.contains(message), () -> what + ": expected " + message + "\ngot " + err);
        assertEquals(1, err.strip().lines().count(), () -> "one message, no stack trace: " + err);
        assertFalse(Files.exists(out), "nothing written");
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(7, files.count(), "no file beside the inputs");
        }
    }
}

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
        assertTrue(r.err().contains("output.dir: '" + file + "' exists and is not a directory"), r.err());
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
    @MethodSource({"badInputs", "org.xhpo.config.ConfigReaderTest#badConfigs"})
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
}

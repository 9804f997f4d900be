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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void sqlOnADirectoryWithoutTablesIsRefused() {
        Result r = xhpo("sql", "SELECT 1", "--out", tmp.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no XHPO tables"), r.err());
    }
}

package org.xhpo.jobs.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xhpo.config.DriverBounds;
import org.xhpo.jobs.cli.XhpoMain;
import org.xhpo.jobs.testing.SharedSpark;

/** Trials tables {@code xhpo analyze} cannot analyze: one clear line, exit 2, nothing written. */
class AnalyzeBadTablesTest {
    static final Path OPTUNA = Paths.get("src/test/resources/optuna/trials.csv");

    @TempDir
    Path tmp;

    @BeforeAll
    static void session() {
        SharedSpark.get();
    }

    /** (what, CSV text or null for the Optuna fixture, extra arguments, expected message fragment). */
    static Stream<Arguments> badTables() throws Exception {
        List<String> lines = Files.readAllLines(OPTUNA);
        String header = lines.get(0);
        String one = header + "\n" + lines.get(1) + "\n";
        String failed = lines.stream().map(l -> l.replace(",COMPLETE", ",FAIL")).collect(Collectors.joining("\n"));
        String text = header.replace("params_x", "params_x") + "\n" + lines.stream().skip(1)
                .map(l -> l.replaceFirst("^(\\d+),[^,]*,", "$1,abc,")).collect(Collectors.joining("\n"));
        return Stream.of(
                Arguments.of("missing file", null, List.of("--trials", "/nonexistent/trials.csv"),
                        "--trials: '/nonexistent/trials.csv' does not exist"),
                Arguments.of("missing objective column", null, List.of("--objective", "loss"),
                        "--objective: no column 'loss' in the trials table"),
                Arguments.of("text objective", null, List.of("--objective", "params_optimizer"),
                        "--objective: column 'params_optimizer' holds string values; expected numbers"),
                Arguments.of("objective that is not numeric", text, List.of(),
                        "--objective: column 'value' holds string values; expected numbers"),
                Arguments.of("all trials failed", failed, List.of(),
                        "has 0 analyzable trials of 120; the analysis needs at least 10"),
                Arguments.of("a single trial", one, List.of(), "has 1 analyzable trial of 1;"),
                Arguments.of("no parameter columns", "value,state\n1.0,COMPLETE\n2.0,COMPLETE\n", List.of(),
                        "--trials: no parameter columns found"),
                Arguments.of("unknown format", null, List.of("--format", "json"), "--format: expected parquet or csv, got 'json'"),
                Arguments.of("bad direction", null, List.of("--direction", "down"),
                        "--direction: expected minimize or maximize, got 'down'"),
                Arguments.of("space without a table column", null, List.of("--space", "SPACE"),
                        "--space: parameter 'momentum' has no column in the trials table"),
                Arguments.of("bad fraction", null, List.of("--best-fraction", "1.5"),
                        "--best-fraction: must be a number in [0.0, 1.0], got 1.5"),
                Arguments.of("not a number", null, List.of("--permutations", "many"),
                        "--permutations: expected a whole number, got 'many'"),
                Arguments.of("unknown cost", null, List.of("--costs", "gpu_hours"),
                        "analysis.costs: 'gpu_hours' is neither a parameter"),
                Arguments.of("more parameter columns than the driver holds", wide(DriverBounds.MAX_PARAMETERS + 1, 12),
                        List.of(), "has 1001 parameter columns, more than the 1000 one analysis holds on the driver"));
    }

    /** A CSV of {@code rows} rows with {@code d} numeric parameter columns and a value column. */
    private static String wide(int d, int rows) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < d; j++) {
            b.append("p").append(j).append(',');
        }
        b.append("value\n");
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < d; j++) {
                b.append((i * 31 + j * 17) % 97 / 97.0).append(',');
            }
            b.append(i).append('\n');
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTables")
    void refusedWithOneLineAndNothingWritten(String what, String csv, List<String> extra, String expected) throws Exception {
        Path table = OPTUNA.toAbsolutePath();
        if (csv != null) {
            table = tmp.resolve("t.csv");
            Files.writeString(table, csv);
        }
        Path space = tmp.resolve("space.yaml");
        Files.writeString(space, "space: {x: {type: float, low: -3, high: 3}, momentum: {type: float, low: 0, high: 1}}\n");
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("analyze", "--trials", table.toString(), "--out", out.toString()));
        for (String e : extra) {
            args.add(e.equals("SPACE") ? space.toString() : e);
        }
        if (extra.contains("--trials")) {
            args.subList(1, 3).clear();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = XhpoMain.execute(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        String msg = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, msg);
        // one line says what is wrong; progress notes before it ("[xhpo] analyze: --costs overrides …") are not errors
        List<String> lines = msg.strip().lines().filter(l -> !l.startsWith("[xhpo] ")).toList();
        assertEquals(1, lines.size(), "one line: " + msg);
        assertTrue(lines.get(0).startsWith("xhpo: ") && lines.get(0).contains(expected), what + ": " + msg);
        assertFalse(Files.exists(out), "nothing written");
    }
}

package org.xhpo.jobs.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The interactive {@code xhpo sql} shell: one Spark session for many statements. Statements end
 * with {@code ;} and may span lines ({@link StatementSplitter}); a last statement without {@code ;}
 * at the end of input still runs. Lines starting with {@code .} at the start of a statement are
 * shell commands: {@code .tables}, {@code .schema TABLE}, {@code .history}, {@code .help},
 * {@code .quit} (or end of input); {@code !N} runs statement N of the history again. An error
 * prints one line and the shell goes on. Reads a plain {@link BufferedReader}, so a script piped on
 * standard input works as typed input does (no prompts are printed then).
 */
public final class SqlShell {
    /** Most statements kept in the history file. */
    static final int HISTORY_KEPT = 1000;
    private static final String HELP = String.join("\n",
            "Statements end with ; and may span lines. Only read statements run: " + ReadOnlyStatements.ALLOWED + ".",
            ".tables          the views: one per table (all studies) and one per table and study",
            ".schema TABLE    the columns of a view and their types",
            ".history         the statements typed so far, numbered; !N runs statement N again",
            ".help            this text",
            ".quit            leave (end of input does too)");

    private final SqlRunner runner;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;
    private final Path historyFile;
    private final List<String> history = new ArrayList<>();

    /**
     * @param runner runs one statement
     * @param out results (and prompts when interactive)
     * @param err error lines
     * @param interactive whether a person types: prompts and a greeting are printed
     * @param historyFile where the history persists across sessions, or null to keep it in memory
     */
    public SqlShell(SqlRunner runner, PrintStream out, PrintStream err, boolean interactive, Path historyFile) {
        this.runner = runner;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
        this.historyFile = historyFile;
    }

    /**
     * Reads and runs statements until {@code .quit} or end of input.
     *
     * @return 0, or 2 when input was not interactive and a statement failed (so scripts can tell)
     */
    public int run(BufferedReader in) throws IOException {
        loadHistory();
        if (interactive) {
            err.println("xhpo sql: views " + String.join(", ", runner.views().unions().keySet())
                    + " (.tables lists all, .help for help); end each statement with ;");
        }
        StatementSplitter splitter = new StatementSplitter();
        int failures = 0;
        while (true) {
            if (interactive) {
                out.print(splitter.inStatement() ? "   ...> " : "xhpo> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                break;
            }
            String trimmed = line.strip();
            if (!splitter.inStatement() && trimmed.startsWith(".")) {
                splitter.clear(); // only comments were pending
                if (trimmed.equals(".quit") || trimmed.equals(".exit")) {
                    return exitCode(failures);
                }
                failures += shellCommand(trimmed) ? 0 : 1;
                continue;
            }
            if (!splitter.inStatement() && trimmed.matches("!\\d+;?")) {
                splitter.clear();
                int k = Integer.parseInt(trimmed.replace("!", "").replace(";", ""));
                if (k < 1 || k > history.size()) {
                    err.println("xhpo: !" + k + ": no such statement in the history (1.." + history.size() + ")");
                    failures++;
                } else {
                    failures += execute(history.get(k - 1)) ? 0 : 1;
                }
                continue;
            }
            for (String statement : splitter.add(line)) {
                failures += execute(statement) ? 0 : 1;
            }
        }
        String rest = splitter.rest();
        if (rest != null) {
            failures += execute(rest) ? 0 : 1;
        }
        return exitCode(failures);
    }

    private int exitCode(int failures) {
        return !interactive && failures > 0 ? 2 : 0;
    }

    private boolean execute(String statement) {
        remember(statement);
        try {
            runner.run(statement, out);
            return true;
        } catch (IllegalArgumentException e) {
            err.println("xhpo: " + e.getMessage());
            return false;
        }
    }

    /** Runs a dot command; false when it failed. */
    private boolean shellCommand(String line) {
        String[] words = line.replaceAll(";$", "").split("\\s+");
        switch (words[0]) {
            case ".help":
                out.println(HELP);
                return true;
            case ".tables":
                runner.views().unions().forEach((view, studies) ->
                        out.println(view + "  (" + studies.size() + " stud" + (studies.size() == 1 ? "y" : "ies") + ": "
                                + String.join(", ", studies) + ")"));
                new java.util.TreeMap<>(runner.views().perStudy())
                        .forEach((view, what) -> out.println(view + "  (" + what + ")"));
                return true;
            case ".history":
                for (int i = 0; i < history.size(); i++) {
                    out.println((i + 1) + "  " + history.get(i).replace('\n', ' '));
                }
                return true;
            case ".schema":
                return schema(words);
            default:
                err.println("xhpo: " + words[0]
                        + ": unknown shell command; try .tables, .schema TABLE, .history, .help, .quit");
                return false;
        }
    }

    private boolean schema(String[] words) {
        if (words.length != 2) {
            err.println("xhpo: .schema: expects one view name, e.g. .schema trials");
            return false;
        }
        String view = words[1];
        if (!runner.views().viewNames().contains(view)) {
            err.println("xhpo: .schema: no view '" + view + "'; views: "
                    + String.join(", ", runner.views().viewNames()));
            return false;
        }
        StructType schema = runner.spark().table(view).schema();
        List<String> coerced = runner.views().stringColumns().getOrDefault(view, List.of());
        for (StructField f : schema.fields()) {
            out.println(f.name() + "  " + f.dataType().simpleString()
                    + (coerced.contains(f.name())
                    ? "  (types differ between studies; native in the per-study views)" : ""));
        }
        return true;
    }

    private void remember(String statement) {
        history.add(statement);
        if (historyFile == null) {
            return;
        }
        try {
            Files.writeString(historyFile, statement.replace('\n', ' ') + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // history is a convenience: a read-only home directory must not stop the shell
        }
    }

    private void loadHistory() {
        if (historyFile == null || !Files.isRegularFile(historyFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(historyFile, StandardCharsets.UTF_8);
            if (lines.size() > HISTORY_KEPT) {
                lines = new ArrayList<>(lines.subList(lines.size() - HISTORY_KEPT, lines.size()));
                Files.write(historyFile, lines, StandardCharsets.UTF_8);
            }
            for (String l : lines) {
                if (!l.isBlank()) {
                    history.add(l);
                }
            }
        } catch (IOException e) {
            // an unreadable history file: start with an empty history
        }
    }

    /** The statements of this session and the loaded history, oldest first. */
    List<String> history() {
        return List.copyOf(history);
    }
}

package org.xhpo.jobs.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the lines typed into the shell into statements ended by {@code ;}. A {@code ;} inside a
 * string ({@code '…'}, {@code "…"}), a quoted identifier ({@code `…`}), a {@code --} comment or a
 * block comment does not end a statement; backslash escapes inside strings are honoured, as Spark's
 * parser does. Comments are kept in the statement (Spark's parser skips them).
 */
final class StatementSplitter {
    private final StringBuilder pending = new StringBuilder();
    private char quote;          // 0, or the open quote character
    private boolean blockComment;

    /** Adds a line; returns the statements it completed (without their {@code ;}, trimmed, empty ones dropped). */
    List<String> add(String line) {
        List<String> done = new ArrayList<>();
        boolean lineComment = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
            if (lineComment) {
                pending.append(c);
            } else if (blockComment) {
                pending.append(c);
                if (c == '*' && next == '/') {
                    pending.append(next);
                    i++;
                    blockComment = false;
                }
            } else if (quote != 0) {
                pending.append(c);
                if (c == '\\' && quote != '`' && next != 0) {
                    pending.append(next);
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '-' && next == '-') {
                lineComment = true;
                pending.append(c);
            } else if (c == '/' && next == '*') {
                blockComment = true;
                pending.append(c).append(next);
                i++;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                pending.append(c);
            } else if (c == ';') {
                String s = pending.toString().strip();
                if (!s.isEmpty() && !onlyComments(s)) {
                    done.add(s);
                }
                pending.setLength(0);
            } else {
                pending.append(c);
            }
        }
        pending.append('\n');
        return done;
    }

    /** Whether a statement has been started and not yet ended (comments alone do not start one). */
    boolean inStatement() {
        return quote != 0 || blockComment || rest() != null;
    }

    /** The unfinished text (a statement not ended by {@code ;} at end of input), or null. */
    String rest() {
        String s = pending.toString().strip();
        return s.isEmpty() || onlyComments(s) ? null : s;
    }

    /** Forgets the unfinished statement. */
    void clear() {
        pending.setLength(0);
        quote = 0;
        blockComment = false;
    }

    private static boolean onlyComments(String s) {
        String t = s.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
        return t.isBlank();
    }
}

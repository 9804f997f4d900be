package org.xhpo.jobs.sql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.catalyst.parser.ParseException;

/**
 * Turns Spark's multi-line errors into the one line {@code xhpo sql} prints: the first line of the
 * message, the parse position when there is one, and the Parquet file named when a file could not
 * be read.
 */
final class SqlErrors {
    private static final Pattern PARQUET_FILE = Pattern.compile("((?:file|hdfs|s3a?|abfss?|gs):[^\\s,'\"]*\\.parquet)");

    private SqlErrors() {
    }

    /** The first line of a message, trimmed. */
    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        return message.strip().lines().findFirst().orElse("").strip();
    }

    /** A parse error on one line, with its position. */
    static String oneLine(ParseException e) {
        String msg = firstLine(e.getMessage());
        if (e.start() != null && e.start().line().isDefined() && !msg.contains("(line ")) {
            msg += " (line " + e.start().line().get() + ", pos " + e.start().startPosition().get() + ")";
        }
        return msg;
    }

    /** Any error of a statement on one line; a Parquet file named anywhere in the cause chain is named first. */
    static String oneLine(Throwable t) {
        if (t instanceof ParseException pe) {
            return oneLine(pe);
        }
        String file = parquetFile(t);
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (file != null) {
            return "cannot read Parquet file " + file + " (" + firstLine(String.valueOf(root.getMessage()))
                    + "); it is corrupt or truncated: move it away or delete its round to query the rest";
        }
        if (t instanceof AnalysisException ae) {
            return firstLine(ae.getSimpleMessage());
        }
        return firstLine(t.getMessage() == null ? t.toString() : t.getMessage());
    }

    /** The first Parquet file named in the messages of t and its causes, or null. */
    static String parquetFile(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null) {
                Matcher m = PARQUET_FILE.matcher(c.getMessage());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }
}

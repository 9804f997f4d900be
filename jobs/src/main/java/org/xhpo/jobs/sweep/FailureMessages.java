package org.xhpo.jobs.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Counts failure messages by kind, so a round's progress line and a study's summary can say why
 * trials failed without SQL. Messages of one kind differ only in numbers ("fails trial 4", "fails
 * trial 7"), so the kind is the message's first line with the exception's package, the stack
 * position {@code (at …)} and every standalone number (shown as {@code N}) removed. Kinds keep the
 * order they were first seen in, so ties are broken by first occurrence.
 */
public final class FailureMessages {
    private static final Pattern NUMBER =
            Pattern.compile("(?<![A-Za-z_0-9.])-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?(?![A-Za-z_])");
    private static final Pattern PACKAGE = Pattern.compile("^(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])");
    private static final Pattern AT = Pattern.compile("\\s*\\(at .*\\)\\s*$");

    private final Map<String, Long> counts = new LinkedHashMap<>();

    /** Counts one failure message (null counts as "no message"). */
    public void add(String message) {
        add(message, 1);
    }

    /** Counts {@code count} failures with the same message. */
    public void add(String message, long count) {
        if (count > 0) {
            counts.merge(kind(message), count, Long::sum);
        }
    }

    /** Whether no failure was counted. */
    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Total failures counted. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The kinds with their counts, most frequent first (first seen first among equals). */
    public List<Map.Entry<String, Long>> byCount() {
        List<Map.Entry<String, Long>> out = new ArrayList<>(counts.entrySet());
        out.sort(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue()));
        return out;
    }

    /** The most frequent kind, or null when nothing was counted. */
    public Map.Entry<String, Long> mostCommon() {
        return counts.isEmpty() ? null : byCount().get(0);
    }

    /**
     * The kind of a message: its first line without the exception's package, the {@code (at …)}
     * stack position and numbers.
     */
    public static String kind(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        String s = message.strip();
        int nl = s.indexOf('\n');
        s = nl >= 0 ? s.substring(0, nl).strip() : s;
        s = AT.matcher(s).replaceFirst("");
        s = PACKAGE.matcher(s).replaceFirst("");
        return NUMBER.matcher(s).replaceAll("N");
    }

    /** {@code text} cut to at most {@code max} characters, ending in "…" when cut. */
    public static String truncate(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max: must be >= 2, got " + max);
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** "3× kind" — one entry as printed. */
    public static String format(Map.Entry<String, Long> entry, int maxChars) {
        return String.format(Locale.ROOT, "%d× %s", entry.getValue(), truncate(entry.getKey(), maxChars));
    }
}

package org.xhpo.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;

/**
 * Checks of where a study is written, made before Spark starts: a study name is one safe directory
 * name (never {@code ..}, a separator or a hidden name), and a local output directory exists as a
 * writable directory or can be created under one.
 */
public final class OutputLocation {
    /** The longest study name (it names a directory; file systems allow 255 bytes). */
    public static final int MAX_STUDY_NAME = 100;
    private static final Pattern STUDY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private OutputLocation() {
    }

    /**
     * Returns a valid study name or throws naming {@code field} ({@code study.name}, {@code --study}).
     */
    public static String studyName(String name, String field) {
        if (name == null || name.isEmpty()) {
            throw new ConfigException(field, "must not be empty");
        }
        if (name.length() > MAX_STUDY_NAME) {
            throw new ConfigException(field, "must be at most " + MAX_STUDY_NAME + " characters (it names a"
                    + " directory), got " + name.length());
        }
        if (!STUDY_NAME.matcher(name).matches()) {
            throw new ConfigException(field, "must be letters, digits, '_', '.' or '-', starting with a letter or"
                    + " digit (it names a directory), got '" + shorten(name) + "'");
        }
        return name;
    }

    /**
     * Checks an output directory named by {@code field} ({@code output.dir}, {@code --out}): not empty;
     * a local one must be a directory, or creatable under its nearest existing parent, and writable.
     * Remote file systems ({@code hdfs://}, {@code s3a://}) are checked by Hadoop when the study starts.
     */
    public static void directory(String dir, String field) {
        if (dir == null || dir.isBlank()) {
            throw new ConfigException(field, "must not be empty");
        }
        if (dir.contains("://") && !dir.startsWith("file:")) {
            return;
        }
        Path p;
        try {
            p = Paths.get(dir.startsWith("file:") ? dir.substring(dir.startsWith("file://") ? 7 : 5) : dir)
                    .toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ConfigException(field, "'" + shorten(dir) + "' is not a valid path: " + e.getReason());
        }
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new ConfigException(field, "'" + shorten(dir) + "' cannot be created: no part of it exists");
        }
        if (!Files.isDirectory(existing)) {
            throw new ConfigException(field, "'" + shorten(dir) + "' " + (existing.equals(p) ? "exists and is not a"
                    + " directory" : "cannot be created: " + existing + " is not a directory"));
        }
        if (!Files.isWritable(existing)) {
            throw new ConfigException(field, "'" + shorten(dir) + "' " + (existing.equals(p) ? "is not writable"
                    : "cannot be created: " + existing + " is not writable"));
        }
    }

    private static String shorten(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "...";
    }
}

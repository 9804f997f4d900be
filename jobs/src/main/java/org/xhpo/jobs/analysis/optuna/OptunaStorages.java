package org.xhpo.jobs.analysis.optuna;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Opens an Optuna storage named on the command line: a URL with a scheme ({@code sqlite:///…},
 * {@code jdbc:…}, {@code postgresql://…}) is an RDB storage; a plain path is an SQLite database when
 * the file starts with SQLite's magic header, and a JournalStorage file otherwise.
 */
public final class OptunaStorages {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private OptunaStorages() {
    }

    /**
     * Reads one study from a storage.
     *
     * @throws IllegalArgumentException naming {@code --optuna-storage} or {@code --optuna-study}
     */
    public static OptunaStudy read(Configuration hadoop, String storage, String study) throws IOException {
        if (storage.startsWith("jdbc:") || storage.matches("^[A-Za-z][A-Za-z0-9+]*://.*") && !storage.startsWith("file:")
                && !storage.startsWith("hdfs:") && !storage.startsWith("s3a:")) {
            return OptunaRdbStorage.read(storage, study);
        }
        Path p = new Path(storage);
        FileSystem fs = p.getFileSystem(hadoop);
        if (!fs.exists(p) || fs.getFileStatus(p).isDirectory()) {
            throw new IllegalArgumentException("--optuna-storage: '" + storage + "' is neither a storage URL"
                    + " (sqlite:///FILE.db, a JDBC URL) nor a journal or SQLite file");
        }
        byte[] head = new byte[SQLITE_MAGIC.length];
        int n;
        try (InputStream in = fs.open(p)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == head.length && java.util.Arrays.equals(head, SQLITE_MAGIC)) {
            if (!"file".equals(fs.getUri().getScheme())) {
                throw new IllegalArgumentException("--optuna-storage: an SQLite database must be a local file, got "
                        + storage);
            }
            return OptunaRdbStorage.read("jdbc:sqlite:" + new java.io.File(p.toUri().getPath()).getPath(), study);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(p), StandardCharsets.UTF_8))) {
            return OptunaJournalStorage.read(r, storage, study);
        }
    }
}

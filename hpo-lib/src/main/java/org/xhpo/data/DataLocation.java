package org.xhpo.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.zip.GZIPInputStream;

/**
 * Opens a data file named in a config: a local path or {@code file:} URI, or any URI whose scheme a
 * registered {@link DataOpener} accepts. Gzip files are recognized by their magic bytes and
 * decompressed transparently.
 */
public final class DataLocation {
    private DataLocation() {
    }

    /**
     * Opens {@code location} for reading, decompressing gzip.
     *
     * @param field the config field that named the location, for error messages
     * @throws IOException naming the field and the location when it cannot be opened
     */
    public static InputStream open(String location, String field) throws IOException {
        InputStream raw = openRaw(location, field);
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    private static InputStream openRaw(String location, String field) throws IOException {
        String scheme = scheme(location);
        if (scheme == null || scheme.equals("file")) {
            Path p = scheme == null ? Path.of(location) : Path.of(URI.create(location));
            try {
                return Files.newInputStream(p);
            } catch (NoSuchFileException e) {
                throw new IOException(field + ": file not found: " + p);
            }
        }
        for (DataOpener opener : ServiceLoader.load(DataOpener.class, DataLocation.class.getClassLoader())) {
            if (opener.accepts(scheme)) {
                return opener.open(location);
            }
        }
        throw new IOException(field + ": cannot read '" + location + "': no reader for scheme '" + scheme
                + "' (local paths and file: URIs always work; hdfs:, s3a: and other Hadoop schemes need the Spark jobs on the classpath)");
    }

    /** The URI scheme of a location in lower case, or null for a plain local path. */
    static String scheme(String location) {
        int colon = location.indexOf(':');
        if (colon <= 1) { // no scheme, or a Windows drive letter
            return null;
        }
        String s = location.substring(0, colon);
        return s.matches("[A-Za-z][A-Za-z0-9+.-]*") ? s.toLowerCase(java.util.Locale.ROOT) : null;
    }
}

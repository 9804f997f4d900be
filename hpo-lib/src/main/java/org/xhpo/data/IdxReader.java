package org.xhpo.data;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the IDX format of MNIST and Fashion-MNIST (LeCun et al., "THE MNIST DATABASE", file
 * format section): big-endian magic {@code 0x00000803} for images (count, rows, cols, then unsigned
 * bytes) and {@code 0x00000801} for labels (count, then unsigned bytes), plain or gzip.
 *
 * <p>Executors evaluate many trials on the same files, so {@link #cached} keeps what was read per
 * JVM, keyed by the two locations and the limit.
 */
public final class IdxReader {
    /** Where Debian's {@code dataset-fashion-mnist} package puts the files. */
    public static final String DEBIAN_FASHION_MNIST = "/usr/share/datasets/fashion-mnist";
    private static final int IMAGES_MAGIC = 0x00000803;
    private static final int LABELS_MAGIC = 0x00000801;
    private static final Map<String, LabeledImages> CACHE = new ConcurrentHashMap<>();

    private IdxReader() {
    }

    /**
     * Reads at most {@code limit} images and their labels, from the cache when the same files and
     * limit were read before in this JVM. The returned arrays are shared: do not modify them.
     */
    public static LabeledImages cached(String images, String labels, int limit, String field) throws IOException {
        return cached(images, labels, limit, field, field);
    }

    /**
     * As {@link #cached(String, String, int, String)}, with errors about the label file named by
     * {@code labelsField} (the setting that names it) instead of {@code imagesField}.
     */
    public static LabeledImages cached(String images, String labels, int limit, String imagesField,
            String labelsField) throws IOException {
        String key = images + "\u0000" + labels + "\u0000" + limit;
        LabeledImages hit = CACHE.get(key);
        if (hit != null) {
            return hit;
        }
        LabeledImages read = read(images, labels, limit, imagesField, labelsField);
        CACHE.putIfAbsent(key, read);
        return read;
    }

    /**
     * Reads at most {@code limit} images and their labels.
     *
     * @param field the config field naming the data, for error messages
     * @throws IOException naming the file when it is missing, not IDX, or truncated, or when the
     *     two files disagree on the count
     */
    public static LabeledImages read(String images, String labels, int limit, String field) throws IOException {
        return read(images, labels, limit, field, field);
    }

    /**
     * As {@link #read(String, String, int, String)}, with errors about the label file named by
     * {@code labelsField} (the setting that names it) and errors about the images by {@code field}.
     */
    public static LabeledImages read(String images, String labels, int limit, String field, String labelsField)
            throws IOException {
        if (limit < 1) {
            throw new IllegalArgumentException(field + ": the number of images to read must be >= 1, got " + limit);
        }
        int[] y = readLabels(labels, limit, labelsField);
        float[][] x;
        int rows;
        int cols;
        try (DataInputStream in = new DataInputStream(DataLocation.open(images, field))) {
            int magic = header(in, images, field);
            if (magic != IMAGES_MAGIC) {
                throw new IOException(field + ": " + images + " is not an IDX image file (magic number 0x"
                        + String.format("%08x", magic) + ", expected 0x00000803)");
            }
            int count = in.readInt();
            rows = in.readInt();
            cols = in.readInt();
            if (count < 0 || rows <= 0 || cols <= 0) {
                throw new IOException(field + ": " + images + " has an invalid IDX header (count " + count + ", "
                        + rows + "x" + cols + ")");
            }
            int n = Math.min(count, limit);
            if (n != y.length) {
                throw new IOException(field + ": " + images + " holds " + count + " images but " + labels + " holds a different number of labels");
            }
            byte[] buf = new byte[rows * cols];
            x = new float[n][];
            for (int i = 0; i < n; i++) {
                in.readFully(buf);
                float[] row = new float[buf.length];
                for (int j = 0; j < buf.length; j++) {
                    row[j] = (buf[j] & 0xff) / 255f;
                }
                x[i] = row;
            }
        } catch (EOFException e) {
            throw new IOException(field + ": " + images + " ends before its header's image count");
        }
        int classes = 0;
        for (int c : y) {
            classes = Math.max(classes, c + 1);
        }
        return new LabeledImages(x, y, rows, cols, classes);
    }

    private static int[] readLabels(String labels, int limit, String field) throws IOException {
        try (DataInputStream in = new DataInputStream(DataLocation.open(labels, field))) {
            int magic = header(in, labels, field);
            if (magic != LABELS_MAGIC) {
                throw new IOException(field + ": " + labels + " is not an IDX label file (magic number 0x"
                        + String.format("%08x", magic) + ", expected 0x00000801)");
            }
            int count = in.readInt();
            if (count < 0) {
                throw new IOException(field + ": " + labels + " has an invalid IDX header (count " + count + ")");
            }
            byte[] buf = new byte[Math.min(count, limit)];
            in.readFully(buf);
            int[] y = new int[buf.length];
            for (int i = 0; i < buf.length; i++) {
                y[i] = buf[i] & 0xff;
            }
            return y;
        } catch (EOFException e) {
            throw new IOException(field + ": " + labels + " ends before its header's label count");
        }
    }

    private static int header(DataInputStream in, String file, String field) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new IOException(field + ": " + file + " is empty or shorter than an IDX header");
        }
    }
}

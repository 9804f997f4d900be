package org.xhpo.objective;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xhpo.data.IdxReader;
import org.xhpo.data.LabeledImages;

/**
 * The four IDX files of an image-classification objective, read from its settings
 * ({@code images}, {@code labels}, {@code test_images}, {@code test_labels}); each defaults to the
 * Fashion-MNIST file of Debian's {@code dataset-fashion-mnist} package. Any local path or Hadoop
 * URI works. Errors name the setting of the file at fault.
 *
 * @param images training images
 * @param labels training labels
 * @param testImages test images
 * @param testLabels test labels
 */
public record IdxFiles(String images, String labels, String testImages, String testLabels) {
    private static final String FIELD = "objective.settings.";

    /** Reads the four settings (the caller's {@code allowOnly} must list them). */
    public static IdxFiles from(Settings s) {
        String dir = IdxReader.DEBIAN_FASHION_MNIST + "/";
        return new IdxFiles(s.getString("images", dir + "train-images-idx3-ubyte.gz"),
                s.getString("labels", dir + "train-labels-idx1-ubyte.gz"),
                s.getString("test_images", dir + "t10k-images-idx3-ubyte.gz"),
                s.getString("test_labels", dir + "t10k-labels-idx1-ubyte.gz"));
    }

    /**
     * The first {@code limit} training images, cached per JVM; errors name {@code objective.settings.images} or
     * {@code objective.settings.labels}.
     */
    public LabeledImages train(int limit) throws IOException {
        return read(images, labels, limit, "images", "labels");
    }

    /**
     * The first {@code limit} test images, cached per JVM; errors name {@code objective.settings.test_images} or
     * {@code objective.settings.test_labels}.
     */
    public LabeledImages test(int limit) throws IOException {
        return read(testImages, testLabels, limit, "test_images", "test_labels");
    }

    private static LabeledImages read(String imageFile, String labelFile, int limit, String imageSetting,
            String labelSetting) throws IOException {
        try {
            return IdxReader.cached(imageFile, labelFile, limit, FIELD + imageSetting, FIELD + labelSetting);
        } catch (IOException e) {
            if (missingDefault(imageFile) || missingDefault(labelFile)) {
                throw new IOException(e.getMessage() + " (the default is Fashion-MNIST from Debian's package: "
                        + "sudo apt-get install dataset-fashion-mnist; or name your IDX files with "
                        + FIELD + imageSetting + " and " + FIELD + labelSetting + ")", e);
            }
            throw e;
        }
    }

    /** Whether the file is one of the package's defaults and is not there. */
    private static boolean missingDefault(String file) {
        return file.startsWith(IdxReader.DEBIAN_FASHION_MNIST + "/") && !Files.exists(Path.of(file));
    }
}

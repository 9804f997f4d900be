package org.xhpo.objective;

import java.io.IOException;
import org.xhpo.data.IdxReader;
import org.xhpo.data.LabeledImages;

/**
 * The four IDX files of an image-classification objective, read from its settings
 * ({@code images}, {@code labels}, {@code test_images}, {@code test_labels}); each defaults to the
 * Fashion-MNIST file of Debian's {@code dataset-fashion-mnist} package. Any local path or Hadoop
 * URI works.
 *
 * @param images training images
 * @param labels training labels
 * @param testImages test images
 * @param testLabels test labels
 */
public record IdxFiles(String images, String labels, String testImages, String testLabels) {

    /** Reads the four settings (the caller's {@code allowOnly} must list them). */
    public static IdxFiles from(Settings s) {
        String dir = IdxReader.DEBIAN_FASHION_MNIST + "/";
        return new IdxFiles(s.getString("images", dir + "train-images-idx3-ubyte.gz"),
                s.getString("labels", dir + "train-labels-idx1-ubyte.gz"),
                s.getString("test_images", dir + "t10k-images-idx3-ubyte.gz"),
                s.getString("test_labels", dir + "t10k-labels-idx1-ubyte.gz"));
    }

    /** The first {@code limit} training images, cached per JVM; errors name {@code objective.settings.images}. */
    public LabeledImages train(int limit) throws IOException {
        return IdxReader.cached(images, labels, limit, "objective.settings.images");
    }

    /** The first {@code limit} test images, cached per JVM; errors name {@code objective.settings.test_images}. */
    public LabeledImages test(int limit) throws IOException {
        return IdxReader.cached(testImages, testLabels, limit, "objective.settings.test_images");
    }
}

package org.xhpo.data;

/**
 * Images with class labels, pixels scaled to [0, 1], one row per image.
 *
 * @param pixels row-major pixels per image, each in [0, 1]
 * @param labels the class of each image, 0-based
 * @param rows image height
 * @param cols image width
 * @param classes number of classes (max label + 1)
 */
public record LabeledImages(float[][] pixels, int[] labels, int rows, int cols, int classes) {

    /** Number of images. */
    public int size() {
        return labels.length;
    }

    /** Number of pixels per image. */
    public int features() {
        return rows * cols;
    }
}

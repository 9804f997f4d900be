package org.xhpo.objective.logreg;

import java.util.ArrayList;
import java.util.List;

/**
 * Square blocks of pixels that share one weight decay: block side s on a rows × cols image gives
 * ⌈rows/s⌉ · ⌈cols/s⌉ groups (s = 1: one decay per pixel, 784 on 28 × 28; s = 28: one decay).
 * Groups are numbered row-major; their hyperparameters are {@code l2} for a single group, else
 * {@code l2_000}, {@code l2_001}, … (zero-padded to the width of the largest index).
 *
 * @param groupOf for each pixel (row-major), its group
 * @param names the hyperparameter name of each group
 */
public record PixelGroups(int[] groupOf, List<String> names) {

    /** Blocks of side {@code side} on a rows × cols image. */
    public static PixelGroups blocks(int rows, int cols, int side) {
        if (side < 1) {
            throw new IllegalArgumentException("objective.settings.group_size: must be >= 1, got " + side);
        }
        int gr = (rows + side - 1) / side;
        int gc = (cols + side - 1) / side;
        int[] groupOf = new int[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                groupOf[r * cols + c] = (r / side) * gc + c / side;
            }
        }
        int count = gr * gc;
        List<String> names = new ArrayList<>();
        int width = Integer.toString(count - 1).length();
        for (int g = 0; g < count; g++) {
            names.add(count == 1 ? "l2" : "l2_" + String.format("%0" + width + "d", g));
        }
        return new PixelGroups(groupOf, List.copyOf(names));
    }

    /** Number of groups. */
    public int count() {
        return names.size();
    }
}

package org.xhpo.objective.sdcmi;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The final sample of one sDCMI run as a CSV file, for the plots of fi-random-search-sdcmi.md Fig. 2
 * (the fit of Q_Yg to Q_Y): one row per point of the final set, columns {@code x1, x2} (the input
 * sample X_T) and {@code y} = M(x1, x2) (its output, whose law is Q_Yg; Q_Y is N(250, 10²),
 * {@link RosenbrockInversion#TARGET_MEAN}, {@link RosenbrockInversion#TARGET_SD}). Values are written
 * with Java's shortest round-trip representation, so the file reads back to the same doubles. The file
 * is written next to its final name and moved into place, so a reader never sees half a file.
 */
final class OutputSampleArtifact {
    private OutputSampleArtifact() {
    }

    /**
     * @throws UncheckedIOException naming the setting and the file (the trial fails, not the sweep)
     */
    static void write(Path file, double[] x1, double[] x2) {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("x1,x2,y\n");
                for (int i = 0; i < x1.length; i++) {
                    w.write(x1[i] + "," + x2[i] + "," + RosenbrockInversion.model(x1[i], x2[i]) + "\n");
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the write's own error is the one to report
            }
            throw new UncheckedIOException("objective.settings.keep_output_sample: cannot write '" + file + "': " + e, e);
        }
    }
}

package org.xhpo.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    /** Writes a 3-image 2x2 IDX pair; pixels of image i are i*10 .. i*10+3, labels 2, 0, 1. */
    private Path[] write(boolean gzip) throws IOException {
        ByteArrayOutputStream img = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(img);
        d.writeInt(0x803);
        d.writeInt(3);
        d.writeInt(2);
        d.writeInt(2);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                d.writeByte(i == 2 && j == 3 ? 255 : i * 10 + j);
            }
        }
        ByteArrayOutputStream lab = new ByteArrayOutputStream();
        DataOutputStream l = new DataOutputStream(lab);
        l.writeInt(0x801);
        l.writeInt(3);
        l.write(new byte[] {2, 0, 1});
        Path pi = dir.resolve(gzip ? "img.gz" : "img");
        Path pl = dir.resolve(gzip ? "lab.gz" : "lab");
        store(pi, img.toByteArray(), gzip);
        store(pl, lab.toByteArray(), gzip);
        return new Path[] {pi, pl};
    }

    private static void store(Path p, byte[] bytes, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(p)) : Files.newOutputStream(p)) {
            out.write(bytes);
        }
    }

    @Test
    void readsPlainAndGzipAlike() throws IOException {
        for (boolean gz : new boolean[] {false, true}) {
            Path[] f = write(gz);
            LabeledImages d = IdxReader.read(f[0].toString(), f[1].toString(), 100, "objective.settings.images");
            assertEquals(3, d.size());
            assertEquals(2, d.rows());
            assertEquals(4, d.features());
            assertEquals(3, d.classes());
            assertArrayEquals(new int[] {2, 0, 1}, d.labels());
            assertArrayEquals(new float[] {10 / 255f, 11 / 255f, 12 / 255f, 13 / 255f}, d.pixels()[1]);
            assertEquals(1f, d.pixels()[2][3]);
        }
    }

    @Test
    void limitReadsAPrefixAndFileUrisWork() throws IOException {
        Path[] f = write(false);
        LabeledImages d = IdxReader.read(f[0].toUri().toString(), f[1].toUri().toString(), 2, "x");
        assertEquals(2, d.size());
        assertArrayEquals(new int[] {2, 0}, d.labels());
    }

    @Test
    void wrongMagicMissingFileTruncatedAndUnknownSchemeAreNamed() throws IOException {
        Path[] f = write(false);
        IOException swapped = assertThrows(IOException.class,
                () -> IdxReader.read(f[1].toString(), f[0].toString(), 10, "objective.settings.images"));
        assertTrue(swapped.getMessage().contains("magic number 0x00000803, expected 0x00000801"), swapped.getMessage());
        assertTrue(swapped.getMessage().startsWith("objective.settings.images: "), swapped.getMessage());

        IOException missing = assertThrows(IOException.class,
                () -> IdxReader.read(dir.resolve("nope").toString(), f[1].toString(), 10, "objective.settings.images"));
        assertTrue(missing.getMessage().contains("file not found"), missing.getMessage());

        byte[] all = Files.readAllBytes(f[0]);
        Path cut = dir.resolve("cut");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length - 2));
        IOException truncated = assertThrows(IOException.class, () -> IdxReader.read(cut.toString(), f[1].toString(), 10, "f"));
        assertTrue(truncated.getMessage().contains("ends before"), truncated.getMessage());

        IOException scheme = assertThrows(IOException.class, () -> IdxReader.read("zz://host/x", f[1].toString(), 10, "f"));
        assertTrue(scheme.getMessage().contains("no reader for scheme 'zz'"), scheme.getMessage());

        assertThrows(IllegalArgumentException.class, () -> IdxReader.read(f[0].toString(), f[1].toString(), 0, "f"));
    }

    @Test
    void cacheReturnsTheSameDataForTheSameFiles() throws IOException {
        Path[] f = write(true);
        LabeledImages a = IdxReader.cached(f[0].toString(), f[1].toString(), 3, "f");
        assertSame(a, IdxReader.cached(f[0].toString(), f[1].toString(), 3, "f"));
    }

    @Test
    void readsTheShippedFashionMnistSubset() throws IOException {
        LabeledImages test = IdxReader.read(FashionMnistSubset.file("t10k-images-idx3-ubyte.gz").toString(),
                FashionMnistSubset.file("t10k-labels-idx1-ubyte.gz").toString(), 10_000, "f");
        assertEquals(FashionMnistSubset.TEST, test.size());
        assertEquals(28, test.rows());
        assertEquals(784, test.features());
        assertEquals(10, test.classes());
        // per-class counts of the first 300 test images, printed by make_subset.py from the full files
        int[] perClass = new int[10];
        for (int y : test.labels()) {
            perClass[y]++;
        }
        assertArrayEquals(new int[] {32, 35, 39, 24, 30, 27, 28, 29, 29, 27}, perClass);
        assertEquals(9, test.labels()[0]); // the first test image is an ankle boot (class 9)
        LabeledImages train = IdxReader.read(FashionMnistSubset.file("train-images-idx3-ubyte.gz").toString(),
                FashionMnistSubset.file("train-labels-idx1-ubyte.gz").toString(), 10_000, "f");
        assertEquals(FashionMnistSubset.TRAIN, train.size());
        assertArrayEquals(new int[] {9, 0, 0, 3, 0}, java.util.Arrays.copyOf(train.labels(), 5));
    }

    @Test
    void theSubsetIsThePrefixOfDebiansFashionMnistWhenInstalled() throws IOException {
        Path base = Path.of(IdxReader.DEBIAN_FASHION_MNIST);
        assumeTrue(Files.isReadable(base.resolve("t10k-images-idx3-ubyte.gz")),
                "dataset-fashion-mnist is not installed; the shipped subset is checked above");
        LabeledImages full = IdxReader.read(base.resolve("t10k-images-idx3-ubyte.gz").toString(),
                base.resolve("t10k-labels-idx1-ubyte.gz").toString(), 10_000, "f");
        assertEquals(10_000, full.size());
        int[] perClass = new int[10];
        for (int y : full.labels()) {
            perClass[y]++;
        }
        for (int c : perClass) {
            assertEquals(1000, c); // the Fashion-MNIST test set is balanced: 1,000 per class
        }
        LabeledImages subset = IdxReader.read(FashionMnistSubset.file("t10k-images-idx3-ubyte.gz").toString(),
                FashionMnistSubset.file("t10k-labels-idx1-ubyte.gz").toString(), 10_000, "f");
        for (int i = 0; i < subset.size(); i++) {
            assertEquals(full.labels()[i], subset.labels()[i]);
            assertArrayEquals(full.pixels()[i], subset.pixels()[i]);
        }
    }

    @Test
    void labelErrorsNameTheLabelsSetting() throws IOException {
        Path[] f = write(false);
        IOException missing = assertThrows(IOException.class, () -> IdxReader.read(f[0].toString(),
                dir.resolve("no-labels").toString(), 10, "objective.settings.images",
                "objective.settings.labels"));
        assertTrue(missing.getMessage().startsWith("objective.settings.labels: "), missing.getMessage());
        IOException swapped = assertThrows(IOException.class, () -> IdxReader.read(f[0].toString(), f[0].toString(),
                10, "objective.settings.images", "objective.settings.labels"));
        assertTrue(swapped.getMessage().startsWith("objective.settings.labels: "), swapped.getMessage());
        IOException images = assertThrows(IOException.class, () -> IdxReader.read(f[1].toString(), f[1].toString(),
                10, "objective.settings.images", "objective.settings.labels"));
        assertTrue(images.getMessage().startsWith("objective.settings.images: "), images.getMessage());
    }
}

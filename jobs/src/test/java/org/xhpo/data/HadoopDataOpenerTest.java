package org.xhpo.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadoopDataOpenerTest {
    @TempDir
    Path dir;

    @Test
    void readsThroughHadoopFileSystemAndIsFoundByServiceLoader() throws IOException {
        Path f = dir.resolve("d.bin");
        Files.write(f, new byte[] {1, 2, 3});
        // Hadoop's checksum-less local file system stands in for hdfs:// here.
        String uri = "file://" + f.toAbsolutePath();
        try (InputStream in = new HadoopDataOpener().open(uri)) {
            assertArrayEquals(new byte[] {1, 2, 3}, in.readAllBytes());
        }
        boolean registered = false;
        for (DataOpener o : java.util.ServiceLoader.load(DataOpener.class)) {
            registered |= o instanceof HadoopDataOpener && o.accepts("hdfs");
        }
        assertTrue(registered);
        IOException e = assertThrows(IOException.class, () -> new HadoopDataOpener().open("file://" + dir.resolve("none")));
        assertTrue(e.getMessage().contains("file not found"));
    }
}

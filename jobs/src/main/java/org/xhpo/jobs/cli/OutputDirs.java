package org.xhpo.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.xhpo.config.ConfigException;

/** Checks on an output directory given on the command line or in a config, made before anything runs. */
final class OutputDirs {
    private OutputDirs() {
    }

    /**
     * Refuses a local output path that exists and is not a directory; remote file systems are checked by Hadoop
     * when the study starts.
     */
    static void check(String dir) {
        if (dir.contains("://") && !dir.startsWith("file:")) {
            return; // a remote file system: checked by Hadoop when the study starts
        }
        Path p = Paths.get(dir.startsWith("file:") ? dir.substring(5) : dir);
        if (Files.exists(p) && !Files.isDirectory(p)) {
            throw new ConfigException("output.dir", "'" + dir + "' exists and is not a directory");
        }
    }
}

package org.xhpo.jobs.cli;

import org.xhpo.config.OutputLocation;

/** Checks on an output directory given on the command line or in a config, made before anything runs. */
final class OutputDirs {
    private OutputDirs() {
    }

    /**
     * Refuses a local output path that is not a directory, or cannot be created or written
     * ({@link OutputLocation#directory}); remote file systems are checked by Hadoop when the study starts.
     *
     * @param field the option or config field that named it ({@code --out}, {@code output.dir})
     */
    static void check(String dir, String field) {
        OutputLocation.directory(dir, field);
    }
}

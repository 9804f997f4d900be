package org.xhpo.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import org.xhpo.data.BatemanDataset;

/**
 * {@code xhpo data bateman}: writes a generated dataset; only {@code bateman} so far. The file appears whole or not
 * at all.
 */
public final class DataCommand implements CliCommand {

    @Override
    public Set<String> options() {
        return Set.of("out", "rows", "species", "seed");
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public List<String> usage() {
        return List.of("xhpo data bateman [--out data/bateman.csv] [--rows 5000] [--species 4] [--seed 0]");
    }

    @Override
    public int run(CliArgs a, PrintStream out, PrintStream err) throws IOException {
        if (a.positional().size() != 1 || !a.positional().get(0).equals("bateman")) {
            throw new IllegalArgumentException("data: expects the dataset name 'bateman', got " + a.positional() + "\n"
                    + XhpoMain.USAGE);
        }
        int rows = a.intOption("rows", 5000, 1, 100_000_000);
        int species = a.intOption("species", 4, 1, 1000);
        long seed = a.longOption("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE);
        Path target = Paths.get(a.option("out", "data/bateman.csv")).toAbsolutePath();
        Files.createDirectories(target.getParent());
        BatemanDataset d = BatemanDataset.generate(rows, species, seed);
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp)) {
                d.write(w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        out.println("wrote " + rows + " rows of a " + species + "-member decay chain (seed " + seed + ") to " + target);
        return XhpoMain.OK;
    }
}

package org.xhpo.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;

/** Every sweep file in conf/ is valid, and the sDCMI ones contain the seed's Table 3 optima. */
class ShippedConfigsTest {
    private static final Path CONF = Paths.get("..", "conf");

    @Test
    void everyShippedConfigReads() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(CONF)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 6, "configs found: " + files);
        for (Path f : files) {
            SweepConfig c = ConfigReader.read(f);
            assertTrue(c.space().dimension() >= 1, f.toString());
        }
    }

    @Test
    void sdcmiRangesContainTheSeedsTable3Optima() {
        // fi-random-search-sdcmi.md, Table 3
        Map<String, Object> gmm = Map.of("drop", 0.43, "hdif", 18L, "steps", 19L, "lr", 0.009, "bs", 857L, "epoch", 19L,
                "scale", 0.39, "delta", 0.012, "comp", 38L, "n_iters", 1566L);
        Map<String, Object> ac = Map.of("drop", 0.38, "hdif", 7L, "steps", 13L, "lr", 0.005, "layers", 4L, "bs", 908L,
                "hclas", 7L, "epoch", 15L);
        check(ConfigReader.read(CONF.resolve("sdcmi-dm-gmm.yaml")).space(), gmm);
        check(ConfigReader.read(CONF.resolve("sdcmi-dm-ac.yaml")).space(), ac);
    }

    private static void check(SearchSpace space, Map<String, Object> optimum) {
        assertEquals(optimum.size(), space.dimension());
        for (Parameter p : space.parameters()) {
            assertTrue(p.contains(optimum.get(p.name())), p.name() + " does not contain " + optimum.get(p.name()));
        }
    }
}

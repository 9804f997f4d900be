package org.xhpo.sampler.tpe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * XHPO's Parzen estimators against Optuna 5.0's own {@code _ParzenEstimator} on a fixed history:
 * two floats on [0, 1] and a 3-way categorical, jointly (Optuna 5's multivariate product kernel with
 * neighbour bandwidths) and one float alone, with 1, 2 and 7 observations and default weights.
 * Reference: {@code src/test/resources/reference/tpe_optuna5.py}, run by hand with Optuna 5.0.0.
 */
class TpeOptuna5ReferenceTest {
    private static final double[] X = {0.12, 0.80, 0.33, 0.35, 0.91, 0.05, 0.60};
    private static final double[] Y = {0.70, 0.20, 0.44, 0.90, 0.10, 0.52, 0.31};
    private static final double[] C = {0, 2, 1, 1, 0, 2, 2};

    private static List<String> reference() throws IOException {
        try (InputStream in = TpeOptuna5ReferenceTest.class.getResourceAsStream("/reference/tpe_optuna5.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .toList();
        }
    }

    private static double value(String line, String key) {
        for (String part : line.split(" ")) {
            if (part.startsWith(key + "=")) {
                return Double.parseDouble(part.substring(key.length() + 1));
            }
        }
        throw new IllegalArgumentException(key + " not in " + line);
    }

    @Test
    void jointAndUnivariateDensitiesMatchOptuna5() throws IOException {
        List<String> lines = reference();
        assertEquals(30, lines.size());
        for (String line : lines) {
            int n = (int) value(line, "n");
            double expected = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            double got;
            if (line.startsWith("joint")) {
                double[][] obs = new double[n][];
                for (int i = 0; i < n; i++) {
                    obs[i] = new double[] {X[i], Y[i], C[i]};
                }
                ParzenEstimator pe = new ParzenEstimator(obs, TpeSampler.weights(n), new int[] {0, 0, 3}, 1.0);
                got = pe.logDensity(new double[] {value(line, "x"), value(line, "y"), value(line, "c")});
            } else {
                double[][] obs = new double[n][];
                for (int i = 0; i < n; i++) {
                    obs[i] = new double[] {X[i]};
                }
                ParzenEstimator pe = new ParzenEstimator(obs, TpeSampler.weights(n), new int[] {0}, 1.0);
                got = pe.logDensity(new double[] {value(line, "x")});
            }
            assertEquals(expected, got, 1e-6, line);
        }
    }
}

package org.xhpo.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatemanChainTest {

    /** The ODE integrated by classical Runge–Kutta with a fine step: an independent reference. */
    private static double[] rk4(double[] n0, double[] lambda, double t, int steps) {
        int k = n0.length;
        double[] n = n0.clone();
        double h = t / steps;
        for (int s = 0; s < steps; s++) {
            double[] k1 = rhs(n, lambda);
            double[] k2 = rhs(axpy(n, k1, h / 2), lambda);
            double[] k3 = rhs(axpy(n, k2, h / 2), lambda);
            double[] k4 = rhs(axpy(n, k3, h), lambda);
            for (int i = 0; i < k; i++) {
                n[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
        }
        return n;
    }

    private static double[] rhs(double[] n, double[] l) {
        double[] d = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            d[i] = -l[i] * n[i] + (i > 0 ? l[i - 1] * n[i - 1] : 0);
        }
        return d;
    }

    private static double[] axpy(double[] a, double[] b, double h) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] + h * b[i];
        }
        return r;
    }

    @Test
    void closedFormMatchesTheIntegratedOde() {
        double[] n0 = {0.7, 0.2, 0.5, 0.1};
        double[] lambda = {0.9, 0.05, 0.3, 0.012};
        for (double t : new double[] {0.0, 0.5, 3.0, 9.5}) {
            assertArrayEquals(rk4(n0, lambda, t, 20_000), BatemanChain.solve(n0, lambda, t), 1e-10, "t = " + t);
        }
    }

    @Test
    void singleSpeciesDecaysExponentiallyAndAStableEndConservesMass() {
        assertEquals(2 * Math.exp(-0.3 * 4), BatemanChain.solve(new double[] {2}, new double[] {0.3}, 4)[0], 1e-15);
        double[] n = BatemanChain.solve(new double[] {1, 0.5, 0}, new double[] {0.4, 0.1, 0.0}, 7);
        assertEquals(1.5, n[0] + n[1] + n[2], 1e-12);
    }

    @Test
    void equalConstantsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatemanChain.solve(new double[] {1, 1}, new double[] {0.2, 0.2}, 1));
        assertTrue(e.getMessage().contains("distinct"), e.getMessage());
    }

    @Test
    void datasetRoundTripsThroughCsvAndIsSeeded(@TempDir Path dir) throws IOException {
        BatemanDataset a = BatemanDataset.generate(50, 3, 11);
        assertEquals(7, a.inputs()[0].length);
        StringWriter w = new StringWriter();
        a.write(w);
        Path f = dir.resolve("b.csv");
        Files.writeString(f, w.toString());
        BatemanDataset b = BatemanDataset.read(f.toString(), "objective.settings.data");
        for (int r = 0; r < 50; r++) {
            assertArrayEquals(a.inputs()[r], b.inputs()[r], 0);
            assertArrayEquals(a.outputs()[r], b.outputs()[r], 0);
        }
        assertArrayEquals(a.outputs()[7], BatemanDataset.generate(50, 3, 11).outputs()[7], 0);
        Files.writeString(f, "a,b,c\n1,2,3\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatemanDataset.read(f.toString(), "objective.settings.data"));
        assertTrue(e.getMessage().startsWith("objective.settings.data"), e.getMessage());
    }
}

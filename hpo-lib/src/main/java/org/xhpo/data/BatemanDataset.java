package org.xhpo.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Examples of the map (initial amounts, decay constants, time) → amounts of a {@link BatemanChain},
 * as a CSV table with columns {@code n0_1..n0_k, log10_lambda_1..log10_lambda_k, t, n_1..n_k}.
 * Draws: N_i(0) ~ U(0,1); log10 λ_i ~ U(−2, 0), redrawn until every pair differs by at least 0.05
 * in log10 (so the closed form stays well conditioned); t ~ U(0, 10). All from one seed.
 *
 * @param species k
 * @param inputs row-major features, {@code rows × (2k + 1)}
 * @param outputs row-major targets, {@code rows × k}
 */
public record BatemanDataset(int species, double[][] inputs, double[][] outputs) {
    /** The number of examples. */
    public int rows() {
        return inputs.length;
    }

    /** Generates {@code rows} examples of a chain of {@code species} members. */
    public static BatemanDataset generate(int rows, int species, long seed) {
        if (rows < 1 || species < 1) {
            throw new IllegalArgumentException("bateman: rows and species must be >= 1, got " + rows + " and " + species);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[rows][];
        double[][] y = new double[rows][];
        double[] n0 = new double[species];
        double[] logL = new double[species];
        double[] lambda = new double[species];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < species; i++) {
                n0[i] = rng.nextDouble();
            }
            boolean ok;
            do {
                ok = true;
                for (int i = 0; i < species; i++) {
                    logL[i] = -2 + 2 * rng.nextDouble();
                    for (int j = 0; j < i; j++) {
                        ok &= Math.abs(logL[i] - logL[j]) >= 0.05;
                    }
                }
            } while (!ok);
            for (int i = 0; i < species; i++) {
                lambda[i] = Math.pow(10, logL[i]);
            }
            double t = 10 * rng.nextDouble();
            double[] row = new double[2 * species + 1];
            System.arraycopy(n0, 0, row, 0, species);
            System.arraycopy(logL, 0, row, species, species);
            row[2 * species] = t;
            x[r] = row;
            y[r] = BatemanChain.solve(n0, lambda, t);
        }
        return new BatemanDataset(species, x, y);
    }

    /** Writes the CSV with a header. */
    public void write(Writer w) throws IOException {
        List<String> cols = header(species);
        w.write(String.join(",", cols));
        w.write('\n');
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows(); r++) {
            sb.setLength(0);
            for (double v : inputs[r]) {
                sb.append(v).append(','); // shortest exact representation
            }
            for (int j = 0; j < species; j++) {
                sb.append(outputs[r][j]).append(j + 1 < species ? "," : "\n");
            }
            w.write(sb.toString());
        }
    }

    /**
     * Reads a CSV written by {@link #write} from any {@link DataLocation}.
     *
     * @param field the config field naming the file, for errors
     */
    public static BatemanDataset read(String location, String field) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(DataLocation.open(location, field), StandardCharsets.UTF_8))) {
            String head = in.readLine();
            if (head == null) {
                throw new IllegalArgumentException(field + ": '" + location + "' is empty, expected a Bateman CSV");
            }
            String[] cols = head.split(",");
            int k = (cols.length - 1) / 3;
            if (cols.length != 3 * k + 1 || k < 1 || !List.of(cols).equals(header(k))) {
                throw new IllegalArgumentException(field + ": '" + location + "' does not have the Bateman header "
                        + "n0_1..n0_k,log10_lambda_1..log10_lambda_k,t,n_1..n_k (write one with 'submit-scripts/xhpo data bateman')");
            }
            List<double[]> xs = new ArrayList<>();
            List<double[]> ys = new ArrayList<>();
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(",");
                if (parts.length != cols.length) {
                    throw new IllegalArgumentException(field + ": '" + location + "' line " + lineNo + " has "
                            + parts.length + " values, expected " + cols.length);
                }
                double[] x = new double[2 * k + 1];
                double[] y = new double[k];
                try {
                    for (int j = 0; j < x.length; j++) {
                        x[j] = Double.parseDouble(parts[j]);
                    }
                    for (int j = 0; j < k; j++) {
                        y[j] = Double.parseDouble(parts[x.length + j]);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(field + ": '" + location + "' line " + lineNo + ": not a number: " + e.getMessage());
                }
                xs.add(x);
                ys.add(y);
            }
            if (xs.isEmpty()) {
                throw new IllegalArgumentException(field + ": '" + location + "' has a header but no rows");
            }
            return new BatemanDataset(k, xs.toArray(new double[0][]), ys.toArray(new double[0][]));
        }
    }

    private static List<String> header(int k) {
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            cols.add("n0_" + i);
        }
        for (int i = 1; i <= k; i++) {
            cols.add("log10_lambda_" + i);
        }
        cols.add("t");
        for (int i = 1; i <= k; i++) {
            cols.add("n_" + i);
        }
        return cols;
    }
}

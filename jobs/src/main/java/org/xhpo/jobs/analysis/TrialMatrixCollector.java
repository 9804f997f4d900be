package org.xhpo.jobs.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.xhpo.analysis.TrialMatrix;
import org.xhpo.space.Parameter;

/**
 * Brings (a seeded sample of) the prepared trials to the driver as a {@link TrialMatrix}. Groups come
 * from the declared conditions; for an inferred space, parameters that are null in exactly the same
 * trials form a group (they were switched on by the same, unknown, condition).
 */
public final class TrialMatrixCollector {
    /**
     * The matrix and the row keys (trial ids) of its rows.
     *
     * @param matrix the trials
     * @param keys row i's key
     */
    public record Collected(TrialMatrix matrix, long[] keys) {
    }

    private TrialMatrixCollector() {
    }

    /**
     * @param in the prepared trials
     * @param maxRows most rows collected; beyond, a sample ordered by a seeded hash of the row key
     * @param seed the analysis seed
     */
    public static Collected collect(AnalysisInput in, int maxRows, long seed) {
        // ordered by a seeded hash of the key: a sample when there are more rows, and row order
        // independent of the file layout, so the first rows are a fair sample for capped steps
        List<Row> rows = in.prepared().orderBy(hash(col("row"), lit(seed)), col("row")).limit(maxRows).collectAsList();
        int d = in.space().dimension();
        int costs = in.costMetrics().size();
        double[][] unit = new double[rows.size()][d];
        double[] y = new double[rows.size()];
        double[][] c = new double[costs][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            for (int j = 0; j < d; j++) {
                unit[i][j] = r.isNullAt(1 + j) ? Double.NaN : r.getDouble(1 + j);
            }
            y[i] = r.getDouble(1 + d);
            for (int k = 0; k < costs; k++) {
                c[k][i] = r.isNullAt(2 + d + k) ? Double.NaN : r.getDouble(2 + d + k);
            }
        }
        Map<String, double[]> costMap = new LinkedHashMap<>();
        for (int k = 0; k < costs; k++) {
            costMap.put(in.costMetrics().get(k), c[k]);
        }
        long[] keys = new long[rows.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = rows.get(i).getLong(0);
        }
        return new Collected(new TrialMatrix(in.space().names(), groups(in, unit), unit, y, in.direction(), costMap), keys);
    }

    /** The conditional group label of a declared parameter: "" when always active. */
    static String group(Parameter p) {
        return org.xhpo.analysis.ExplainInput.groupOf(p);
    }

    private static List<String> groups(AnalysisInput in, double[][] unit) {
        List<Parameter> params = in.space().parameters();
        boolean declared = params.stream().anyMatch(p -> p.when().isPresent());
        List<String> groups = new ArrayList<>();
        Map<String, String> byPattern = new LinkedHashMap<>();
        for (int j = 0; j < params.size(); j++) {
            Parameter p = params.get(j);
            if (declared) {
                groups.add(group(p));
                continue;
            }
            boolean[] active = new boolean[unit.length];
            boolean all = true;
            for (int i = 0; i < unit.length; i++) {
                active[i] = !Double.isNaN(unit[i][j]);
                all &= active[i];
            }
            if (all) {
                groups.add("");
            } else {
                String key = Arrays.toString(active);
                groups.add(byPattern.computeIfAbsent(key, k -> "active with " + p.name()));
            }
        }
        return groups;
    }
}

package org.xhpo.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xhpo.study.Direction;

/**
 * The ok trials of a study as arrays, built once at the boundary (STYLE §2): unit-space parameter
 * values (P1 of hsic-explainable-hpo.md; {@code NaN} where a conditional parameter is inactive),
 * the analyzed objective and the cost columns.
 *
 * @param parameters parameter names, one per column of {@code unit}
 * @param groups per parameter, the conditional group it belongs to: {@code ""} for parameters that
 *     are always active, otherwise a label of the condition (P3: indices are ranked within a group)
 * @param unit n × d unit-space values in [0, 1], {@code NaN} when inactive
 * @param objective n objective values, all finite
 * @param direction whether lower or higher objective values are better
 * @param costs cost name → n values (a parameter's own unit column or a measured metric)
 */
public record TrialMatrix(List<String> parameters, List<String> groups, double[][] unit, double[] objective,
                          Direction direction, Map<String, double[]> costs) {
    /** The number models see for an inactive conditional value: outside [0, 1], so trees split it off. */
    public static final double INACTIVE = -0.5;

    /** Checks shapes and values. */
    public TrialMatrix {
        parameters = List.copyOf(parameters);
        groups = List.copyOf(groups);
        Objects.requireNonNull(direction, "direction");
        costs = Map.copyOf(new LinkedHashMap<>(costs));
        if (groups.size() != parameters.size()) {
            throw new IllegalArgumentException("groups: expected one per parameter (" + parameters.size() + "), got "
                    + groups.size());
        }
        if (unit.length != objective.length) {
            throw new IllegalArgumentException("unit: expected " + objective.length + " rows, got " + unit.length);
        }
        for (int i = 0; i < objective.length; i++) {
            if (unit[i].length != parameters.size()) {
                throw new IllegalArgumentException("unit[" + i + "]: expected " + parameters.size() + " values, got "
                        + unit[i].length);
            }
            if (!Double.isFinite(objective[i])) {
                throw new IllegalArgumentException("objective[" + i + "]: expected a finite value, got " + objective[i]);
            }
        }
        for (Map.Entry<String, double[]> e : costs.entrySet()) {
            if (e.getValue().length != objective.length) {
                throw new IllegalArgumentException("costs." + e.getKey() + ": expected " + objective.length
                        + " values, got " + e.getValue().length);
            }
        }
    }

    /** Number of trials. */
    public int n() {
        return objective.length;
    }

    /** Number of parameters. */
    public int d() {
        return parameters.size();
    }

    /** Column j (NaN where inactive). */
    public double[] column(int j) {
        double[] c = new double[n()];
        for (int i = 0; i < c.length; i++) {
            c[i] = unit[i][j];
        }
        return c;
    }

    /** The rows where parameter j is active. */
    public int[] activeRows(int j) {
        int[] rows = new int[n()];
        int k = 0;
        for (int i = 0; i < n(); i++) {
            if (!Double.isNaN(unit[i][j])) {
                rows[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(rows, k);
    }

    /** The values of {@code values} at {@code rows}. */
    public static double[] pick(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = values[rows[k]];
        }
        return out;
    }

    /** The trials at {@code rows}, same parameters. */
    public TrialMatrix subset(int[] rows) {
        double[][] u = new double[rows.length][];
        for (int k = 0; k < rows.length; k++) {
            u[k] = unit[rows[k]];
        }
        Map<String, double[]> c = new LinkedHashMap<>();
        costs.forEach((name, v) -> c.put(name, pick(v, rows)));
        return new TrialMatrix(parameters, groups, u, pick(objective, rows), direction, c);
    }

    /** The unit matrix with inactive values replaced by {@code fill} (for models that need a number). */
    public double[][] filled(double fill) {
        double[][] out = new double[n()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = unit[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                if (Double.isNaN(out[i][j])) {
                    out[i][j] = fill;
                }
            }
        }
        return out;
    }

    /** Indices of the parameters in each group, groups in first-seen order. */
    public Map<String, List<Integer>> byGroup() {
        Map<String, List<Integer>> g = new LinkedHashMap<>();
        for (int j = 0; j < d(); j++) {
            g.computeIfAbsent(groups.get(j), k -> new ArrayList<>()).add(j);
        }
        return g;
    }
}

package org.xhpo.space;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A parameter taking one of a list of choices (strings, numbers or booleans), each equally likely.
 * Unit mapping (P1, {@code docs/methods/unit-transform.md}): choice j owns the cell [j/n, (j+1)/n);
 * inverse {@code j = min(⌊u·n⌋, n−1)}.
 *
 * @param name parameter name
 * @param choices the distinct choices, in canonical types
 * @param defaultVal default choice or null
 * @param condition activating condition or null
 */
public record CategoricalParameter(String name, List<Object> choices, Object defaultVal, Condition condition)
        implements Parameter {
    private static final long serialVersionUID = 1L;

    /** Validates and canonicalizes the choices and the default. */
    public CategoricalParameter {
        ParameterChecks.name(name);
        if (choices == null || choices.isEmpty()) {
            throw new IllegalArgumentException("choices must list at least one value");
        }
        List<Object> canon = new ArrayList<>(choices.size());
        HashSet<Object> seen = new HashSet<>();
        for (Object c : choices) {
            Object v = Values.canonical(c);
            if (!(v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean)) {
                throw new IllegalArgumentException("choices must be strings, numbers or booleans, got "
                        + Values.describe(c));
            }
            if (v instanceof Double d && !Double.isFinite(d)) {
                throw new IllegalArgumentException("choices must be finite numbers, got " + d);
            }
            if (!seen.add(v)) {
                throw new IllegalArgumentException("choices must be distinct, got " + Values.describe(v) + " twice");
            }
            canon.add(v);
        }
        choices = List.copyOf(canon);
        checkStoredDistinct(choices);
        defaultVal = defaultVal == null ? null : Values.canonical(defaultVal);
        if (defaultVal != null && !choices.contains(defaultVal)) {
            throw new IllegalArgumentException("default must be one of " + choices + ", got "
                    + Values.describe(defaultVal));
        }
    }

    /**
     * Refuses choices that differ in Java but become one value in the table column: {@code [1, 1.0]}
     * (a double column), {@code [true, "true"]} or {@code [1, "1"]} (a text column).
     */
    private static void checkStoredDistinct(List<Object> choices) {
        ValueType column = columnType(choices);
        java.util.Map<Object, Object> stored = new java.util.HashMap<>();
        for (Object c : choices) {
            Object key = column == ValueType.DOUBLE ? (Object) ((Number) c).doubleValue()
                    : column == ValueType.STRING ? String.valueOf(c) : c;
            Object other = stored.put(key, c);
            if (other != null) {
                throw new IllegalArgumentException("choices " + Values.describe(other) + " and " + Values.describe(c)
                        + " are the same value once stored in a " + column.name().toLowerCase(java.util.Locale.ROOT)
                        + " column; list each value once");
            }
        }
    }

    private static ValueType columnType(List<Object> choices) {
        if (choices.stream().allMatch(c -> c instanceof Boolean)) {
            return ValueType.BOOLEAN;
        }
        if (choices.stream().allMatch(c -> c instanceof Long)) {
            return ValueType.LONG;
        }
        return choices.stream().allMatch(c -> c instanceof Number) ? ValueType.DOUBLE : ValueType.STRING;
    }

    @Override
    public Optional<Condition> when() {
        return Optional.ofNullable(condition);
    }

    @Override
    public Optional<Object> defaultValue() {
        return Optional.ofNullable(defaultVal);
    }

    @Override
    public ValueType valueType() {
        return columnType(choices);
    }

    /** Index of a choice, accepting numbers of either integral or floating type. */
    public int indexOf(Object value) {
        Object v = Values.canonical(value);
        int i = choices.indexOf(v);
        if (i < 0 && v instanceof Number n) {
            for (int j = 0; j < choices.size(); j++) {
                if (choices.get(j) instanceof Number c && c.doubleValue() == n.doubleValue()) {
                    return j;
                }
            }
        }
        return i;
    }

    @Override
    public double[] unitCell(Object value) {
        int j = indexOf(value);
        if (j < 0) {
            throw new IllegalArgumentException(name + ": " + Values.describe(value) + " is not one of " + choices);
        }
        int n = choices.size();
        return new double[] {(double) j / n, (double) (j + 1) / n};
    }

    @Override
    public double toUnit(Object value) {
        double[] cell = unitCell(value);
        return 0.5 * (cell[0] + cell[1]);
    }

    @Override
    public Object fromUnit(double u) {
        int n = choices.size();
        int j = (int) Math.min((long) Math.floor(Parameter.clampUnit(u) * n), n - 1);
        return choices.get(j);
    }

    @Override
    public boolean contains(Object value) {
        return indexOf(value) >= 0;
    }

    @Override
    public long cardinality() {
        return choices.size();
    }
}

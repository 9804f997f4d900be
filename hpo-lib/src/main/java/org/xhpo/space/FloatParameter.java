package org.xhpo.space;

import java.util.Optional;

/**
 * A real-valued parameter, uniform on [low, high] or log-uniform ({@code log = true}). Unit
 * mapping (P1, {@code docs/methods/unit-transform.md}, with the log orientation low → 0):
 * {@code u = (x − low)/(high − low)} or {@code u = (ln x − ln low)/(ln high − ln low)}.
 *
 * @param name parameter name
 * @param low lower bound (inclusive)
 * @param high upper bound (inclusive), greater than low
 * @param log whether the distribution is log-uniform
 * @param defaultVal default value or null
 * @param condition activating condition or null
 */
public record FloatParameter(String name, double low, double high, boolean log, Double defaultVal,
                             Condition condition) implements Parameter {
    private static final long serialVersionUID = 1L;

    /** Validates bounds, scale and default. */
    public FloatParameter {
        ParameterChecks.name(name);
        ParameterChecks.finite("low", low);
        ParameterChecks.finite("high", high);
        if (!(low < high)) {
            throw new IllegalArgumentException("low must be < high, got low=" + fmt(low) + ", high=" + fmt(high));
        }
        if (!Double.isFinite(high - low)) {
            throw new IllegalArgumentException("high - low must be a finite number (the unit mapping divides by it),"
                    + " got low=" + fmt(low) + ", high=" + fmt(high));
        }
        if (log && low <= 0) {
            throw new IllegalArgumentException("low must be > 0 for log scale, got " + fmt(low));
        }
        if (defaultVal != null && !(defaultVal >= low && defaultVal <= high)) {
            throw new IllegalArgumentException("default must lie in [" + fmt(low) + ", " + fmt(high)
                    + "], got " + fmt(defaultVal));
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
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
        return ValueType.DOUBLE;
    }

    @Override
    public double toUnit(Object value) {
        double x = Values.asDouble(value, name);
        double u = log ? (Math.log(x) - Math.log(low)) / (Math.log(high) - Math.log(low))
                : (x - low) / (high - low);
        return Parameter.clampUnit(u);
    }

    @Override
    public Object fromUnit(double u) {
        double v = Parameter.clampUnit(u);
        double x = log ? Math.exp(Math.log(low) + v * (Math.log(high) - Math.log(low)))
                : low + v * (high - low);
        return Math.min(high, Math.max(low, x));
    }

    @Override
    public double[] unitCell(Object value) {
        double u = toUnit(value);
        return new double[] {u, u};
    }

    @Override
    public boolean contains(Object value) {
        return value instanceof Double d && d >= low && d <= high;
    }

    @Override
    public long cardinality() {
        return Long.MAX_VALUE;
    }
}

package org.xhpo.space;

import java.util.Optional;

/**
 * An integer parameter on {low, low+step, …} ≤ high, uniform or log-uniform. Unit mapping (P1,
 * {@code docs/methods/unit-transform.md} with the floor-based inverse): uniform integers own
 * equal-probability cells, {@code k = low + step·min(⌊u·N⌋, N−1)}; log integers follow the CDF of a
 * log-uniform variable on [low − ½, high + ½] rounded to the nearest integer (Optuna's
 * {@code IntDistribution(log=True)}), so each k owns the cell [F(k − ½), F(k + ½)).
 *
 * @param name parameter name
 * @param low smallest value
 * @param high largest value (≥ low)
 * @param log whether the distribution is log-uniform (step must then be 1)
 * @param step spacing between values (≥ 1)
 * @param defaultVal default value or null
 * @param condition activating condition or null
 */
public record IntParameter(String name, long low, long high, boolean log, long step, Long defaultVal,
                           Condition condition) implements Parameter {
    private static final long serialVersionUID = 1L;

    /** Validates bounds, step, scale and default. */
    public IntParameter {
        ParameterChecks.name(name);
        if (low > high) {
            throw new IllegalArgumentException("low must be <= high, got low=" + low + ", high=" + high);
        }
        if (step < 1) {
            throw new IllegalArgumentException("step must be >= 1, got " + step);
        }
        if (log && low <= 0) {
            throw new IllegalArgumentException("low must be > 0 for log scale, got " + low);
        }
        if (log && step != 1) {
            throw new IllegalArgumentException("step must be 1 for log scale, got " + step);
        }
        if ((high - low) % step != 0) {
            throw new IllegalArgumentException("high - low must be a multiple of step " + step
                    + ", got low=" + low + ", high=" + high);
        }
        if (defaultVal != null && (defaultVal < low || defaultVal > high || (defaultVal - low) % step != 0)) {
            throw new IllegalArgumentException("default must be one of " + low + ", " + (low + step) + ", …, " + high
                    + ", got " + defaultVal);
        }
    }

    /** Number of values N. */
    public long count() {
        return (high - low) / step + 1;
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
        return ValueType.LONG;
    }

    private double cdf(double x) {
        double a = Math.log(low - 0.5);
        double b = Math.log(high + 0.5);
        return (Math.log(x) - a) / (b - a);
    }

    @Override
    public double[] unitCell(Object value) {
        long k = Math.round(Values.asDouble(value, name));
        if (k < low || k > high) {
            throw new IllegalArgumentException(name + ": " + k + " is outside [" + low + ", " + high + "]");
        }
        if (log) {
            return new double[] {low == high ? 0.0 : cdf(k - 0.5), low == high ? 1.0 : cdf(k + 0.5)};
        }
        long n = count();
        long j = (k - low) / step;
        return new double[] {(double) j / n, (double) (j + 1) / n};
    }

    @Override
    public double toUnit(Object value) {
        double[] cell = unitCell(value);
        return 0.5 * (cell[0] + cell[1]);
    }

    @Override
    public Object fromUnit(double u) {
        double v = Parameter.clampUnit(u);
        if (log) {
            if (low == high) {
                return low;
            }
            double a = Math.log(low - 0.5);
            double b = Math.log(high + 0.5);
            long k = Math.round(Math.exp(a + v * (b - a)));
            return Math.min(high, Math.max(low, k));
        }
        long n = count();
        long j = Math.min((long) Math.floor(v * n), n - 1);
        return low + j * step;
    }

    @Override
    public boolean contains(Object value) {
        return value instanceof Long k && k >= low && k <= high && (k - low) % step == 0;
    }

    @Override
    public long cardinality() {
        return count();
    }
}

package org.xhpo.objective;

import org.xhpo.space.Configuration;

/**
 * Typed reads of one trial's hyperparameters for a built-in objective: a hyperparameter missing
 * from the configuration takes the given default (so a sweep may tune a subset), and a bad value
 * fails the trial with a message naming the objective and the hyperparameter, e.g.
 * {@code sdcmi hyperparameter drop: must be in [0, 1), got 1.0}.
 */
public final class Hyperparameters {
    private static final int LARGEST_WHOLE = 1_000_000;

    private final Configuration config;
    private final String owner;

    /** @param owner the objective's config name, for messages */
    public Hyperparameters(Configuration config, String owner) {
        this.config = config;
        this.owner = owner;
    }

    /** A number. */
    public double number(String name, double def) {
        if (!config.has(name)) {
            return def;
        }
        Object v = config.get(name);
        if (v instanceof Number num) {
            return num.doubleValue();
        }
        throw fail(name, "expected a number, got " + v);
    }

    /** A whole number in [min, 1,000,000]. */
    public int whole(String name, int def, int min) {
        double v = number(name, def);
        if (v != Math.rint(v) || v < min || v > LARGEST_WHOLE) {
            throw fail(name, "expected a whole number >= " + min + ", got " + v);
        }
        return (int) v;
    }

    /** A number > 0. */
    public double positive(String name, double def) {
        double v = number(name, def);
        if (!(v > 0)) {
            throw fail(name, "must be > 0, got " + v);
        }
        return v;
    }

    /** A number >= 0. */
    public double nonNegative(String name, double def) {
        double v = number(name, def);
        if (!(v >= 0)) {
            throw fail(name, "must be >= 0, got " + v);
        }
        return v;
    }

    /** A number in [0, 1), such as a dropout rate. */
    public double fraction(String name, double def) {
        double v = number(name, def);
        if (!(v >= 0 && v < 1)) {
            throw fail(name, "must be in [0, 1), got " + v);
        }
        return v;
    }

    /** A number in [0, 1]. */
    public double unit(String name, double def) {
        double v = number(name, def);
        if (!(v >= 0 && v <= 1)) {
            throw fail(name, "must be in [0, 1], got " + v);
        }
        return v;
    }

    /** A categorical value as text. */
    public String text(String name, String def) {
        return config.has(name) ? String.valueOf(config.get(name)) : def;
    }

    private IllegalArgumentException fail(String name, String what) {
        return new IllegalArgumentException(owner + " hyperparameter " + name + ": " + what);
    }
}

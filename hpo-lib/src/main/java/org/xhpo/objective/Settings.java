package org.xhpo.objective;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, validated reads of an objective's or sampler's settings map, with errors that name the
 * setting's path, what was expected and what was found.
 */
public final class Settings {
    private final Map<String, Object> values;
    private final String path;

    /**
     * @param values the settings as parsed from YAML
     * @param path the path of the map in the config, e.g. {@code objective.settings}
     */
    public Settings(Map<String, Object> values, String path) {
        this.values = values == null ? Map.of() : values;
        this.path = path;
    }

    /** Refuses keys outside the allowed set, naming the first unknown one. */
    public Settings allowOnly(String... keys) {
        Set<String> allowed = new TreeSet<>(List.of(keys));
        for (String k : values.keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(path + "." + k + ": unknown setting; allowed: " + allowed);
            }
        }
        return this;
    }

    /** Whether a key is present. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** An integer setting (must be a whole number). */
    public int getInt(String key, int defaultValue) {
        Object v = values.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw new IllegalArgumentException(path + "." + key + ": expected a whole number, got " + v);
    }

    /** An integer setting with a lower bound. */
    public int getInt(String key, int defaultValue, int min) {
        int v = getInt(key, defaultValue);
        if (v < min) {
            throw new IllegalArgumentException(path + "." + key + ": must be >= " + min + ", got " + v);
        }
        return v;
    }

    /** A real setting. */
    public double getDouble(String key, double defaultValue) {
        Object v = values.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(path + "." + key + ": expected a finite number, got " + v);
    }

    /** A text setting. */
    public String getString(String key, String defaultValue) {
        Object v = values.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(path + "." + key + ": expected text, got " + v);
    }

    /** A text setting that must be one of {@code choices}. */
    public String getChoice(String key, String defaultValue, java.util.List<String> choices) {
        String v = getString(key, defaultValue);
        if (!choices.contains(v)) {
            throw new IllegalArgumentException(path + "." + key + ": expected one of " + choices + ", got '" + v + "'");
        }
        return v;
    }

    /** A boolean setting. */
    public boolean getBoolean(String key, boolean defaultValue) {
        Object v = values.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException(path + "." + key + ": expected true or false, got " + v);
    }

    /** The path of this map in the config. */
    public String path() {
        return path;
    }
}

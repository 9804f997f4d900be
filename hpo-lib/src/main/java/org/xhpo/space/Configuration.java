package org.xhpo.space;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The values of the active parameters of one trial, in declaration order. Inactive parameters are
 * absent. Values are canonical (Double, Long, String, Boolean).
 *
 * @param values parameter name to value
 */
public record Configuration(Map<String, Object> values) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the values, keeping their order and canonicalizing numbers. */
    public Configuration {
        Objects.requireNonNull(values, "values");
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, Values.canonical(Objects.requireNonNull(v, k))));
        values = Collections.unmodifiableMap(copy);
    }

    /** The value of a parameter, or null when it is inactive. */
    public Object get(String name) {
        return values.get(name);
    }

    /** The numeric value of an active parameter. */
    public double getDouble(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("parameter '" + name + "' is not set in " + values.keySet());
        }
        return Values.asDouble(v, name);
    }

    /** Whether the parameter is active (present). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}

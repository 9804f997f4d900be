package org.xhpo.space;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code when:} clause of a conditional parameter: for each named parent parameter, the values
 * under which the child is active. All parents must be active and hold one of their listed values
 * (tree-structured spaces, {@code hpo-lecture-smbo-tpe.md} "conditional hyperparameters").
 *
 * @param requirements parent name to the values (canonical types) that activate the child
 */
public record Condition(Map<String, List<Object>> requirements) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Validates and copies the requirements, keeping their order. */
    public Condition {
        Objects.requireNonNull(requirements, "requirements");
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("a condition needs at least one parent parameter");
        }
        LinkedHashMap<String, List<Object>> copy = new LinkedHashMap<>();
        requirements.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        requirements = Collections.unmodifiableMap(copy);
    }

    /** Whether the condition holds for the parent values in the (partial) configuration. */
    public boolean holds(Map<String, Object> values) {
        for (Map.Entry<String, List<Object>> e : requirements.entrySet()) {
            Object v = values.get(e.getKey());
            if (v == null || e.getValue().stream().noneMatch(w -> same(v, w))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }

    @Override
    public String toString() {
        return requirements.toString();
    }
}

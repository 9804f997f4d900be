package org.xhpo.objective;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The objective as the config names it: a registered name or a fully qualified class name, and its
 * settings (plain YAML values). This, not the objective, is what is broadcast to executors.
 *
 * @param name registered name or class name
 * @param settings settings passed to the objective's constructor
 */
public record ObjectiveSpec(String name, Map<String, Object> settings) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the settings. */
    public ObjectiveSpec {
        Objects.requireNonNull(name, "name");
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }
}

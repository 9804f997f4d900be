package org.xhpo.config;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The sampler as the config names it.
 *
 * @param name sampler name (random, grid, sobol, …)
 * @param settings sampler-specific settings
 */
public record SamplerSpec(String name, Map<String, Object> settings) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the settings. */
    public SamplerSpec {
        Objects.requireNonNull(name, "name");
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }
}

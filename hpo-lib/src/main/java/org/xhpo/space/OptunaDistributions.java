package org.xhpo.space;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Optuna's distribution JSON (what {@code trial_params.distribution_json} of an RDB storage and the
 * {@code distribution} of a JournalStorage record hold, written by
 * {@code optuna.distributions.distribution_to_json}) mapped to XHPO parameters, and Optuna's internal
 * parameter representation mapped to native values ({@code to_external_repr}).
 * <ul>
 *   <li>{@code FloatDistribution{low, high, log, step}} → a float parameter on [low, high], log-uniform
 *       when {@code log}. XHPO floats have no step: a stepped float becomes a continuous parameter on
 *       the same bounds ({@link Mapped#note()} says so);</li>
 *   <li>{@code IntDistribution{low, high, log, step}} → an int parameter with the same bounds, step and
 *       scale (Optuna's log ints, like XHPO's, round a log-uniform variable on [low − ½, high + ½]);</li>
 *   <li>{@code CategoricalDistribution{choices}} → a categorical with the choices in Optuna's order
 *       and types; a {@code None} choice becomes the text {@code "None"};</li>
 *   <li>the pre-3.0 names {@code UniformDistribution}, {@code LogUniformDistribution},
 *       {@code DiscreteUniformDistribution(q)}, {@code IntUniformDistribution},
 *       {@code IntLogUniformDistribution} map like their 3.0 equivalents.</li>
 * </ul>
 */
public final class OptunaDistributions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OptunaDistributions() {
    }

    /**
     * A parameter built from a distribution, and a note when the mapping is not exact.
     *
     * @param parameter the parameter
     * @param note what the mapping could not keep, or null
     */
    public record Mapped(Parameter parameter, String note) {
    }

    /**
     * Maps one distribution JSON text.
     *
     * @param name the XHPO parameter name
     * @param json the distribution JSON
     * @throws IllegalArgumentException naming the distribution when it is unknown or malformed
     */
    public static Mapped parameter(String name, String json) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("distribution of '" + name + "' is not valid JSON: " + e.getOriginalMessage());
        }
        String kind = n.path("name").asText("");
        JsonNode a = n.path("attributes");
        switch (kind) {
            case "FloatDistribution", "UniformDistribution", "LogUniformDistribution", "DiscreteUniformDistribution": {
                boolean log = kind.equals("LogUniformDistribution") || a.path("log").asBoolean(false);
                JsonNode step = kind.equals("DiscreteUniformDistribution") ? a.path("q") : a.path("step");
                double low = number(a, "low", name);
                double high = number(a, "high", name);
                if (low == high) {
                    return new Mapped(null, name + ": a single value (" + low + "); left out");
                }
                String note = step.isNumber() ? name + ": float step " + step.asText() + " is not represented;"
                        + " analyzed as continuous on [" + low + ", " + high + "]" : null;
                return new Mapped(new FloatParameter(name, low, high, log, null, null), note);
            }
            case "IntDistribution", "IntUniformDistribution", "IntLogUniformDistribution": {
                boolean log = kind.equals("IntLogUniformDistribution") || a.path("log").asBoolean(false);
                long step = a.path("step").isIntegralNumber() ? a.path("step").asLong() : 1;
                long low = (long) number(a, "low", name);
                long high = (long) number(a, "high", name);
                high = low + (high - low) / step * step; // Optuna adjusts high to the last reachable value too
                if (log && step != 1) {
                    return new Mapped(new IntParameter(name, low, high, false, step, null, null),
                            name + ": log scale with step " + step + " is not representable; analyzed as linear");
                }
                return new Mapped(new IntParameter(name, low, high, log, step, null, null), null);
            }
            case "CategoricalDistribution": {
                JsonNode cs = a.path("choices");
                if (!cs.isArray() || cs.isEmpty()) {
                    throw new IllegalArgumentException("distribution of '" + name + "': categorical without choices");
                }
                List<Object> choices = new ArrayList<>();
                for (JsonNode c : cs) {
                    choices.add(choice(c));
                }
                if (choices.size() == 1) {
                    return new Mapped(null, name + ": a single choice (" + choices.get(0) + "); left out");
                }
                return new Mapped(new CategoricalParameter(name, choices, null, null), null);
            }
            default:
                throw new IllegalArgumentException("distribution of '" + name + "': unknown Optuna distribution '" + kind
                        + "'; expected FloatDistribution, IntDistribution or CategoricalDistribution");
        }
    }

    /** A native value from Optuna's internal representation (a float; a choice index for categoricals). */
    public static Object external(Parameter p, double internal) {
        if (p instanceof CategoricalParameter c) {
            int i = (int) internal;
            if (i != internal || i < 0 || i >= c.choices().size()) {
                throw new IllegalArgumentException(p.name() + ": choice index " + internal + " outside " + c.choices());
            }
            return c.choices().get(i);
        }
        if (p instanceof IntParameter) {
            return Math.round(internal);
        }
        return internal;
    }

    private static Object choice(JsonNode c) {
        if (c.isNull()) {
            return "None";
        }
        if (c.isIntegralNumber()) {
            return c.longValue();
        }
        if (c.isNumber()) {
            return c.doubleValue();
        }
        if (c.isBoolean()) {
            return c.booleanValue();
        }
        return c.asText();
    }

    private static double number(JsonNode a, String key, String name) {
        if (!a.path(key).isNumber()) {
            throw new IllegalArgumentException("distribution of '" + name + "': '" + key + "' is not a number: " + a);
        }
        return a.path(key).doubleValue();
    }
}

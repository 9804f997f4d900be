package org.xhpo.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Condition;
import org.xhpo.space.FixedParameter;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.space.SpaceException;

/**
 * Reads the {@code space:} mapping of a config: parameter name → {@code {type, low, high, log,
 * step, choices, default, when}}, or {@code {type: fixed, value}} for a parameter held at one value. Errors name the parameter path, e.g. {@code space.lr.low}.
 */
public final class SpaceReader {
    private static final List<String> TYPES = List.of("float", "int", "categorical", "fixed");

    private SpaceReader() {
    }

    /** Reads a space mapping found at {@code path}. */
    public static SearchSpace read(JsonNode node, String path) {
        YamlNodes.requireObject(node, path, "a mapping of parameter name to definition");
        if (node.isEmpty()) {
            throw new ConfigException(path, "must declare at least one parameter");
        }
        List<Parameter> params = new ArrayList<>();
        List<FixedParameter> fixed = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            String p = YamlNodes.join(path, e.getKey());
            FixedParameter f = fixed(e.getKey(), e.getValue(), p);
            if (f != null) {
                fixed.add(f);
            } else {
                params.add(parameter(e.getKey(), e.getValue(), p));
            }
        });
        try {
            return new SearchSpace(params, fixed);
        } catch (SpaceException e) {
            throw new ConfigException(e.path().equals("space") ? path : YamlNodes.join(path, e.path()), e.detail());
        }
    }

    private static Parameter parameter(String name, JsonNode n, String path) {
        YamlNodes.requireObject(n, path, "a mapping with 'type' and its bounds or choices");
        String type = YamlNodes.text(n.get("type"), YamlNodes.join(path, "type"), null).toLowerCase(Locale.ROOT);
        Condition when = condition(n.get("when"), YamlNodes.join(path, "when"));
        try {
            switch (type) {
                case "float": {
                    YamlNodes.allowOnly(n, path, "type", "low", "high", "log", "default", "when");
                    Double low = required(YamlNodes.number(n.get("low"), YamlNodes.join(path, "low")), path, "low");
                    Double high = required(YamlNodes.number(n.get("high"), YamlNodes.join(path, "high")), path, "high");
                    boolean log = YamlNodes.bool(n.get("log"), YamlNodes.join(path, "log"), false);
                    Double def = YamlNodes.number(n.get("default"), YamlNodes.join(path, "default"));
                    return new FloatParameter(name, low, high, log, def, when);
                }
                case "int": {
                    YamlNodes.allowOnly(n, path, "type", "low", "high", "log", "step", "default", "when");
                    Long low = required(YamlNodes.whole(n.get("low"), YamlNodes.join(path, "low")), path, "low");
                    Long high = required(YamlNodes.whole(n.get("high"), YamlNodes.join(path, "high")), path, "high");
                    boolean log = YamlNodes.bool(n.get("log"), YamlNodes.join(path, "log"), false);
                    long step = YamlNodes.whole(n.get("step"), YamlNodes.join(path, "step"), 1);
                    Long def = YamlNodes.whole(n.get("default"), YamlNodes.join(path, "default"));
                    return new IntParameter(name, low, high, log, step, def, when);
                }
                case "categorical": {
                    YamlNodes.allowOnly(n, path, "type", "choices", "default", "when");
                    JsonNode c = n.get("choices");
                    String cpath = YamlNodes.join(path, "choices");
                    if (!YamlNodes.present(c) || !c.isArray()) {
                        throw new ConfigException(cpath, "expected a list of values, got " + YamlNodes.describe(c));
                    }
                    List<Object> choices = new ArrayList<>();
                    for (int i = 0; i < c.size(); i++) {
                        choices.add(YamlNodes.scalar(c.get(i), cpath + "[" + i + "]"));
                    }
                    JsonNode d = n.get("default");
                    Object def = YamlNodes.present(d) ? YamlNodes.scalar(d, YamlNodes.join(path, "default")) : null;
                    return new CategoricalParameter(name, choices, def, when);
                }
                default:
                    throw new ConfigException(YamlNodes.join(path, "type"), "unknown type '" + type + "'"
                            + NearMiss.hint(type, TYPES) + "; expected one of " + TYPES);
            }
        } catch (ConfigException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(path, e.getMessage());
        }
    }

    /** A {@code {type: fixed, value: v}} entry, or null when the entry has another type. */
    private static FixedParameter fixed(String name, JsonNode n, String path) {
        YamlNodes.requireObject(n, path, "a mapping with 'type' and its bounds or choices");
        if (!YamlNodes.present(n.get("type")) || !n.get("type").isTextual()
                || !n.get("type").asText().toLowerCase(Locale.ROOT).equals("fixed")) {
            return null;
        }
        YamlNodes.allowOnly(n, path, "type", "value");
        JsonNode v = n.get("value");
        if (!YamlNodes.present(v)) {
            throw new ConfigException(YamlNodes.join(path, "value"), "is required for a fixed parameter");
        }
        try {
            return new FixedParameter(name, YamlNodes.scalar(v, YamlNodes.join(path, "value")));
        } catch (SpaceException e) {
            throw new ConfigException(YamlNodes.join(path, "value"), e.detail());
        }
    }

    private static <T> T required(T v, String path, String key) {
        if (v == null) {
            throw new ConfigException(YamlNodes.join(path, key), "is required");
        }
        return v;
    }

    private static Condition condition(JsonNode n, String path) {
        if (!YamlNodes.present(n)) {
            return null;
        }
        YamlNodes.requireObject(n, path, "a mapping of parent parameter to value(s), e.g. {optimizer: sgd}");
        if (n.isEmpty()) {
            throw new ConfigException(path, "must name at least one parent parameter");
        }
        Map<String, List<Object>> req = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> {
            String p = YamlNodes.join(path, e.getKey());
            List<Object> vals = new ArrayList<>();
            if (e.getValue().isArray()) {
                if (e.getValue().isEmpty()) {
                    throw new ConfigException(p, "must list at least one value");
                }
                for (int i = 0; i < e.getValue().size(); i++) {
                    vals.add(YamlNodes.scalar(e.getValue().get(i), p + "[" + i + "]"));
                }
            } else {
                vals.add(YamlNodes.scalar(e.getValue(), p));
            }
            req.put(e.getKey(), vals);
        });
        return new Condition(req);
    }
}

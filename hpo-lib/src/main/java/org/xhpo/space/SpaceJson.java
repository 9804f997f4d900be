package org.xhpo.space;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canonical JSON form of a {@link SearchSpace}: what {@code study.json} stores and what the study
 * fingerprint hashes. {@code read(write(s)).equals(s)} for every space: parameters in declaration
 * order, each with a fixed key order ({@code name, type, low, high, step, log, choices, default,
 * when}) and the fixed parameters after them as {@code {name, type: fixed, value}}, doubles in
 * Java's shortest round-trip form, categorical choices and condition values with
 * their types (1 is an integer, 1.0 a float, "1" text, true a boolean). Reading is strict: unknown
 * keys and wrong types are refused with the path of the field.
 */
public final class SpaceJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Set<String> FLOAT_KEYS = Set.of("name", "type", "low", "high", "log", "default", "when");
    private static final Set<String> INT_KEYS = Set.of("name", "type", "low", "high", "step", "log", "default", "when");
    private static final Set<String> CAT_KEYS = Set.of("name", "type", "choices", "default", "when");

    private SpaceJson() {
    }

    /** The space as a JSON array node, one object per parameter. */
    public static ArrayNode toNode(SearchSpace space) {
        ArrayNode out = F.arrayNode();
        for (Parameter p : space.parameters()) {
            ObjectNode n = out.addObject();
            n.put("name", p.name());
            if (p instanceof FloatParameter f) {
                n.put("type", "float").put("low", f.low()).put("high", f.high()).put("log", f.log());
            } else if (p instanceof IntParameter i) {
                n.put("type", "int").put("low", i.low()).put("high", i.high()).put("step", i.step()).put("log", i.log());
            } else if (p instanceof CategoricalParameter c) {
                n.put("type", "categorical");
                ArrayNode choices = n.putArray("choices");
                c.choices().forEach(v -> choices.add(scalar(v)));
            }
            p.defaultValue().ifPresent(d -> n.set("default", scalar(d)));
            p.when().ifPresent(w -> {
                ObjectNode when = n.putObject("when");
                w.requirements().forEach((parent, values) -> {
                    ArrayNode vs = when.putArray(parent);
                    values.forEach(v -> vs.add(scalar(v)));
                });
            });
        }
        for (FixedParameter f : space.fixed()) { // after the sampled ones: {name, type: fixed, value}
            out.addObject().put("name", f.name()).put("type", "fixed").set("value", scalar(f.value()));
        }
        return out;
    }

    /** The canonical JSON text (compact, no whitespace): the fingerprint's input. */
    public static String canonical(SearchSpace space) {
        try {
            return JSON.writeValueAsString(toNode(space));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a search space as JSON", e);
        }
    }

    /** Parses canonical JSON text back into the space. */
    public static SearchSpace parse(String json) {
        try {
            return read(JSON.readTree(json), "space");
        } catch (JsonProcessingException e) {
            throw new SpaceException("space", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Reads a space from its JSON array node.
     *
     * @param node the array written by {@link #toNode}
     * @param path where the node was found, for messages (e.g. {@code study.json: space})
     * @throws SpaceException naming the field at fault
     */
    public static SearchSpace read(JsonNode node, String path) {
        if (node == null || !node.isArray()) {
            throw new SpaceException(path, "expected a list of parameters, got " + kind(node));
        }
        List<Parameter> params = new ArrayList<>();
        List<FixedParameter> fixed = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            if (n != null && n.isObject() && "fixed".equals(n.path("type").asText())) {
                fixed.add(fixedParameter(n, path + "[" + i + "]"));
            } else {
                params.add(parameter(n, path + "[" + i + "]"));
            }
        }
        try {
            return new SearchSpace(params, fixed);
        } catch (SpaceException e) {
            throw new SpaceException(path + "." + e.path(), e.detail());
        }
    }

    private static Parameter parameter(JsonNode n, String path) {
        if (n == null || !n.isObject()) {
            throw new SpaceException(path, "expected a parameter object, got " + kind(n));
        }
        String name = text(n, "name", path);
        String type = text(n, "type", path);
        String at = path + "(" + name + ")";
        Set<String> allowed = switch (type) {
            case "float" -> FLOAT_KEYS;
            case "int" -> INT_KEYS;
            case "categorical" -> CAT_KEYS;
            default -> throw new SpaceException(at + ".type", "expected float, int or categorical, got '" + type + "'");
        };
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new SpaceException(at + "." + k, "unknown key for a " + type + " parameter; expected " + allowed);
            }
        }
        Condition when = condition(n.get("when"), at + ".when");
        JsonNode d = n.get("default");
        try {
            switch (type) {
                case "float":
                    return new FloatParameter(name, number(n, "low", at), number(n, "high", at), bool(n, "log", at),
                            d == null ? null : number(n, "default", at), when);
                case "int":
                    return new IntParameter(name, whole(n, "low", at), whole(n, "high", at), bool(n, "log", at),
                            whole(n, "step", at), d == null ? null : whole(n, "default", at), when);
                default:
                    JsonNode c = n.get("choices");
                    if (c == null || !c.isArray()) {
                        throw new SpaceException(at + ".choices", "expected a list, got " + kind(c));
                    }
                    List<Object> choices = new ArrayList<>();
                    for (int i = 0; i < c.size(); i++) {
                        choices.add(value(c.get(i), at + ".choices[" + i + "]"));
                    }
                    return new CategoricalParameter(name, choices, d == null ? null : value(d, at + ".default"), when);
            }
        } catch (SpaceException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new SpaceException(at, e.getMessage());
        }
    }

    private static FixedParameter fixedParameter(JsonNode n, String path) {
        String name = text(n, "name", path);
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!Set.of("name", "type", "value").contains(k)) {
                throw new SpaceException(path + "(" + name + ")." + k, "unknown key for a fixed parameter; expected "
                        + "[name, type, value]");
            }
        }
        return new FixedParameter(name, value(n.get("value"), path + "(" + name + ").value"));
    }

    private static Condition condition(JsonNode n, String path) {
        if (n == null) {
            return null;
        }
        if (!n.isObject() || n.isEmpty()) {
            throw new SpaceException(path, "expected an object of parent name to a list of values, got " + kind(n));
        }
        Map<String, List<Object>> req = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> {
            if (!e.getValue().isArray()) {
                throw new SpaceException(path + "." + e.getKey(), "expected a list of values, got " + kind(e.getValue()));
            }
            List<Object> vs = new ArrayList<>();
            for (int i = 0; i < e.getValue().size(); i++) {
                vs.add(value(e.getValue().get(i), path + "." + e.getKey() + "[" + i + "]"));
            }
            req.put(e.getKey(), vs);
        });
        return new Condition(req);
    }

    /** A canonical scalar (Long, Double, String, Boolean) as a JSON node that reads back with the same type. */
    static JsonNode scalar(Object v) {
        if (v instanceof Long l) {
            return F.numberNode(l);
        }
        if (v instanceof Double x) {
            return F.numberNode(x);
        }
        if (v instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (v instanceof String s) {
            return F.textNode(s);
        }
        throw new IllegalArgumentException("not a canonical parameter value: " + Values.describe(v));
    }

    private static Object value(JsonNode n, String path) {
        if (n != null && (n.isIntegralNumber() && n.canConvertToLong())) {
            return n.longValue();
        }
        if (n != null && n.isFloatingPointNumber()) {
            return n.doubleValue();
        }
        if (n != null && n.isBoolean()) {
            return n.booleanValue();
        }
        if (n != null && n.isTextual()) {
            return n.textValue();
        }
        throw new SpaceException(path, "expected a number, text or boolean, got " + kind(n));
    }

    private static String text(JsonNode n, String key, String path) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual()) {
            throw new SpaceException(path + "." + key, "expected text, got " + kind(v));
        }
        return v.textValue();
    }

    private static double number(JsonNode n, String key, String path) {
        JsonNode v = n.get(key);
        if (v == null || !v.isNumber()) {
            throw new SpaceException(path + "." + key, "expected a number, got " + kind(v));
        }
        return v.doubleValue();
    }

    private static long whole(JsonNode n, String key, String path) {
        JsonNode v = n.get(key);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new SpaceException(path + "." + key, "expected a whole number, got " + kind(v));
        }
        return v.longValue();
    }

    private static boolean bool(JsonNode n, String key, String path) {
        JsonNode v = n.get(key);
        if (v == null || !v.isBoolean()) {
            throw new SpaceException(path + "." + key, "expected true or false, got " + kind(v));
        }
        return v.booleanValue();
    }

    private static String kind(JsonNode n) {
        return n == null || n.isMissingNode() ? "nothing" : n.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                + (n.isValueNode() ? " " + n : "");
    }
}

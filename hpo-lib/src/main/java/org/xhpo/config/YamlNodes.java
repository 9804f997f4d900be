package org.xhpo.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Typed reads of YAML tree nodes that fail with a {@link ConfigException} naming the path. */
final class YamlNodes {
    private YamlNodes() {
    }

    static void requireObject(JsonNode node, String path, String what) {
        if (node == null || !node.isObject()) {
            throw new ConfigException(path, "expected " + what + ", got " + describe(node));
        }
    }

    /** Refuses keys outside the allowed set, suggesting the nearest allowed key. */
    static void allowOnly(JsonNode node, String path, String... keys) {
        Set<String> allowed = new TreeSet<>(List.of(keys));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new ConfigException(join(path, k), "unknown key" + NearMiss.hint(k, allowed) + "; allowed: " + allowed);
            }
        }
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return "nothing";
        }
        if (n.isTextual()) {
            return "'" + n.asText() + "' (text)";
        }
        if (n.isObject()) {
            return "a mapping";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isBoolean()) {
            return n.asText() + " (boolean)";
        }
        return n.asText() + " (number)";
    }

    static boolean present(JsonNode n) {
        return n != null && !n.isMissingNode() && !n.isNull();
    }

    static String text(JsonNode n, String path, String defaultValue) {
        if (!present(n)) {
            if (defaultValue == null) {
                throw new ConfigException(path, "is required");
            }
            return defaultValue;
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            throw new ConfigException(path, "expected text, got " + describe(n));
        }
        return n.asText();
    }

    /** A number; text that parses as a number (YAML 1.1 reads {@code 1e-4} as text) is accepted. */
    static Double number(JsonNode n, String path) {
        if (!present(n)) {
            return null;
        }
        double v;
        if (n.isNumber()) {
            v = n.doubleValue();
        } else if (n.isTextual()) {
            try {
                v = Double.parseDouble(n.asText().trim());
            } catch (NumberFormatException e) {
                throw new ConfigException(path, "expected a number, got " + describe(n));
            }
        } else {
            throw new ConfigException(path, "expected a number, got " + describe(n));
        }
        if (!Double.isFinite(v)) {
            throw new ConfigException(path, "expected a finite number, got " + describe(n));
        }
        return v;
    }

    static double number(JsonNode n, String path, double defaultValue) {
        Double v = number(n, path);
        return v == null ? defaultValue : v;
    }

    static Long whole(JsonNode n, String path) {
        Double v = number(n, path);
        if (v == null) {
            return null;
        }
        if (v != Math.rint(v) || Math.abs(v) > 9.0e15) {
            throw new ConfigException(path, "expected a whole number, got " + describe(n));
        }
        return v.longValue();
    }

    static long whole(JsonNode n, String path, long defaultValue) {
        Long v = whole(n, path);
        return v == null ? defaultValue : v;
    }

    static int wholeInt(JsonNode n, String path, int defaultValue) {
        long v = whole(n, path, defaultValue);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw new ConfigException(path, "expected a whole number below 2^31, got " + v);
        }
        return (int) v;
    }

    static boolean bool(JsonNode n, String path, boolean defaultValue) {
        if (!present(n)) {
            return defaultValue;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isTextual()) {
            switch (n.asText().toLowerCase(Locale.ROOT)) {
                case "true", "on", "yes":
                    return true;
                case "false", "off", "no":
                    return false;
                default:
                    break;
            }
        }
        throw new ConfigException(path, "expected true or false, got " + describe(n));
    }

    /** A duration: a number of seconds, or text such as {@code 250ms}, {@code 90s}, {@code 10m}, {@code 2h}. */
    static double seconds(JsonNode n, String path, double defaultValue) {
        if (!present(n)) {
            return defaultValue;
        }
        if (n.isNumber()) {
            return number(n, path);
        }
        if (n.isTextual()) {
            String s = n.asText().trim().toLowerCase(Locale.ROOT);
            String[][] units = {{"ms", "0.001"}, {"s", "1"}, {"m", "60"}, {"h", "3600"}};
            for (String[] u : units) {
                if (s.endsWith(u[0])) {
                    try {
                        return Double.parseDouble(s.substring(0, s.length() - u[0].length()).trim())
                                * Double.parseDouble(u[1]);
                    } catch (NumberFormatException e) {
                        break;
                    }
                }
            }
        }
        throw new ConfigException(path, "expected a duration such as 30, 90s, 10m or 2h, got " + describe(n));
    }

    /** A plain scalar as a Java value: String, Long, Double or Boolean. */
    static Object scalar(JsonNode n, String path) {
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber()) {
            return n.longValue();
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        throw new ConfigException(path, "expected a string, number or boolean, got " + describe(n));
    }

    /** A YAML subtree as plain Java values (maps, lists, scalars) for settings maps. */
    static Object plain(JsonNode n, String path) {
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            n.fields().forEachRemaining(e -> m.put(e.getKey(), plain(e.getValue(), join(path, e.getKey()))));
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                l.add(plain(n.get(i), path + "[" + i + "]"));
            }
            return l;
        }
        if (n.isNull()) {
            return null;
        }
        return scalar(n, path);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> settings(JsonNode n, String path) {
        if (!present(n)) {
            return Map.of();
        }
        requireObject(n, path, "a mapping of settings");
        return (Map<String, Object>) plain(n, path);
    }
}

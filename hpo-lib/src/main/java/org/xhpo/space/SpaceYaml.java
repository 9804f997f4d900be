package org.xhpo.space;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a space as the {@code space:} YAML block of a config (what {@code xhpo analyze --space}
 * reads back), one flow mapping per parameter. Floats are written with Java's shortest round-trip digits
 * and a signed exponent ({@code 1.0E+10}: YAML 1.1 reads {@code 1.0E10} as text), text unquoted
 * only when it cannot be read as anything else, so reading the YAML gives the same space.
 */
public final class SpaceYaml {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan",
            "inf");

    private SpaceYaml() {
    }

    /** {@code space:} followed by one line per parameter, e.g. {@code   lr: {type: float, low: 0.0001, …}}. */
    public static String render(SearchSpace space) {
        StringBuilder b = new StringBuilder("space:\n");
        for (JsonNode p : SpaceJson.toNode(space)) {
            b.append("  ").append(p.get("name").textValue()).append(": {");
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("name")) {
                    continue;
                }
                b.append(first ? "" : ", ").append(e.getKey()).append(": ").append(flow(e.getValue()));
                first = false;
            }
            b.append("}\n");
        }
        return b.toString();
    }

    private static String flow(JsonNode n) {
        if (n.isArray()) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < n.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(flow(n.get(i)));
            }
            return b.append(']').toString();
        }
        if (n.isObject()) {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = ((ObjectNode) n).fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                b.append(first ? "" : ", ").append(e.getKey()).append(": ").append(flow(e.getValue()));
                first = false;
            }
            return b.append('}').toString();
        }
        if (n.isFloatingPointNumber()) {
            String s = Double.toString(n.doubleValue());
            int e = s.indexOf('E');
            return e < 0 || s.charAt(e + 1) == '-' ? s : s.substring(0, e + 1) + "+" + s.substring(e + 1);
        }
        if (n.isTextual() && PLAIN.matcher(n.textValue()).matches() && !RESERVED.contains(n.textValue().toLowerCase(
                java.util.Locale.ROOT))) {
            return n.textValue();
        }
        return n.toString(); // integers, booleans, and other text in double quotes (valid YAML)
    }
}

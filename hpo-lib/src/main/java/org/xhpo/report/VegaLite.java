package org.xhpo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Small helpers for building Vega-Lite specs with Jackson: the spec skeleton, field names escaped
 * for Vega-Lite's accessor syntax, encodings, and numbers rounded to six significant digits (the
 * report's size budget: 1,000 trials × 10 parameters under 5 MB).
 */
public final class VegaLite {
    /** The Vega-Lite major version of the vendored build. */
    public static final String SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final MathContext SIX = new MathContext(6);

    private VegaLite() {
    }

    /** A new empty object node. */
    public static ObjectNode object() {
        return F.objectNode();
    }

    /** A new empty array node. */
    public static ArrayNode array() {
        return F.arrayNode();
    }

    /** A spec skeleton: schema, width "container", a description, data from a shared dataset (or none). */
    public static ObjectNode spec(String description, String dataset) {
        ObjectNode s = object();
        s.put("$schema", SCHEMA);
        s.put("description", description);
        if (dataset != null) {
            s.putObject("data").put("name", dataset);
        }
        return s;
    }

    /** A field name escaped for Vega-Lite ({@code .}, {@code [} and {@code ]} would otherwise mean nesting). */
    public static String field(String name) {
        return name.replace("\\", "\\\\").replace(".", "\\.").replace("[", "\\[").replace("]", "\\]");
    }

    /** An encoding channel {@code {"field": …, "type": …, "title": …}}. */
    public static ObjectNode channel(String field, String type, String title) {
        ObjectNode c = object();
        c.put("field", field(field));
        c.put("type", type);
        if (title != null) {
            c.put("title", title);
        }
        return c;
    }

    /** Puts a number rounded to six significant digits, or null when it is not finite. */
    public static void put(ObjectNode row, String key, double v) {
        if (Double.isFinite(v)) {
            row.put(key, round(v));
        } else {
            row.putNull(key);
        }
    }

    /** Puts a boxed number (null stays null). */
    public static void put(ObjectNode row, String key, Double v) {
        if (v == null) {
            row.putNull(key);
        } else {
            put(row, key, v.doubleValue());
        }
    }

    /** Puts a cell of any of the table types (number, text, boolean, null). */
    public static void putCell(ObjectNode row, String key, Object v) {
        if (v == null) {
            row.putNull(key);
        } else if (v instanceof Double || v instanceof Float) {
            put(row, key, ((Number) v).doubleValue());
        } else if (v instanceof Number n) {
            row.put(key, n.longValue());
        } else if (v instanceof Boolean b) {
            row.put(key, b);
        } else {
            row.put(key, v.toString());
        }
    }

    /** A double rounded to six significant digits. */
    public static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(SIX).doubleValue();
    }

    /** A layer of specs. */
    public static ObjectNode layer(ObjectNode parent, JsonNode... layers) {
        ArrayNode a = parent.putArray("layer");
        for (JsonNode l : layers) {
            a.add(l);
        }
        return parent;
    }

    /** A mark object {@code {"type": type, …}} with tooltips on. */
    public static ObjectNode mark(String type) {
        ObjectNode m = object();
        m.put("type", type);
        m.put("tooltip", true);
        return m;
    }

    /** A scale with an explicit domain and range (e.g. fixed colours for categories). */
    public static ObjectNode scale(ArrayNode domain, ArrayNode range) {
        ObjectNode s = object();
        s.set("domain", domain);
        s.set("range", range);
        return s;
    }
}

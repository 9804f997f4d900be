package org.xhpo.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.xhpo.analysis.AnalysisSettings;

/**
 * Reads the {@code analysis} section: {@code off}, {@code on}, or a mapping of
 * {@link AnalysisSettings} fields in snake case. Errors name the field. {@link #toNode} writes the
 * full mapping back (how {@code study.json} stores the settings a study is explained with), and
 * {@link #read} reads it into the identical record.
 */
public final class AnalysisReader {
    private static final String[] KEYS = {"enabled", "best_fraction", "bandwidth", "permutations", "exact_limit",
        "pdp_grid", "pdp_pairs", "log_target", "shap_members", "shap_background", "shap_rows", "costs"};

    private AnalysisReader() {
    }

    /**
     * The settings of an {@code analysis} node; absent: {@link AnalysisSettings#DEFAULTS}.
     *
     * @throws ConfigException naming the field ({@code analysis.best_fraction}, …)
     */
    public static AnalysisSettings read(JsonNode n) {
        AnalysisSettings d = AnalysisSettings.DEFAULTS;
        if (!YamlNodes.present(n)) {
            return d;
        }
        if (!n.isObject()) {
            return d.withEnabled(YamlNodes.bool(n, "analysis", true));
        }
        YamlNodes.allowOnly(n, "analysis", KEYS);
        List<String> costs = new ArrayList<>();
        JsonNode c = n.get("costs");
        if (YamlNodes.present(c)) {
            if (c.isTextual()) {
                costs.add(c.asText());
            } else if (c.isArray()) {
                for (int i = 0; i < c.size(); i++) {
                    costs.add(YamlNodes.text(c.get(i), "analysis.costs[" + i + "]", null));
                }
            } else {
                throw new ConfigException("analysis.costs", "expected a parameter or metric name or a list of them, got "
                        + YamlNodes.describe(c));
            }
        }
        JsonNode bw = n.get("bandwidth");
        String bandwidth = YamlNodes.present(bw) ? bw.asText() : d.bandwidth();
        try {
            return new AnalysisSettings(YamlNodes.bool(n.get("enabled"), "analysis.enabled", true),
                    YamlNodes.number(n.get("best_fraction"), "analysis.best_fraction", d.bestFraction()), bandwidth,
                    YamlNodes.wholeInt(n.get("permutations"), "analysis.permutations", d.permutations()),
                    YamlNodes.wholeInt(n.get("exact_limit"), "analysis.exact_limit", d.exactLimit()),
                    YamlNodes.wholeInt(n.get("pdp_grid"), "analysis.pdp_grid", d.pdpGrid()),
                    YamlNodes.wholeInt(n.get("pdp_pairs"), "analysis.pdp_pairs", d.pdpPairs()),
                    YamlNodes.bool(n.get("log_target"), "analysis.log_target", d.logTarget()),
                    YamlNodes.wholeInt(n.get("shap_members"), "analysis.shap_members", d.shapMembers()),
                    YamlNodes.wholeInt(n.get("shap_background"), "analysis.shap_background", d.shapBackground()),
                    YamlNodes.wholeInt(n.get("shap_rows"), "analysis.shap_rows", d.shapRows()), costs);
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage();
            int colon = msg.indexOf(": ");
            throw colon > 0 ? new ConfigException(msg.substring(0, colon), msg.substring(colon + 2))
                    : new ConfigException("analysis", msg);
        }
    }

    /** Every field of {@code s} as the snake-case mapping {@link #read} reads back into an equal record. */
    public static ObjectNode toNode(AnalysisSettings s) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put(KEYS[0], s.enabled());
        n.put(KEYS[1], s.bestFraction());
        n.put(KEYS[2], s.bandwidth());
        n.put(KEYS[3], s.permutations());
        n.put(KEYS[4], s.exactLimit());
        n.put(KEYS[5], s.pdpGrid());
        n.put(KEYS[6], s.pdpPairs());
        n.put(KEYS[7], s.logTarget());
        n.put(KEYS[8], s.shapMembers());
        n.put(KEYS[9], s.shapBackground());
        n.put(KEYS[10], s.shapRows());
        s.costs().forEach(n.putArray(KEYS[11])::add);
        return n;
    }
}

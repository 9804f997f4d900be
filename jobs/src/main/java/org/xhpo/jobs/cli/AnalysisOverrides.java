package org.xhpo.jobs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.Map;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.config.AnalysisReader;
import org.xhpo.config.ConfigException;
import org.xhpo.config.DriverBounds;

/**
 * The {@code xhpo analyze} options that override single {@link AnalysisSettings} fields
 * ({@code --best-fraction}, {@code --bandwidth}, {@code --permutations}, {@code --costs},
 * {@code --log-target}). They are applied to a base record — the settings stored in an XHPO study's
 * {@code study.json}, else {@link AnalysisSettings#DEFAULTS} — through the same snake-case mapping
 * {@code analysis:} is read from ({@link AnalysisReader}), so the checks and defaults exist once.
 */
final class AnalysisOverrides {
    private final ObjectNode fields;

    private AnalysisOverrides(ObjectNode fields) {
        this.fields = fields;
    }

    /**
     * The overrides given on the command line, checked against the defaults already (so a bad value is
     * refused before Spark starts).
     *
     * @throws IllegalArgumentException naming the option
     */
    static AnalysisOverrides of(CliArgs a) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        if (a.has("best-fraction")) {
            n.put("best_fraction", a.doubleOption("best-fraction", 0, 0, 1));
        }
        if (a.has("bandwidth")) {
            n.put("bandwidth", a.option("bandwidth", null));
        }
        if (a.has("permutations")) {
            n.put("permutations", a.intOption("permutations", 0, 0, (int) DriverBounds.MAX_PERMUTATIONS));
        }
        if (a.has("costs")) {
            a.nameList("costs", "").forEach(n.putArray("costs")::add);
        }
        if (a.has("log-target")) {
            n.put("log_target", true);
        }
        AnalysisOverrides o = new AnalysisOverrides(n);
        o.applyTo(AnalysisSettings.DEFAULTS);
        return o;
    }

    /** {@code base} with the overridden fields replaced (and the analysis on). */
    AnalysisSettings applyTo(AnalysisSettings base) {
        ObjectNode n = AnalysisReader.toNode(base.withEnabled(true));
        n.setAll(fields);
        try {
            return AnalysisReader.read(n);
        } catch (ConfigException e) { // the field is analysis.best_fraction etc.; name the option
            String field = e.path().replaceFirst("^analysis\\.", "");
            throw new IllegalArgumentException("--" + field.replace('_', '-') + e.getMessage().substring(
                    e.path().length()));
        }
    }

    /**
     * As {@link #applyTo}, printing one line per option that changed a field of {@code base}.
     *
     * @param baseName where {@code base} came from, e.g. {@code study.json} or {@code the defaults}
     */
    AnalysisSettings applyTo(AnalysisSettings base, String baseName, PrintStream log) {
        AnalysisSettings s = applyTo(base);
        JsonNode was = AnalysisReader.toNode(base);
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getValue().equals(was.get(f.getKey()))) {
                log.println("[xhpo] analyze: --" + f.getKey().replace('_', '-') + " overrides analysis."
                        + f.getKey() + ": " + f.getValue() + " (" + baseName + ": " + was.get(f.getKey()) + ")");
            }
        }
        return s;
    }
}

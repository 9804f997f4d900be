package org.xhpo.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.xhpo.analysis.hsic.HsicImportance;

/**
 * Section 4: goal-oriented HSIC importance S of each parameter for the best and the worst p% of
 * trials, as bars marked by significance (p &lt; 0.05) and grouped by conditional group, as in
 * hsic-explainable-hpo.md Fig. 6 and Fig. 8a. Reads table {@code hsic_importance}.
 */
public final class HsicImportanceSection implements ReportSection {
    /** The section id. */
    public static final String ID = "hsic";
    private static final String TITLE = "4 HSIC importance";

    @Override
    public SectionView build(ReportInput in, ReportDatasets data) {
        String how = "Longer bars: the parameter's values differ more between the best (or worst) p% of trials and "
                + "all trials; dark bars are significant (p < 0.05), pale bars may be noise. Conditional parameters are "
                + "ranked within their group, on the trials where they are active.";
        var table = in.table("hsic_importance");
        if (table.isEmpty()) {
            return SectionView.unavailable(ID, TITLE, how, "table hsic_importance not found (run xhpo analyze)");
        }
        long pct = Math.round(in.bestFraction() * 100);
        ArrayNode rows = VegaLite.array();
        for (Map<String, Object> r : table.get().rows()) {
            ObjectNode o = rows.addObject();
            o.put("parameter", ReportTable.str(r, "parameter", "?"));
            String target = ReportTable.str(r, "target", "best");
            o.put("target", target + " " + pct + "%");
            String group = ReportTable.str(r, "group", "");
            o.put("group", group.isEmpty() ? "all trials" : "when " + HsicImportance.readableGroup(group));
            VegaLite.put(o, "s", ReportTable.num(r, "s"));
            double p = ReportTable.num(r, "p_value");
            VegaLite.put(o, "p_value", p);
            boolean significant = r.get("significant") instanceof Boolean b ? b : p < 0.05;
            o.put("significance", significant ? "p < 0.05" : "not significant");
            VegaLite.put(o, "r2_hsic", ReportTable.num(r, "r2_hsic"));
        }
        ObjectNode spec = VegaLite.spec("HSIC importance", null);
        spec.putObject("data").set("values", rows);
        ObjectNode facet = spec.putObject("facet");
        facet.set("row", VegaLite.channel("group", "nominal", null)
                .set("header", VegaLite.object().put("labelAngle", 0).put("labelAlign", "left")));
        facet.set("column", VegaLite.channel("target", "nominal", null));
        ObjectNode inner = spec.putObject("spec");
        inner.put("width", 300);
        inner.set("mark", VegaLite.mark("bar"));
        ObjectNode enc = inner.putObject("encoding");
        enc.set("x", VegaLite.channel("s", "quantitative", "HSIC index S"));
        enc.set("y", VegaLite.channel("parameter", "nominal", null)
                .set("sort", VegaLite.object().put("field", "s").put("op", "max").put("order", "descending")));
        enc.set("color", VegaLite.channel("significance", "nominal", "significance")
                .set("scale", VegaLite.scale(VegaLite.array().add("p < 0.05").add("not significant"),
                        VegaLite.array().add("#1f77b4").add("#c6dbef"))));
        enc.set("tooltip", VegaLite.array().add(VegaLite.channel("parameter", "nominal", null))
                .add(VegaLite.channel("s", "quantitative", "S")).add(VegaLite.channel("p_value", "quantitative", "p-value"))
                .add(VegaLite.channel("r2_hsic", "quantitative", "R2-HSIC")));
        spec.set("resolve", VegaLite.object().set("scale", VegaLite.object().put("y", "independent")));
        return new SectionView(ID, TITLE, how, List.of(), List.of(new Chart(ID, spec, List.of())), "", "");
    }
}

package org.xhpo.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Section 9: SHAP dependence (metamodel-shap-hp-analysis.md Fig. 3): each explained trial's SHAP
 * value of a parameter against the parameter's unit value, with the mean SHAP of each quantile bin
 * ({@code shap_summary.dependence}) as a red line. Warns when the meta-model's hold-out R² is below
 * {@link PartialDependenceSection#TRUST_R2}. Reads {@code shap_values}, {@code shap_summary}.
 */
public final class ShapDependenceSection implements ReportSection {
    /** The section id. */
    public static final String ID = "shap";
    private static final String TITLE = "9 SHAP dependence";

    @Override
    public SectionView build(ReportInput in, ReportDatasets data) {
        String how = "Each dot is an explained trial: how much this parameter's value pushed the meta-model's prediction "
                + "above (positive) or below (negative) its mean; the red line joins the bin means. A band of dots "
                + "around zero means the parameter can be fixed.";
        var values = in.table("shap_values");
        if (values.isEmpty()) {
            return SectionView.unavailable(ID, TITLE, how, "table shap_values not found (run xhpo analyze)");
        }
        double r2 = r2(in);
        List<String> warnings = new ArrayList<>();
        if (!(r2 >= PartialDependenceSection.TRUST_R2)) {
            warnings.add("The meta-model explains the held-out trials poorly (hold-out R² = " + HtmlTable.number(r2)
                    + " < " + PartialDependenceSection.TRUST_R2 + "): do not trust these SHAP values.");
        }
        Set<String> params = new LinkedHashSet<>();
        ArrayNode rows = VegaLite.array();
        String metric = "";
        for (Map<String, Object> r : values.get().rows()) {
            String p = ReportTable.str(r, "parameter", "?");
            params.add(p);
            ObjectNode o = rows.addObject();
            o.put("kind", "trial");
            o.put("parameter", p);
            VegaLite.put(o, "unit", ReportTable.num(r, "unit_value"));
            VegaLite.put(o, "shap", ReportTable.num(r, "shap"));
            o.put("value", ReportTable.str(r, "value", ""));
            metric = ReportTable.str(r, "metric", metric);
        }
        in.table("shap_summary").ifPresent(s -> s.rows().forEach(r -> {
            if (r.get("dependence") instanceof List<?> bins) {
                for (Object b : bins) {
                    if (b instanceof Map<?, ?> bin) {
                        ObjectNode o = rows.addObject();
                        o.put("kind", "bin");
                        o.put("parameter", ReportTable.str(r, "parameter", "?"));
                        double lo = bin.get("unit_low") instanceof Number n ? n.doubleValue() : Double.NaN;
                        double hi = bin.get("unit_high") instanceof Number n ? n.doubleValue() : Double.NaN;
                        VegaLite.put(o, "unit", (lo + hi) / 2);
                        VegaLite.put(o, "shap", bin.get("mean_shap") instanceof Number n ? n.doubleValue() : Double.NaN);
                    }
                }
            }
        }));
        ObjectNode spec = VegaLite.spec("SHAP dependence", null);
        spec.putObject("data").set("values", rows);
        spec.put("columns", 3);
        spec.set("facet", VegaLite.channel("parameter", "nominal", null)
                .set("sort", VegaLite.array().addAll(params.stream().map(TextNode::valueOf).toList())));
        ObjectNode inner = spec.putObject("spec");
        inner.put("width", 220).put("height", 150);
        ObjectNode x = VegaLite.channel("unit", "quantitative", "unit-space value")
                .set("scale", VegaLite.object().set("domain", VegaLite.array().add(0).add(1)));
        ObjectNode dots = VegaLite.object();
        dots.set("transform", VegaLite.array().add(HistorySection.filter("datum.kind === 'trial'")));
        dots.set("mark", VegaLite.mark("point").put("filled", true).put("size", 14).put("opacity", 0.5)
                .put("color", "#546e7a"));
        ObjectNode denc = dots.putObject("encoding");
        denc.set("x", x.deepCopy());
        denc.set("y", VegaLite.channel("shap", "quantitative", "SHAP value" + (metric.isEmpty() ? "" : " (" + metric + ")")));
        denc.set("tooltip", VegaLite.array().add(VegaLite.channel("value", "nominal", "value"))
                .add(VegaLite.channel("shap", "quantitative", "SHAP")));
        ObjectNode means = VegaLite.object();
        means.set("transform", VegaLite.array().add(HistorySection.filter("datum.kind === 'bin'")));
        means.set("mark", VegaLite.mark("line").put("color", "#d62728")
                .set("point", VegaLite.object().put("color", "#d62728").put("size", 30)));
        ObjectNode menc = means.putObject("encoding");
        menc.set("x", x.deepCopy());
        menc.set("y", VegaLite.channel("shap", "quantitative", null));
        ObjectNode zero = VegaLite.object();
        zero.set("mark", VegaLite.object().put("type", "rule").put("color", "#bbb"));
        zero.putObject("encoding").set("y", VegaLite.object().put("datum", 0).put("type", "quantitative"));
        VegaLite.layer(inner, zero, dots, means);
        spec.set("resolve", VegaLite.object().set("scale", VegaLite.object().put("y", "independent")));
        return new SectionView(ID, TITLE, how, warnings, List.of(new Chart(ID, spec, List.of())), "", "");
    }

    /** The meta-model hold-out R²: shap_summary's column, else analysis.json; NaN when neither has it. */
    static double r2(ReportInput in) {
        var s = in.table("shap_summary");
        if (s.isPresent()) {
            for (Map<String, Object> r : s.get().rows()) {
                double v = ReportTable.num(r, "metamodel_r2_holdout");
                if (Double.isFinite(v)) {
                    return v;
                }
            }
        }
        return in.analysisNumber("metamodel_r2_holdout");
    }
}

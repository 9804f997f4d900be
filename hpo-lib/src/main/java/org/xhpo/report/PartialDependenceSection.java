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
 * Section 8: partial dependence of the gradient-boosted model (fi-random-search-sdcmi.md appendix B,
 * Fig. 4–5): per parameter the PDP curve with a band of ± one ICE standard deviation and a rug of the
 * trials' unit values; 2-D heatmaps for the top HSIC pairs. Warns when the model's hold-out R² is
 * below {@link #TRUST_R2}. Reads {@code pdp_1d}, {@code pdp_2d}, {@code gbt_importance}.
 */
public final class PartialDependenceSection implements ReportSection {
    /** The section id. */
    public static final String ID = "pdp";
    /** Below this hold-out R² the model's plots are not to be trusted. */
    public static final double TRUST_R2 = 0.5;
    private static final int RUG_PER_PARAMETER = 400;
    private static final String TITLE = "8 Partial dependence";

    @Override
    public SectionView build(ReportInput in, ReportDatasets data) {
        String how = "The model's mean prediction as one parameter moves over its range (unit space) with the others as "
                + "in the trials; the band is ± one standard deviation of the individual (ICE) curves, the ticks at the "
                + "bottom are the trials. Flat curve: the parameter does not matter to the model.";
        var pdp = in.table("pdp_1d");
        if (pdp.isEmpty()) {
            return SectionView.unavailable(ID, TITLE, how, "table pdp_1d not found (run xhpo analyze)");
        }
        double r2 = r2(in);
        List<String> warnings = new ArrayList<>();
        if (!(r2 >= TRUST_R2)) {
            warnings.add("The gradient-boosted model explains the held-out trials poorly (hold-out R² = "
                    + HtmlTable.number(r2) + " < " + TRUST_R2 + "): do not trust this PDP.");
        }
        Set<String> params = new LinkedHashSet<>();
        ArrayNode rows = VegaLite.array();
        String scale = "";
        for (Map<String, Object> r : pdp.get().rows()) {
            String p = ReportTable.str(r, "parameter", "?");
            params.add(p);
            ObjectNode o = rows.addObject();
            o.put("kind", "pdp");
            o.put("parameter", p);
            double m = ReportTable.num(r, "pdp");
            double sd = ReportTable.num(r, "ice_sd");
            VegaLite.put(o, "unit", ReportTable.num(r, "unit_value"));
            VegaLite.put(o, "pdp", m);
            VegaLite.put(o, "lo", m - sd);
            VegaLite.put(o, "hi", m + sd);
            o.put("value", ReportTable.str(r, "value", ""));
            scale = ReportTable.str(r, "target_scale", "");
        }
        for (String p : params) {
            List<ReportTrial> ok = in.okTrials();
            int step = Math.max(1, ok.size() / RUG_PER_PARAMETER);
            for (int i = 0; i < ok.size(); i += step) {
                Double u = ok.get(i).unit().get(p);
                if (u != null) {
                    ObjectNode o = rows.addObject();
                    o.put("kind", "rug");
                    o.put("parameter", p);
                    VegaLite.put(o, "unit", u);
                }
            }
        }
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart(ID + "-1d", oneD(rows, params, in.objective() + (scale.isEmpty() ? "" : " (" + scale + ")")),
                List.of()));
        in.table("pdp_2d").ifPresent(t -> charts.add(new Chart(ID + "-2d", twoD(t), List.of())));
        return new SectionView(ID, TITLE, how, warnings, charts, "", "");
    }

    /** The GBT hold-out R²: gbt_importance's column, else analysis.json; NaN when neither has it. */
    static double r2(ReportInput in) {
        var imp = in.table("gbt_importance");
        if (imp.isPresent()) {
            for (Map<String, Object> r : imp.get().rows()) {
                double v = ReportTable.num(r, "r2_holdout");
                if (Double.isFinite(v)) {
                    return v;
                }
            }
        }
        return in.analysisNumber("gbt_r2_holdout");
    }

    private static ObjectNode oneD(ArrayNode rows, Set<String> params, String yTitle) {
        ObjectNode spec = VegaLite.spec("partial dependence", null);
        spec.putObject("data").set("values", rows);
        spec.put("columns", 3);
        spec.set("facet", VegaLite.channel("parameter", "nominal", null)
                .set("sort", VegaLite.array().addAll(params.stream().map(TextNode::valueOf).toList())));
        ObjectNode inner = spec.putObject("spec");
        inner.put("width", 220).put("height", 150);
        ObjectNode x = VegaLite.channel("unit", "quantitative", "unit-space value")
                .set("scale", VegaLite.object().set("domain", VegaLite.array().add(0).add(1)));
        ObjectNode band = VegaLite.object();
        band.set("transform", VegaLite.array().add(HistorySection.filter("datum.kind === 'pdp'")));
        band.set("mark", VegaLite.mark("area").put("opacity", 0.25).put("color", "#1f77b4"));
        ObjectNode benc = band.putObject("encoding");
        benc.set("x", x.deepCopy());
        benc.set("y", VegaLite.channel("lo", "quantitative", yTitle).set("scale", VegaLite.object().put("zero", false)));
        benc.set("y2", VegaLite.object().put("field", "hi"));
        ObjectNode line = VegaLite.object();
        line.set("transform", VegaLite.array().add(HistorySection.filter("datum.kind === 'pdp'")));
        line.set("mark", VegaLite.mark("line").put("color", "#1f77b4"));
        ObjectNode lenc = line.putObject("encoding");
        lenc.set("x", x.deepCopy());
        lenc.set("y", VegaLite.channel("pdp", "quantitative", yTitle));
        lenc.set("tooltip", VegaLite.array().add(VegaLite.channel("value", "nominal", "value"))
                .add(VegaLite.channel("pdp", "quantitative", "PDP")));
        ObjectNode rug = VegaLite.object();
        rug.set("transform", VegaLite.array().add(HistorySection.filter("datum.kind === 'rug'")));
        rug.set("mark", VegaLite.object().put("type", "tick").put("color", "#444").put("opacity", 0.4)
                .put("thickness", 1).put("size", 8));
        ObjectNode renc = rug.putObject("encoding");
        renc.set("x", x.deepCopy());
        renc.set("y", VegaLite.object().put("value", 146));
        VegaLite.layer(inner, band, line, rug);
        spec.set("resolve", VegaLite.object().set("scale", VegaLite.object().put("y", "independent")));
        return spec;
    }

    private static ObjectNode twoD(ReportTable t) {
        ArrayNode rows = VegaLite.array();
        for (Map<String, Object> r : t.rows()) {
            ObjectNode o = rows.addObject();
            o.put("pair", ReportTable.str(r, "parameter_a", "?") + " × " + ReportTable.str(r, "parameter_b", "?"));
            VegaLite.put(o, "a", ReportTable.num(r, "unit_a"));
            VegaLite.put(o, "b", ReportTable.num(r, "unit_b"));
            o.put("value_a", ReportTable.str(r, "value_a", ""));
            o.put("value_b", ReportTable.str(r, "value_b", ""));
            VegaLite.put(o, "pdp", ReportTable.num(r, "pdp"));
        }
        ObjectNode spec = VegaLite.spec("2-D partial dependence", null);
        spec.putObject("data").set("values", rows);
        spec.put("columns", 3);
        spec.set("facet", VegaLite.channel("pair", "nominal", null));
        ObjectNode inner = spec.putObject("spec");
        inner.put("width", 200).put("height", 200);
        inner.set("mark", VegaLite.mark("rect"));
        ObjectNode enc = inner.putObject("encoding");
        enc.set("x", VegaLite.channel("a", "ordinal", "first parameter (unit space)")
                .set("axis", VegaLite.object().put("format", ".2f").put("labelOverlap", true)));
        enc.set("y", VegaLite.channel("b", "ordinal", "second parameter (unit space)")
                .put("sort", "descending").set("axis", VegaLite.object().put("format", ".2f").put("labelOverlap", true)));
        enc.set("color", VegaLite.channel("pdp", "quantitative", "PDP").set("scale", VegaLite.object().put("scheme", "viridis")));
        enc.set("tooltip", VegaLite.array().add(VegaLite.channel("value_a", "nominal", "first"))
                .add(VegaLite.channel("value_b", "nominal", "second")).add(VegaLite.channel("pdp", "quantitative", "PDP")));
        spec.set("resolve", VegaLite.object().set("scale", VegaLite.object().put("color", "independent")
                .put("x", "independent").put("y", "independent")));
        return spec;
    }
}

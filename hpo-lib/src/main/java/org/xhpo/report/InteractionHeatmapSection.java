package org.xhpo.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Section 6: the interaction heatmap of parameter pairs (hsic-explainable-hpo.md Fig. 4): each cell
 * is a pair, coloured by its excess over the larger single index
 * ({@code excess_over_max} = S_pair − max(S_a, S_b)), labelled with S_pair. Reads {@code hsic_interactions}
 * (the unconditional group; pairs inside conditional groups are in the table).
 */
public final class InteractionHeatmapSection implements ReportSection {
    /** The section id. */
    public static final String ID = "interactions";
    private static final String TITLE = "6 Interactions";

    @Override
    public SectionView build(ReportInput in, ReportDatasets data) {
        String how = "Each cell is a pair of parameters; red cells carry more information about the best trials together "
                + "than the stronger one alone (a pair to tune jointly), blue or white cells add nothing. The number is the "
                + "pair's index S; * marks p < 0.05.";
        var table = in.table("hsic_interactions");
        if (table.isEmpty()) {
            return SectionView.unavailable(ID, TITLE, how, "table hsic_interactions not found or empty (needs at least "
                    + "two parameters and xhpo analyze)");
        }
        boolean hasUnconditional = table.get().rows().stream().anyMatch(r -> ReportTable.str(r, "group", "").isEmpty());
        ArrayNode rows = VegaLite.array();
        for (Map<String, Object> r : table.get().rows()) {
            if (hasUnconditional && !ReportTable.str(r, "group", "").isEmpty()) {
                continue;
            }
            ObjectNode o = rows.addObject();
            o.put("a", ReportTable.str(r, "parameter_a", "?"));
            o.put("b", ReportTable.str(r, "parameter_b", "?"));
            cells(o, r);
            ObjectNode mirror = rows.addObject(); // both triangles: the matrix reads the same from either parameter
            mirror.put("a", ReportTable.str(r, "parameter_b", "?"));
            mirror.put("b", ReportTable.str(r, "parameter_a", "?"));
            cells(mirror, r);
        }
        double maxAbs = 1e-12;
        for (var r : rows) {
            maxAbs = Math.max(maxAbs, Math.abs(r.path("excess").asDouble(0)));
        }
        ObjectNode spec = VegaLite.spec("interaction heatmap", null);
        spec.putObject("data").set("values", rows);
        int n = (int) Math.ceil(Math.sqrt(rows.size())) + 1;
        spec.put("width", Math.min(700, 60 * n)).put("height", Math.min(600, 45 * n));
        ObjectNode rect = VegaLite.object();
        rect.set("mark", VegaLite.mark("rect"));
        ObjectNode enc = rect.putObject("encoding");
        enc.set("color", VegaLite.channel("excess", "quantitative", "S_pair − max(S_a, S_b)")
                .set("scale", VegaLite.object().put("scheme", "redblue").put("reverse", true)
                        .set("domain", VegaLite.array().add(-maxAbs).add(maxAbs))));
        enc.set("tooltip", VegaLite.array().add(VegaLite.channel("a", "nominal", null)).add(VegaLite.channel("b", "nominal", null))
                .add(VegaLite.channel("s_pair", "quantitative", "S pair")).add(VegaLite.channel("excess", "quantitative",
                        "excess over max")).add(VegaLite.channel("excess_over_sum", "quantitative", "excess over sum"))
                .add(VegaLite.channel("p_gamma", "quantitative", "p (Gamma)")));
        ObjectNode text = VegaLite.object();
        text.set("mark", VegaLite.mark("text").put("fontSize", 10));
        text.putObject("encoding").set("text", VegaLite.channel("label", "nominal", null));
        ObjectNode shared = spec.putObject("encoding");
        shared.set("x", VegaLite.channel("a", "nominal", "parameter"));
        shared.set("y", VegaLite.channel("b", "nominal", "parameter"));
        VegaLite.layer(spec, rect, text);
        return new SectionView(ID, TITLE, how, List.of(), List.of(new Chart(ID, spec, List.of())), "", "");
    }

    private static void cells(ObjectNode o, Map<String, Object> r) {
        VegaLite.put(o, "s_pair", ReportTable.num(r, "s_pair"));
        VegaLite.put(o, "excess", ReportTable.num(r, "excess_over_max"));
        VegaLite.put(o, "excess_over_sum", ReportTable.num(r, "excess_over_sum"));
        double p = ReportTable.num(r, "p_gamma");
        VegaLite.put(o, "p_gamma", p);
        o.put("label", String.format(java.util.Locale.ROOT, "%.2g%s", ReportTable.num(r, "s_pair"), p < 0.05 ? "*" : ""));
    }
}

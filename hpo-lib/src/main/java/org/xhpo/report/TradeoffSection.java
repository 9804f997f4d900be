package org.xhpo.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Section 7: the trade-off curves of hsic-explainable-hpo.md Fig. 9: for each cost-driving parameter,
 * its index S (and Gamma p-value) on the trials left after cutting a fraction c of its range from the
 * expensive end, against c; the chosen cut (the largest still "sufficient" one, or the table's own
 * {@code chosen} column when it has one) is a vertical rule with its cheap value. Reads {@code hsic_tradeoff}.
 */
public final class TradeoffSection implements ReportSection {
    /** The section id. */
    public static final String ID = "tradeoff";
    private static final String TITLE = "7 Cost trade-off";

    @Override
    public SectionView build(ReportInput in, ReportDatasets data) {
        String how = "For each parameter that drives cost: its importance S and p-value when the most expensive fraction c "
                + "of its range is cut away. While S stays small and the best trials are still kept (filled dots), the "
                + "expensive values were not needed; the dashed rule is the chosen cheap cut.";
        var table = in.table("hsic_tradeoff");
        if (table.isEmpty()) {
            return SectionView.unavailable(ID, TITLE, how, "table hsic_tradeoff not found or empty (set analysis.costs "
                    + "to cost-driving parameters)");
        }
        Map<String, List<Map<String, Object>>> byParam = new LinkedHashMap<>();
        table.get().rows().forEach(r -> byParam.computeIfAbsent(ReportTable.str(r, "parameter", "?"),
                k -> new ArrayList<>()).add(r));
        List<Chart> charts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (var e : byParam.entrySet()) {
            Map<String, Object> chosen = chosen(e.getValue());
            charts.add(new Chart(ID + "-" + charts.size(), spec(e.getKey(), e.getValue(), chosen), List.of()));
            if (chosen != null) {
                String end = ReportTable.str(chosen, "expensive_end", "high");
                notes.add(e.getKey() + ": cut c = " + HtmlTable.number(ReportTable.num(chosen, "cut")) + " of the "
                        + end + " end keeps " + ReportTable.str(chosen, "value_low", "?") + " … "
                        + ReportTable.str(chosen, "value_high", "?") + " (cost " + ReportTable.str(chosen, "cost", "?") + ")");
            } else {
                notes.add(e.getKey() + ": no cut keeps enough of the best trials; keep the whole range");
            }
        }
        HtmlTable t = new HtmlTable(List.of("chosen cheap range"));
        notes.forEach(n -> t.row(List.of(n)));
        return new SectionView(ID, TITLE, how, List.of(), charts, t.html(), "");
    }

    /** The row marked chosen, else the largest sufficient cut; null when none is sufficient. */
    static Map<String, Object> chosen(List<Map<String, Object>> rows) {
        for (Map<String, Object> r : rows) {
            if (ReportTable.bool(r, "chosen")) {
                return r;
            }
        }
        Map<String, Object> best = null;
        for (Map<String, Object> r : rows) {
            if (ReportTable.bool(r, "sufficient") && ReportTable.num(r, "cut") > 0
                    && (best == null || ReportTable.num(r, "cut") > ReportTable.num(best, "cut"))) {
                best = r;
            }
        }
        return best;
    }

    private static ObjectNode spec(String parameter, List<Map<String, Object>> rows, Map<String, Object> chosen) {
        ArrayNode values = VegaLite.array();
        for (Map<String, Object> r : rows) {
            ObjectNode o = values.addObject();
            VegaLite.put(o, "cut", ReportTable.num(r, "cut"));
            VegaLite.put(o, "s", ReportTable.num(r, "s"));
            VegaLite.put(o, "p_gamma", Math.max(1e-12, ReportTable.num(r, "p_gamma")));
            o.put("kept", ReportTable.bool(r, "sufficient") ? "best trials kept" : "best trials lost");
            o.put("range", ReportTable.str(r, "value_low", "?") + " … " + ReportTable.str(r, "value_high", "?"));
        }
        ObjectNode spec = VegaLite.spec("trade-off " + parameter, null);
        spec.putObject("data").set("values", values);
        spec.put("title", parameter + " (cost " + ReportTable.str(rows.get(0), "cost", "?") + ")");
        ArrayNode panels = spec.putArray("hconcat");
        panels.add(panel("s", "S of " + parameter, false, chosen));
        panels.add(panel("p_gamma", "p-value (Gamma)", true, chosen));
        return spec;
    }

    private static ObjectNode panel(String field, String title, boolean log, Map<String, Object> chosen) {
        ObjectNode p = VegaLite.object();
        p.put("width", 300).put("height", 180);
        ObjectNode line = VegaLite.object();
        line.set("mark", VegaLite.mark("line").put("point", false).put("color", "#607d8b"));
        ObjectNode dots = VegaLite.object();
        dots.set("mark", VegaLite.mark("point").put("filled", true).put("size", 50));
        dots.putObject("encoding").set("color", VegaLite.channel("kept", "nominal", null).set("scale", VegaLite.scale(
                VegaLite.array().add("best trials kept").add("best trials lost"), VegaLite.array().add("#2e7d32").add("#c62828"))));
        ObjectNode enc = VegaLite.object();
        enc.set("x", VegaLite.channel("cut", "quantitative", "cut c (fraction of the range removed)"));
        enc.set("y", VegaLite.channel(field, "quantitative", title)
                .set("scale", VegaLite.object().put("type", log ? "log" : "linear")));
        enc.set("tooltip", VegaLite.array().add(VegaLite.channel("cut", "quantitative", "c"))
                .add(VegaLite.channel("range", "nominal", "range kept")).add(VegaLite.channel(field, "quantitative", title)));
        line.set("encoding", enc.deepCopy());
        ((ObjectNode) dots.get("encoding")).setAll(enc);
        List<ObjectNode> layers = new ArrayList<>(List.of(line, dots));
        if (chosen != null) {
            ObjectNode rule = VegaLite.object();
            rule.set("mark", VegaLite.mark("rule").<ObjectNode>set("strokeDash", VegaLite.array().add(4).add(3))
                    .put("color", "black"));
            rule.putObject("encoding").set("x", VegaLite.object()
                    .put("datum", VegaLite.round(ReportTable.num(chosen, "cut"))).put("type", "quantitative"));
            layers.add(rule);
        }
        VegaLite.layer(p, layers.toArray(new ObjectNode[0]));
        return p;
    }
}

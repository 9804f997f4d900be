package org.xhpo.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Section 3: parallel coordinates of the finished trials in unit space (every parameter on [0, 1]),
 * coloured by value; the best p% are drawn on top, opaque and thicker.
 */
public final class ParallelCoordinatesSection implements ReportSection {
    /** The section id. */
    public static final String ID = "parallel";
    private static final String TITLE = "3 Parallel coordinates";

    @Override
    public SectionView build(ReportInput in, ReportDatasets data) {
        long pct = Math.round(in.bestFraction() * 100);
        String how = "One line per finished trial through its unit-space values (0 = low end, 1 = high end of each "
                + "parameter's range; categoricals own equal cells); the best " + pct + "% are bold. Where the bold lines "
                + "bunch, the parameter matters; where they spread over the whole axis, it does not.";
        if (in.okTrials().isEmpty() || in.parameters().isEmpty()) {
            return SectionView.unavailable(ID, TITLE, how, "no finished trials with unit-space values");
        }
        ArrayNode fold = VegaLite.array();
        ArrayNode order = VegaLite.array();
        for (String p : in.parameters()) {
            fold.add(VegaLite.field(ReportDatasets.unitField(p)));
            order.add(p);
        }
        ObjectNode spec = VegaLite.spec("parallel coordinates", ReportDatasets.TRIALS);
        spec.put("width", Math.max(420, 90 * in.parameters().size())).put("height", 300);
        spec.set("transform", VegaLite.array()
                .add(HistorySection.filter("datum.status === 'ok'"))
                .add(VegaLite.object().<ObjectNode>set("fold", fold).set("as", VegaLite.array().add("key").add("unit")))
                .add(VegaLite.object().put("calculate", "substring(datum.key, 2)").put("as", "parameter")));
        boolean minimize = in.direction() == org.xhpo.study.Direction.MINIMIZE;
        VegaLite.layer(spec, lines(order, in.objective(), minimize, false), lines(order, in.objective(), minimize, true));
        return new SectionView(ID, TITLE, how, HistorySection.sampledWarning(in),
                List.of(new Chart(ID, spec, List.of(ReportDatasets.TRIALS))), "", "");
    }

    private static ObjectNode lines(ArrayNode order, String objective, boolean minimize, boolean top) {
        ObjectNode layer = VegaLite.object();
        if (top) {
            layer.set("transform", VegaLite.array().add(HistorySection.filter("datum.top")));
        }
        layer.set("mark", VegaLite.mark("line").put("strokeWidth", top ? 2.2 : 1).put("opacity", top ? 0.95 : 0.18));
        ObjectNode enc = layer.putObject("encoding");
        enc.set("x", VegaLite.channel("parameter", "nominal", null).set("sort", order));
        enc.set("y", VegaLite.channel("unit", "quantitative", "unit-space value")
                .set("scale", VegaLite.object().set("domain", VegaLite.array().add(0).add(1))));
        enc.set("detail", VegaLite.channel("id", "nominal", null));
        ObjectNode color = VegaLite.channel("value", "quantitative", objective);
        color.set("scale", VegaLite.object().put("scheme", "viridis").put("reverse", minimize));
        enc.set("color", color);
        enc.set("tooltip", VegaLite.array().add(VegaLite.channel("id", "quantitative", "trial"))
                .add(VegaLite.channel("value", "quantitative", objective)));
        return layer;
    }
}

package org.xhpo.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Section 5: histograms of U_i given Z = 1 (the best p% of trials) against U_i (all trials) for the
 * important parameters, as in hsic-explainable-hpo.md Fig. 7 and Fig. 8b–c. Z is computed on the
 * trials where the parameter is active, with the threshold recomputed there (P3 of the seed).
 */
public final class ConditionalHistogramSection implements ReportSection {
    /** The section id. */
    public static final String ID = "histograms";
    /** Bins on [0, 1]. */
    static final int BINS = 10;
    /** Most parameters shown. */
    static final int MAX_PARAMETERS = 6;
    private static final String TITLE = "5 Where the best trials are";

    @Override
    public SectionView build(ReportInput in, ReportDatasets data) {
        long pct = Math.round(in.bestFraction() * 100);
        String how = "For each important parameter (HSIC, best " + pct + "%), the density of its unit-space values over "
                + "all trials (grey) and over the best " + pct + "% (orange): where orange rises above grey, good values "
                + "live; a flat orange bar means the parameter does not matter.";
        var hsic = in.table("hsic_importance");
        if (hsic.isEmpty()) {
            return SectionView.unavailable(ID, TITLE, how, "table hsic_importance not found (run xhpo analyze)");
        }
        if (in.okTrials().isEmpty()) {
            return SectionView.unavailable(ID, TITLE, how, "the trials are not available");
        }
        List<String> params = important(hsic.get(), in.parameters());
        ArrayNode rows = VegaLite.array();
        for (String p : params) {
            addHistograms(rows, p, in);
        }
        if (rows.isEmpty()) {
            return SectionView.unavailable(ID, TITLE, how, "no unit-space values for " + params);
        }
        ObjectNode spec = VegaLite.spec("conditional histograms", null);
        spec.putObject("data").set("values", rows);
        spec.put("columns", 3);
        spec.set("facet", VegaLite.channel("parameter", "nominal", null).set("sort", VegaLite.array().addAll(
                params.stream().map(com.fasterxml.jackson.databind.node.TextNode::valueOf).toList())));
        ObjectNode inner = spec.putObject("spec");
        inner.put("width", 220).put("height", 140);
        inner.set("mark", VegaLite.mark("rect").put("opacity", 0.55));
        ObjectNode enc = inner.putObject("encoding");
        enc.set("x", VegaLite.channel("low", "quantitative", "unit-space value")
                .set("scale", VegaLite.object().set("domain", VegaLite.array().add(0).add(1))));
        enc.set("x2", VegaLite.object().put("field", "high"));
        enc.set("y", VegaLite.channel("density", "quantitative", "density"));
        enc.set("y2", VegaLite.object().put("datum", 0));
        enc.set("color", VegaLite.channel("trials", "nominal", null).set("scale", VegaLite.scale(
                VegaLite.array().add("all trials").add("best " + pct + "%"), VegaLite.array().add("#9e9e9e").add("#ff7f0e"))));
        return new SectionView(ID, TITLE, how, List.of(), List.of(new Chart(ID, spec, List.of())), "", "");
    }

    /** Significant parameters of the best target by S, else the three largest S; at most six. */
    static List<String> important(ReportTable hsic, List<String> known) {
        List<Map<String, Object>> best = new ArrayList<>(hsic.rows().stream()
                .filter(r -> "best".equals(ReportTable.str(r, "target", "best")))
                .filter(r -> known.isEmpty() || known.contains(ReportTable.str(r, "parameter", ""))).toList());
        best.sort(Comparator.comparingDouble((Map<String, Object> r) -> -ReportTable.num(r, "s")));
        List<String> sig = best.stream().filter(r -> ReportTable.bool(r, "significant"))
                .map(r -> ReportTable.str(r, "parameter", "")).distinct().limit(MAX_PARAMETERS).toList();
        return !sig.isEmpty() ? sig : best.stream().map(r -> ReportTable.str(r, "parameter", "")).distinct().limit(3).toList();
    }

    /** Densities of the parameter's unit values over all trials where it is active and over their best p%. */
    static void addHistograms(ArrayNode rows, String p, ReportInput in) {
        List<double[]> pairs = new ArrayList<>(); // {unit value, loss}
        for (ReportTrial t : in.okTrials()) {
            Double u = t.unit().get(p);
            if (u != null) {
                pairs.add(new double[] {u, in.direction().asLoss(t.value())});
            }
        }
        if (pairs.size() < 2) {
            return;
        }
        double threshold = ReportDatasets.topThreshold(pairs.stream().mapToDouble(a -> a[1]).toArray(), in.bestFraction());
        int[] all = new int[BINS];
        int[] top = new int[BINS];
        int nTop = 0;
        for (double[] a : pairs) {
            int b = Math.min(BINS - 1, Math.max(0, (int) Math.floor(a[0] * BINS)));
            all[b]++;
            if (a[1] <= threshold) {
                top[b]++;
                nTop++;
            }
        }
        String topLabel = "best " + Math.round(in.bestFraction() * 100) + "%";
        for (int b = 0; b < BINS; b++) {
            row(rows, p, b, "all trials", all[b] * (double) BINS / pairs.size());
            row(rows, p, b, topLabel, top[b] * (double) BINS / nTop);
        }
    }

    private static void row(ArrayNode rows, String p, int bin, String which, double density) {
        ObjectNode o = rows.addObject();
        o.put("parameter", p);
        VegaLite.put(o, "low", (double) bin / BINS);
        VegaLite.put(o, "high", (double) (bin + 1) / BINS);
        o.put("trials", which);
        VegaLite.put(o, "density", density);
    }
}

package org.xhpo.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Section 10: the objective against each cost (metrics {@code params}, {@code flops},
 * {@code train_seconds}, the analysis' {@code costs}, and each trial's {@code duration_s}), with
 * the Pareto front (no other trial is both cheaper and better) marked.
 */
public final class CostSection implements ReportSection {
    /** The section id. */
    public static final String ID = "cost";
    /** Metric names that are costs whenever a trial reports them. */
    static final List<String> KNOWN_COSTS = List.of("params", "flops", "train_seconds");
    private static final String TITLE = "10 Cost";
    /**
     * Durations are stored to the millisecond (start and end times), so when every trial took less than this
     * they are a few clock ticks apart and charting them would show timer noise as a cost.
     */
    static final double UNRESOLVED_DURATION_S = 0.01;
    static final String UNRESOLVED_DURATION_NOTE = "duration_s not charted: every trial took under 10 ms, within a "
            + "few ticks of the millisecond clock that times it";

    @Override
    public SectionView build(ReportInput in, ReportDatasets data) {
        String how = "Each dot is a finished trial, its value against a cost; red dots joined by the line are the Pareto "
                + "front: no other trial is both cheaper and better. The front's knee is usually the configuration to pick.";
        if (in.okTrials().isEmpty()) {
            return SectionView.unavailable(ID, TITLE, how, "no trial finished ok");
        }
        List<Chart> charts = new ArrayList<>();
        List<String> notes = new ArrayList<>(HistorySection.sampledWarning(in));
        boolean unresolvedDuration = false;
        for (String cost : costs(in)) {
            List<double[]> points = new ArrayList<>(); // {cost, value, loss, id}
            for (ReportTrial t : in.okTrials()) {
                double c = costOf(t, cost);
                if (Double.isFinite(c)) {
                    points.add(new double[] {c, t.value(), in.direction().asLoss(t.value()), t.id()});
                }
            }
            if (cost.equals("duration_s") && points.stream().allMatch(p -> p[0] < UNRESOLVED_DURATION_S)) {
                unresolvedDuration = true;
                notes.add(UNRESOLVED_DURATION_NOTE);
            } else if (points.size() >= 2) {
                charts.add(new Chart(ID + "-" + charts.size(), spec(cost, points, in), List.of()));
            }
        }
        if (charts.isEmpty()) {
            return SectionView.unavailable(ID, TITLE, how, unresolvedDuration
                    ? UNRESOLVED_DURATION_NOTE + "; no other cost recorded (params, flops, train_seconds, analysis.costs)"
                    : "no cost recorded: the trials have no params, flops, train_seconds or duration, and "
                    + "analysis.costs is empty");
        }
        return new SectionView(ID, TITLE, how, notes, charts, "", "");
    }

    /** The costs shown: the analysis' costs, the known cost metrics present, and duration_s. */
    static List<String> costs(ReportInput in) {
        Set<String> out = new LinkedHashSet<>();
        in.analysisMeta().path("settings").path("costs").forEach(c -> out.add(c.asText()));
        List<String> metrics = ReportDatasets.metricNames(in);
        KNOWN_COSTS.stream().filter(metrics::contains).forEach(out::add);
        if (in.trials().stream().anyMatch(t -> t.durationSeconds() != null)) {
            out.add("duration_s");
        }
        return new ArrayList<>(out);
    }

    private static double costOf(ReportTrial t, String cost) {
        if (cost.equals("duration_s")) {
            return t.durationSeconds() == null ? Double.NaN : t.durationSeconds();
        }
        Double m = t.metrics().get(cost);
        if (m != null) {
            return m;
        }
        return t.params().get(cost) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /**
     * Marks the Pareto front of (cost, loss), both minimized: sorted by cost (ties by loss), a point is on the
     * front when its loss is below every cheaper point's.
     */
    static boolean[] paretoFront(List<double[]> points) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> points.get(i)[0]).thenComparingDouble(i -> points.get(i)[2]));
        boolean[] front = new boolean[points.size()];
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int i : order) {
            if (points.get(i)[2] < bestLoss) {
                front[i] = true;
                bestLoss = points.get(i)[2];
            }
        }
        return front;
    }

    private static ObjectNode spec(String cost, List<double[]> points, ReportInput in) {
        boolean[] front = paretoFront(points);
        ArrayNode rows = VegaLite.array();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            ObjectNode o = rows.addObject();
            o.put("id", (long) points.get(i)[3]);
            VegaLite.put(o, "cost", points.get(i)[0]);
            VegaLite.put(o, "value", points.get(i)[1]);
            o.put("front", front[i] ? "Pareto front" : "other trials");
            min = Math.min(min, points.get(i)[0]);
            max = Math.max(max, points.get(i)[0]);
        }
        boolean log = min > 0 && max / min > 100;
        ObjectNode spec = VegaLite.spec("cost " + cost, null);
        spec.putObject("data").set("values", rows);
        spec.put("width", 420).put("height", 240);
        spec.put("title", in.objective() + " against " + cost);
        ObjectNode x = VegaLite.channel("cost", "quantitative", cost)
                .set("scale", log ? VegaLite.object().put("type", "log") : VegaLite.object().put("zero", false));
        ObjectNode y = VegaLite.channel("value", "quantitative", in.objective())
                .set("scale", VegaLite.object().put("zero", false));
        ObjectNode dots = VegaLite.object();
        dots.set("mark", VegaLite.mark("point").put("filled", true));
        ObjectNode denc = dots.putObject("encoding");
        denc.set("x", x.deepCopy());
        denc.set("y", y.deepCopy());
        denc.set("color", VegaLite.channel("front", "nominal", null).set("scale", VegaLite.scale(
                VegaLite.array().add("Pareto front").add("other trials"), VegaLite.array().add("#d62728").add("#b0bec5"))));
        denc.set("size", VegaLite.object().put("value", 18).set("condition", VegaLite.object()
                .put("test", "datum.front === 'Pareto front'").put("value", 60)));
        denc.set("tooltip", VegaLite.array().add(VegaLite.channel("id", "quantitative", "trial"))
                .add(VegaLite.channel("cost", "quantitative", cost)).add(VegaLite.channel("value", "quantitative", "value")));
        ObjectNode line = VegaLite.object();
        line.set("transform", VegaLite.array().add(HistorySection.filter("datum.front === 'Pareto front'")));
        line.set("mark", VegaLite.mark("line").put("color", "#d62728").put("interpolate", "step-after"));
        ObjectNode lenc = line.putObject("encoding");
        lenc.set("x", x.deepCopy());
        lenc.set("y", y.deepCopy());
        lenc.set("order", VegaLite.channel("cost", "quantitative", null));
        VegaLite.layer(spec, dots, line);
        return spec;
    }
}

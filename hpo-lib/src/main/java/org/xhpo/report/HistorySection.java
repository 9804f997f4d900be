package org.xhpo.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * Section 2: each trial's value and the best value so far against the trial id, coloured by stage
 * (sampler) when the study had several, else by round; failed trials are red rules.
 */
public final class HistorySection implements ReportSection {
    /** The section id. */
    public static final String ID = "history";
    private static final String TITLE = "2 History";

    @Override
    public SectionView build(ReportInput in, ReportDatasets data) {
        String how = "Each dot is a finished trial (value against trial id), the black step line the best value so far; "
                + "red vertical lines mark failed or timed-out trials. A curve that still falls at the right end means "
                + "the budget was too small.";
        List<ReportTrial> ok = in.okTrials();
        if (ok.isEmpty()) {
            return SectionView.unavailable(ID, TITLE, how, "no trial finished ok");
        }
        ObjectNode spec = VegaLite.spec("history", ReportDatasets.TRIALS);
        spec.put("width", 700).put("height", 300);
        spec.put("title", in.objective() + " by trial (" + in.direction().label() + ")");
        boolean log = logScale(ok);

        ObjectNode points = VegaLite.object();
        points.set("transform", VegaLite.array().add(filter("datum.status === 'ok'")));
        points.set("mark", VegaLite.mark("point").put("filled", true).put("size", 28).put("opacity", 0.8));
        ObjectNode enc = points.putObject("encoding");
        enc.set("x", VegaLite.channel("id", "quantitative", "trial id"));
        enc.set("y", yChannel("value", in.objective(), log));
        long stages = in.trials().stream().map(ReportTrial::sampler).filter(Objects::nonNull).distinct().count();
        boolean rounds = in.trials().stream().anyMatch(t -> t.round() != null);
        if (stages > 1) {
            enc.set("color", VegaLite.channel("stage", "nominal", "stage (sampler)"));
        } else if (rounds) {
            enc.set("color", VegaLite.channel("round", "quantitative", "round")
                    .set("scale", VegaLite.object().put("scheme", "viridis")));
        }
        enc.set("tooltip", VegaLite.array().add(VegaLite.channel("id", "quantitative", "trial"))
                .add(VegaLite.channel("value", "quantitative", in.objective())));

        ObjectNode best = VegaLite.object();
        best.set("transform", VegaLite.array().add(filter("datum.status === 'ok'")));
        best.set("mark", VegaLite.mark("line").put("interpolate", "step-after").put("color", "black"));
        ObjectNode benc = best.putObject("encoding");
        benc.set("x", VegaLite.channel("id", "quantitative", null));
        benc.set("y", yChannel("best", null, log));

        ObjectNode failed = VegaLite.object();
        failed.set("transform", VegaLite.array().add(filter("datum.status !== 'ok'")));
        failed.set("mark", VegaLite.mark("rule").put("color", "#d62728").put("opacity", 0.5));
        ObjectNode fenc = failed.putObject("encoding");
        fenc.set("x", VegaLite.channel("id", "quantitative", null));
        fenc.set("tooltip", VegaLite.array().add(VegaLite.channel("id", "quantitative", "failed trial"))
                .add(VegaLite.channel("status", "nominal", "status")));

        long nFailed = in.trials().size() - ok.size();
        if (nFailed > 0) {
            VegaLite.layer(spec, points, best, failed);
        } else {
            VegaLite.layer(spec, points, best);
        }
        String title = TITLE + (nFailed > 0 ? " (" + nFailed + " failed)" : "");
        return new SectionView(ID, title, how, sampledWarning(in), List.of(new Chart(ID, spec,
                List.of(ReportDatasets.TRIALS))), "", "");
    }

    /** A log axis when every value is positive and they span more than two decades. */
    static boolean logScale(List<ReportTrial> ok) {
        double min = ok.stream().mapToDouble(ReportTrial::value).min().orElse(1);
        double max = ok.stream().mapToDouble(ReportTrial::value).max().orElse(1);
        return min > 0 && max / min > 100;
    }

    private static ObjectNode yChannel(String field, String title, boolean log) {
        ObjectNode y = VegaLite.channel(field, "quantitative", title);
        y.set("scale", log ? VegaLite.object().put("type", "log") : VegaLite.object().put("zero", false));
        return y;
    }

    static ObjectNode filter(String expression) {
        return VegaLite.object().put("filter", expression);
    }

    static List<String> sampledWarning(ReportInput in) {
        return in.sampled() ? List.of("Shows a sample of " + in.trials().size() + " of the study's " + in.trialsTotal()
                + " trials (the best ones always included).") : List.of();
    }
}

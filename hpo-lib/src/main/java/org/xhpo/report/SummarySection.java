package org.xhpo.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Section 1: the best trial and its parameters, the budget used, failures by status, the sampler
 * and its stages, wall time and provenance (study.json, analysis.json).
 */
public final class SummarySection implements ReportSection {
    /** The section id. */
    public static final String ID = "summary";

    @Override
    public SectionView build(ReportInput in, ReportDatasets data) {
        String how = "The study at a glance: the best trial and its parameters, how many trials ran and failed, "
                + "which sampler proposed them, how long it took and where the numbers came from.";
        HtmlTable facts = new HtmlTable(List.of("", ""));
        facts.row(List.of("study", in.study() + (in.imported() ? " (imported: " + in.analysisMeta().path("source")
                .asText("external table") + ")" : "")));
        facts.row(List.of("objective", in.objective() + " (" + in.direction().label() + ")"));
        in.best().ifPresentOrElse(
                b -> facts.row(List.of("best trial", "#" + b.id() + ": " + HtmlTable.number(b.value()))),
                () -> facts.row(List.of("best trial", "none finished ok")));
        Map<String, Integer> byStatus = new TreeMap<>();
        in.trials().forEach(t -> byStatus.merge(t.status(), 1, Integer::sum));
        facts.row(List.of("trials", in.trialsTotal() + (in.sampled() ? " (" + in.trials().size() + " shown, a sample)" : "")
                + budget(in)));
        facts.row(List.of("by status", byStatus.toString().replaceAll("[{}]", "").replace("=", ": ")));
        facts.row(List.of("sampler (stages)", stages(in)));
        facts.row(List.of("wall time", wallTime(in)));
        facts.row(List.of("study seed", in.studyMeta().path("seed").asText("—")));
        facts.row(List.of("provenance", provenance(in)));
        HtmlTable best = new HtmlTable(List.of("parameter", "best trial's value"));
        in.best().ifPresent(b -> in.parameters().forEach(p -> best.row(List.of(p,
                b.params().containsKey(p) ? String.valueOf(b.params().get(p)) : "(inactive)"))));
        String html = facts.html() + (best.size() > 0 ? "<h3>Parameters of the best trial</h3>" + best.html() : "");
        return new SectionView(ID, "1 Summary", how, List.of(), List.of(), html, "");
    }

    private static String budget(ReportInput in) {
        JsonNode b = in.studyMeta().path("budget");
        JsonNode trials = b.isObject() ? b.path("trials") : b;
        return trials.isNumber() ? " of a budget of " + trials.asLong() : "";
    }

    /** Each sampler that proposed trials, with its trial count and round range. */
    private static String stages(ReportInput in) {
        Map<String, int[]> s = new java.util.LinkedHashMap<>();
        for (ReportTrial t : in.trials()) {
            if (t.sampler() == null) {
                continue;
            }
            int r = t.round() == null ? -1 : t.round();
            int[] a = s.computeIfAbsent(t.sampler(), k -> new int[] {0, Integer.MAX_VALUE, Integer.MIN_VALUE});
            a[0]++;
            a[1] = Math.min(a[1], r);
            a[2] = Math.max(a[2], r);
        }
        if (s.isEmpty()) {
            return in.imported() ? "not recorded (imported study)" : "not recorded";
        }
        List<String> parts = new ArrayList<>();
        s.forEach((k, a) -> parts.add(k + ": " + a[0] + " trials" + (a[1] >= 0 ? ", rounds " + a[1] + "–" + a[2] : "")));
        return String.join("; ", parts);
    }

    private static String wallTime(ReportInput in) {
        Instant first = null;
        Instant last = null;
        double busy = 0;
        for (ReportTrial t : in.trials()) {
            try {
                if (t.start() != null) {
                    Instant s = Instant.parse(t.start());
                    first = first == null || s.isBefore(first) ? s : first;
                }
                if (t.end() != null) {
                    Instant e = Instant.parse(t.end());
                    last = last == null || e.isAfter(last) ? e : last;
                }
            } catch (java.time.format.DateTimeParseException e) {
                // a malformed time is left out of the span
            }
            busy += t.durationSeconds() == null ? 0 : t.durationSeconds();
        }
        if (first == null || last == null) {
            return busy > 0 ? HtmlTable.number(busy) + " s of trial time" : "not recorded";
        }
        double span = Duration.between(first, last).toMillis() / 1000.0;
        return HtmlTable.number(span) + " s from first start to last end (" + first + " – " + last + "), "
                + HtmlTable.number(busy) + " s of trial time";
    }

    private static String provenance(ReportInput in) {
        List<String> p = new ArrayList<>();
        JsonNode s = in.studyMeta();
        if (!s.isMissingNode()) {
            p.add("study created " + s.path("created").asText("?") + " (Java " + s.path("java_version").asText("?")
                    + ", " + s.path("os").asText("?") + ", Spark " + s.path("spark_version").asText("?") + ")");
        }
        JsonNode a = in.analysisMeta();
        if (!a.isMissingNode()) {
            p.add("analysis " + a.path("created").asText("?") + " of " + a.path("trials_analyzed").asText("?") + " trials"
                    + ", analysis seed " + a.path("seed").asText("?"));
        } else {
            p.add("no analysis.json (analysis not run)");
        }
        return String.join("; ", p);
    }
}

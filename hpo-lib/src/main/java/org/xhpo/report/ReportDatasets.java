package org.xhpo.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The data embedded once in the page and shared by the charts that read it. The {@code trials}
 * dataset has one row per trial, in id order: {@code id}, {@code round}, {@code stage} (sampler),
 * {@code status}, {@code value}, {@code best} (best value so far), {@code top} (in the best p%),
 * {@code u_NAME} (unit value), {@code p_NAME} (native value) and {@code m_METRIC} per metric.
 */
public final class ReportDatasets {
    /** The name of the trials dataset. */
    public static final String TRIALS = "trials";
    private final Map<String, ArrayNode> sets = new LinkedHashMap<>();

    /** Builds the shared datasets of a study. */
    public static ReportDatasets of(ReportInput in) {
        ReportDatasets d = new ReportDatasets();
        d.add(TRIALS, trialRows(in));
        return d;
    }

    /** Adds a dataset; names are unique on a page. */
    public void add(String name, ArrayNode rows) {
        if (sets.putIfAbsent(name, rows) != null) {
            throw new IllegalArgumentException("dataset '" + name + "' is already on the page");
        }
    }

    /** A dataset by name. */
    public ArrayNode get(String name) {
        ArrayNode a = sets.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no dataset '" + name + "'; have " + sets.keySet());
        }
        return a;
    }

    /** Every dataset, in the order added. */
    public Map<String, ArrayNode> all() {
        return Collections.unmodifiableMap(sets);
    }

    /** The unit-value field of a parameter in the trials dataset. */
    public static String unitField(String parameter) {
        return "u_" + parameter;
    }

    /** The native-value field of a parameter in the trials dataset. */
    public static String paramField(String parameter) {
        return "p_" + parameter;
    }

    /** The field of a metric in the trials dataset. */
    public static String metricField(String metric) {
        return "m_" + metric;
    }

    /** The metric names that appear in any trial, sorted. */
    public static List<String> metricNames(ReportInput in) {
        TreeSet<String> names = new TreeSet<>();
        in.trials().forEach(t -> names.addAll(t.metrics().keySet()));
        return new ArrayList<>(names);
    }

    /**
     * The loss threshold of the best fraction p among the given values: numpy's
     * {@code quantile(losses, p, method='lower')}, as the analysis computes Z (hsic-explainable-hpo.md, §3).
     */
    public static double topThreshold(double[] losses, double p) {
        double[] s = losses.clone();
        Arrays.sort(s);
        return s[(int) Math.floor(p * (s.length - 1))];
    }

    private static ArrayNode trialRows(ReportInput in) {
        List<ReportTrial> ordered = new ArrayList<>(in.trials());
        ordered.sort(Comparator.comparingLong(ReportTrial::id));
        double[] losses = in.okTrials().stream().mapToDouble(t -> in.direction().asLoss(t.value())).toArray();
        double threshold = losses.length == 0 ? Double.NaN : topThreshold(losses, in.bestFraction());
        List<String> metrics = metricNames(in);
        ArrayNode rows = VegaLite.array();
        Double best = null;
        for (ReportTrial t : ordered) {
            ObjectNode r = rows.addObject();
            r.put("id", t.id());
            if (t.round() != null) {
                r.put("round", t.round());
            }
            if (t.sampler() != null) {
                r.put("stage", t.sampler());
            }
            r.put("status", t.status());
            if (t.ok() && (best == null || in.direction().better(t.value(), best))) {
                best = t.value();
            }
            VegaLite.put(r, "value", t.value());
            VegaLite.put(r, "best", best);
            r.put("top", t.ok() && in.direction().asLoss(t.value()) <= threshold);
            for (String p : in.parameters()) {
                Double u = t.unit().get(p);
                if (u != null) {
                    VegaLite.put(r, unitField(p), u);
                }
                Object v = t.params().get(p);
                if (v != null) {
                    VegaLite.putCell(r, paramField(p), v);
                }
            }
            for (String m : metrics) {
                Double v = t.metrics().get(m);
                if (v != null) {
                    VegaLite.put(r, metricField(m), v);
                }
            }
            if (t.durationSeconds() != null) {
                VegaLite.put(r, "duration_s", t.durationSeconds());
            }
        }
        return rows;
    }
}

package org.xhpo.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Section 11: the recommendations table (action, range and the evidence behind it) and, when the
 * study used a guided sampler, its {@code search_decisions} table. Columns are shown as the tables
 * have them (without {@code study}), so columns added later appear without a change here.
 */
public final class RecommendationsSection implements ReportSection {
    /** The section id. */
    public static final String ID = "recommendations";
    /** Most search decisions listed. */
    static final int MAX_DECISIONS = 200;
    private static final String TITLE = "11 Recommendations";

    /** Text columns that hold the user's values, whose decimals are shown as numbers are elsewhere. */
    private static final Set<String> VALUE_COLUMNS = Set.of("value_low", "value_high", "values", "fix_value");
    /** A decimal literal standing alone (not part of a name such as {@code x1}). */
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\w.])-?\\d+\\.\\d+(?:[eE][-+]?\\d+)?(?![\\w.])");

    @Override
    public SectionView build(ReportInput in, ReportDatasets data) {
        String how = "What to do with each parameter in the next sweep: tune it in the given range or fix it, and which "
                + "methods (HSIC, PDP, SHAP) support that; below, the decisions a guided sampler took, if it was used.";
        var rec = in.table("recommendations");
        var decisions = in.table("search_decisions");
        if (rec.isEmpty() && decisions.isEmpty()) {
            return SectionView.unavailable(ID, TITLE, how, "table recommendations not found (run xhpo analyze)");
        }
        StringBuilder html = new StringBuilder();
        if (rec.isPresent()) {
            html.append(table(rec.get(), Integer.MAX_VALUE));
        } else {
            html.append("<p class=\"unavailable\">not available: table recommendations not found</p>");
        }
        if (decisions.isPresent()) {
            int n = decisions.get().rows().size();
            html.append("<h3>Search decisions (").append(n).append(n > MAX_DECISIONS ? ", first " + MAX_DECISIONS : "")
                    .append(")</h3>").append(table(decisions.get(), MAX_DECISIONS));
        } else {
            html.append("<p class=\"unavailable\">No search decisions: the study did not use a guided sampler "
                    + "(table search_decisions not present).</p>");
        }
        return new SectionView(ID, TITLE, how, List.of(), List.of(), html.toString(), "");
    }

    /**
     * Every column but {@code study} that has a value in one of the rows shown, in the table's order; at
     * most {@code max} rows. A column empty in every row (a range when every parameter is tuned over
     * regions, a fixed value when none is fixed) says nothing and only widens the table.
     */
    static String table(ReportTable t, int max) {
        List<Map<String, Object>> shown = t.rows().subList(0, Math.min(max, t.rows().size()));
        Set<String> cols = new LinkedHashSet<>();
        t.rows().forEach(r -> cols.addAll(r.keySet()));
        cols.remove("study");
        cols.remove("regions"); // the typed unit boxes behind `values`, for xhpo refine; `values` says them in words
        cols.removeIf(c -> shown.stream().allMatch(r -> r.get(c) == null || r.get(c).toString().isEmpty()));
        HtmlTable h = new HtmlTable(new ArrayList<>(cols));
        for (Map<String, Object> r : shown) {
            List<String> cells = new ArrayList<>();
            for (String c : cols) {
                Object v = r.get(c);
                cells.add(v instanceof Double || v instanceof Float ? HtmlTable.number(((Number) v).doubleValue())
                        : v == null ? "" : VALUE_COLUMNS.contains(c) ? shortNumbers(v.toString()) : v.toString());
            }
            h.row(cells);
        }
        return h.html();
    }

    /**
     * The text with every decimal literal shown to six significant digits, as the table's numeric cells
     * are ({@link HtmlTable#number}): {@code [-3.4143887514956894, 2.17]} → {@code [-3.41439, 2.17]}. The
     * recommendations table keeps the full values; only the page shortens them.
     */
    static String shortNumbers(String text) {
        return DECIMAL.matcher(text).replaceAll(m -> HtmlTable.number(Double.parseDouble(m.group())));
    }
}

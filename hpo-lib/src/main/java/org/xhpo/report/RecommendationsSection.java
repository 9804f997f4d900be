package org.xhpo.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
                        : v == null ? "" : v.toString());
            }
            h.row(cells);
        }
        return h.html();
    }
}

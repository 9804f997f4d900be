package org.xhpo.report;

import java.util.ArrayList;
import java.util.List;

/** A plain HTML table built from text cells, every cell escaped. */
public final class HtmlTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these column headings. */
    public HtmlTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** Adds a row; it must have one cell per heading. */
    public HtmlTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, the table " + header.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** Number of rows added. */
    public int size() {
        return rows.size();
    }

    /**
     * The table as HTML, in a box that scrolls sideways when the table is wider than the page (the
     * report's {@code .table-wrap}), so a wide table never makes the whole page scroll.
     */
    public String html() {
        StringBuilder b = new StringBuilder("<div class=\"table-wrap\"><table><thead><tr>");
        header.forEach(h -> b.append("<th>").append(escape(h)).append("</th>"));
        b.append("</tr></thead><tbody>");
        for (List<String> r : rows) {
            b.append("<tr>");
            r.forEach(c -> b.append("<td>").append(escape(c)).append("</td>"));
            b.append("</tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A number for a table cell: six significant digits, "—" when not finite. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(VegaLite.round(v));
    }
}

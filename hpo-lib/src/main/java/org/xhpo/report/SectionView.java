package org.xhpo.report;

import java.util.List;
import java.util.Objects;

/**
 * One section of the report as built from the data: its charts (Vega-Lite specs), an optional
 * HTML table, warnings about weak models, or the reason it is not available.
 *
 * @param id anchor and test handle ({@code history}, {@code hsic}, …)
 * @param title the heading
 * @param howToRead one sentence: what the section shows and how to read it
 * @param warnings visible warnings (e.g. "do not trust this PDP")
 * @param charts the charts, in page order
 * @param tableHtml an escaped HTML fragment (a table), or "" for none
 * @param unavailable why the section has no content ("" when it has)
 */
public record SectionView(String id, String title, String howToRead, List<String> warnings, List<Chart> charts,
                          String tableHtml, String unavailable) {
    /** Validates and copies. */
    public SectionView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(howToRead, "howToRead");
        warnings = List.copyOf(warnings);
        charts = List.copyOf(charts);
        tableHtml = tableHtml == null ? "" : tableHtml;
        unavailable = unavailable == null ? "" : unavailable;
        if (unavailable.isEmpty() && charts.isEmpty() && tableHtml.isEmpty()) {
            throw new IllegalArgumentException("section " + id + ": needs charts, a table or an 'unavailable' reason");
        }
    }

    /** A section that has no content, with the reason. */
    public static SectionView unavailable(String id, String title, String howToRead, String reason) {
        return new SectionView(id, title, howToRead, List.of(), List.of(), "", reason);
    }

    /** Whether the section shows data. */
    public boolean available() {
        return unavailable.isEmpty();
    }
}

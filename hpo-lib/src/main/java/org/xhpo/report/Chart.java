package org.xhpo.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * One Vega-Lite chart of a section. Its data is either inline in the spec or one of the page's
 * shared datasets ({@code "data": {"name": …}}), named in {@code datasets} so the page hands it in.
 *
 * @param id unique on the page (section id + suffix)
 * @param spec the Vega-Lite spec
 * @param datasets names of shared datasets the spec reads
 */
public record Chart(String id, ObjectNode spec, List<String> datasets) {
    /** Validates and copies. */
    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        datasets = List.copyOf(datasets);
    }
}

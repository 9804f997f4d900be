package org.xhpo.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a study's report as one self-contained HTML page: the template {@code report.html}, the
 * vendored Vega, Vega-Lite and vega-embed builds inlined, the shared datasets and the chart specs
 * as JSON, and {@code report.js}, which embeds each chart and records a status (marks per chart,
 * console errors) in {@code #xhpo-status} for the browser test.
 */
public final class ReportPage {
    private static final String BASE = "/org/xhpo/report/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z_]+)}}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<ReportSection> sections;

    /** A page with the given sections, in order. */
    public ReportPage(List<ReportSection> sections) {
        this.sections = List.copyOf(sections);
    }

    /** The standard report: every section of issue 14, in page order. */
    public static ReportPage standard() {
        return new ReportPage(ReportSections.all());
    }

    /** The sections built from a study's data (for tests and for the page). */
    public List<SectionView> views(ReportInput in, ReportDatasets data) {
        List<SectionView> views = new ArrayList<>();
        for (ReportSection s : sections) {
            views.add(s.build(in, data));
        }
        return views;
    }

    /** Renders the page. */
    public String render(ReportInput in) {
        ReportDatasets data = ReportDatasets.of(in);
        List<SectionView> views = views(in, data);
        StringBuilder nav = new StringBuilder();
        StringBuilder body = new StringBuilder();
        ArrayNode specs = JSON.createArrayNode();
        for (SectionView v : views) {
            nav.append("<a href=\"#").append(HtmlTable.escape(v.id())).append("\"")
                    .append(v.available() ? "" : " class=\"na\"").append(">")
                    .append(HtmlTable.escape(v.title())).append("</a>");
            body.append(section(v));
            for (Chart c : v.charts()) {
                ObjectNode o = specs.addObject();
                o.put("id", c.id());
                o.set("spec", c.spec());
                ArrayNode ds = o.putArray("datasets");
                c.datasets().forEach(ds::add);
            }
        }
        ObjectNode datasets = JSON.createObjectNode();
        data.all().forEach(datasets::set);
        Properties versions = versions();
        Map<String, String> values = new HashMap<>();
        values.put("TITLE", HtmlTable.escape("XHPO report: " + in.study()));
        values.put("SUBTITLE", HtmlTable.escape(in.objective() + " (" + in.direction().label() + "), "
                + in.trialsTotal() + " trials" + (in.imported() ? ", imported study" : "")));
        values.put("NAV", nav.toString());
        values.put("SECTIONS", body.toString());
        values.put("GENERATED", HtmlTable.escape(Instant.now().toString()));
        values.put("VEGA", script(resource("vendor/vega.min.js")));
        values.put("VEGA_LITE", script(resource("vendor/vega-lite.min.js")));
        values.put("VEGA_EMBED", script(resource("vendor/vega-embed.min.js")));
        values.put("VEGA_VERSION", versions.getProperty("vega"));
        values.put("VEGA_LITE_VERSION", versions.getProperty("vega-lite"));
        values.put("VEGA_EMBED_VERSION", versions.getProperty("vega-embed"));
        values.put("SPECS", json(specs));
        values.put("DATA", json(datasets));
        values.put("RUNTIME", script(resource("report.js")));
        return fill(resource("report.html"), values);
    }

    private static String section(SectionView v) {
        StringBuilder b = new StringBuilder();
        b.append("<section id=\"").append(HtmlTable.escape(v.id())).append("\" data-section data-available=\"")
                .append(v.available()).append("\">\n<h2>").append(HtmlTable.escape(v.title())).append("</h2>\n")
                .append("<p class=\"how\">").append(HtmlTable.escape(v.howToRead())).append("</p>\n");
        for (String w : v.warnings()) {
            b.append("<div class=\"warning\">").append(HtmlTable.escape(w)).append("</div>\n");
        }
        if (!v.available()) {
            b.append("<p class=\"unavailable\">not available: ").append(HtmlTable.escape(v.unavailable())).append("</p>\n");
        }
        for (Chart c : v.charts()) {
            b.append("<div class=\"chart\" id=\"chart-").append(HtmlTable.escape(c.id())).append("\"></div>\n");
        }
        b.append(v.tableHtml()).append("</section>\n");
        return b.toString();
    }

    /** The vendored library's versions ({@code vendor/versions.properties}). */
    public static Properties versions() {
        Properties p = new Properties();
        try (InputStream in = ReportPage.class.getResourceAsStream(BASE + "vendor/versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + "vendor/versions.properties");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String resource(String name) {
        try (InputStream in = ReportPage.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Script text safe inside a script element: no closing tag, no source-map fetch. */
    static String script(String js) {
        return js.replaceAll("(?m)^//# sourceMappingURL=.*$", "").replaceAll("(?i)</script", "<\\\\/script");
    }

    /** JSON safe inside a script element: every '<' escaped (it only occurs inside strings). */
    static String json(Object node) {
        try {
            return JSON.writeValueAsString(node).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 2_000_000);
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("report template: no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }
}

package org.xhpo.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xhpo.study.Direction;

/** The sections' specs and the numbers they compute, without a browser. */
class ReportSectionsTest {

    @Test
    void paretoFrontKeepsOnlyPointsNoOtherBeatsOnBothCostAndLoss() {
        // {cost, value, loss, id}: (1,5) (2,3) (2,4) (3,3) (4,1) -> front (1,5) (2,3) (4,1), worked out by hand
        List<double[]> pts = List.of(new double[] {1, 5, 5, 0}, new double[] {2, 3, 3, 1}, new double[] {2, 4, 4, 2},
                new double[] {3, 3, 3, 3}, new double[] {4, 1, 1, 4});
        assertArrayEquals(new boolean[] {true, true, false, false, true}, CostSection.paretoFront(pts));
    }

    @Test
    void topThresholdIsNumpysLowerQuantile() {
        // numpy.quantile([5, 1, 4, 2, 3, 9, 7, 8, 6, 10], 0.1, method='lower') == 1; at 0.25 -> 3 (floor(0.25*9) = 2)
        double[] v = {5, 1, 4, 2, 3, 9, 7, 8, 6, 10};
        assertEquals(1, ReportDatasets.topThreshold(v, 0.1));
        assertEquals(3, ReportDatasets.topThreshold(v, 0.25));
    }

    @Test
    void conditionalHistogramsAreDensitiesThatIntegrateToOne() {
        ReportInput in = SyntheticStudy.of(200, 3, 5, 0.9);
        ArrayNode rows = VegaLite.array();
        ConditionalHistogramSection.addHistograms(rows, "param_0", in);
        assertEquals(2 * ConditionalHistogramSection.BINS, rows.size());
        double all = 0;
        double top = 0;
        for (JsonNode r : rows) {
            double area = r.path("density").asDouble() * (r.path("high").asDouble() - r.path("low").asDouble());
            if (r.path("trials").asText().equals("all trials")) {
                all += area;
            } else {
                top += area;
            }
        }
        assertEquals(1, all, 1e-4);
        assertEquals(1, top, 1e-4);
    }

    @Test
    void durationsWithinAFewMillisecondClockTicksAreNotChartedAsACost() {
        ReportInput full = SyntheticStudy.of(50, 3, 6, 0.9);
        for (boolean withParams : new boolean[] {false, true}) {
            java.util.List<ReportTrial> fast = new java.util.ArrayList<>();
            for (ReportTrial t : full.trials()) {
                fast.add(new ReportTrial(t.id(), t.round(), t.sampler(), t.status(), t.value(), t.params(), t.unit(),
                        withParams ? Map.of("params", t.metrics().get("params")) : Map.of(), t.id() % 3 == 0 ? 0.001 : 0.0,
                        t.start(), t.end()));
            }
            ReportInput in = new ReportInput("fast", false, "value", Direction.MINIMIZE, full.parameters(), fast,
                    full.trialsTotal(), full.studyMeta(), null, Map.of());
            SectionView v = new CostSection().build(in, ReportDatasets.of(in));
            if (withParams) {
                assertEquals(1, v.charts().size());
                assertTrue(v.charts().get(0).spec().toString().contains("against params"), v.charts().get(0).spec().toString());
                assertTrue(v.warnings().contains(CostSection.UNRESOLVED_DURATION_NOTE), v.warnings().toString());
            } else {
                assertFalse(v.available());
                assertTrue(v.unavailable().startsWith(CostSection.UNRESOLVED_DURATION_NOTE), v.unavailable());
            }
        }
    }

    @Test
    void everySectionSaysWhatIsMissingForAStudyWithoutAnalysis() {
        ReportInput full = SyntheticStudy.of(50, 3, 6, 0.9);
        ReportInput bare = new ReportInput("bare", false, "value", Direction.MINIMIZE, full.parameters(), full.trials(),
                full.trialsTotal(), full.studyMeta(), null, Map.of());
        List<SectionView> views = ReportPage.standard().views(bare, ReportDatasets.of(bare));
        for (SectionView v : views) {
            if (List.of("summary", "history", "parallel", "cost").contains(v.id())) {
                assertTrue(v.available(), v.id());
            } else {
                assertFalse(v.available(), v.id());
                assertTrue(v.unavailable().contains("not found"), v.id() + ": " + v.unavailable());
            }
        }
    }

    @Test
    void weakModelsCarryTheWarnings() {
        ReportInput weak = SyntheticStudy.of(50, 3, 7, 0.2);
        ReportDatasets d = ReportDatasets.of(weak);
        assertTrue(new PartialDependenceSection().build(weak, d).warnings().get(0).contains("do not trust this PDP"));
        assertTrue(new ShapDependenceSection().build(weak, d).warnings().get(0).contains("do not trust these SHAP"));
        ReportInput good = SyntheticStudy.of(50, 3, 7, 0.8);
        assertTrue(new PartialDependenceSection().build(good, ReportDatasets.of(good)).warnings().isEmpty());
        String page = ReportPage.standard().render(weak);
        assertTrue(page.contains("<div class=\"warning\">The gradient-boosted model explains the held-out trials poorly"
                + " (hold-out R² = 0.2 &lt; 0.5): do not trust this PDP.</div>"), "visible warning on the page");
    }

    @Test
    void theTradeoffChoosesTheLargestSufficientCut() {
        ReportInput in = SyntheticStudy.of(50, 3, 8, 0.9);
        var chosen = TradeoffSection.chosen(in.table("hsic_tradeoff").orElseThrow().rows());
        assertEquals(0.5, ReportTable.num(chosen, "cut"), 1e-12);
    }

    @Test
    void thePageIsSelfContainedAndEscapesTableText() {
        String page = ReportPage.standard().render(SyntheticStudy.of(40, 3, 9, 0.9));
        assertFalse(page.matches("(?s).*<script[^>]+src=.*"), "no external script");
        assertFalse(page.contains("<link"), "no external stylesheet");
        assertTrue(page.contains("&lt;b&gt;"), "evidence text is escaped");
        assertFalse(page.contains("sourceMappingURL"), "no source-map fetch");
        assertEquals(1, page.split("<pre id=\"xhpo-status\">", -1).length - 1);
    }

    @Test
    void recommendationsShowOnlyColumnsWithAValueAndWideTablesScrollInTheirOwnBox() {
        java.util.Map<String, Object> tuned = new java.util.LinkedHashMap<>();
        tuned.put("study", "s");
        tuned.put("parameter", "lr");
        tuned.put("action", "tune");
        tuned.put("fix_value", null);
        tuned.put("value_low", "");
        tuned.put("values", "[0.001, 0.01]");
        java.util.Map<String, Object> fixed = new java.util.LinkedHashMap<>(tuned);
        fixed.put("parameter", "layers");
        fixed.put("action", "fix");
        fixed.put("fix_value", "2");
        fixed.put("values", null);
        String html = RecommendationsSection.table(new ReportTable("recommendations", List.of(tuned, fixed)), 10);
        assertTrue(html.startsWith("<div class=\"table-wrap\"><table>") && html.endsWith("</table></div>"), html);
        assertEquals(List.of("parameter", "action", "fix_value", "values"), headings(html));
        // fix_value is empty in the one row shown
        assertEquals(List.of("parameter", "action", "values"),
                headings(RecommendationsSection.table(new ReportTable("recommendations", List.of(tuned, fixed)), 1)));
    }

    @Test
    void recommendedValuesAreShownToSixSignificantDigitsLikeTheNumericCells() {
        assertEquals("[-3.41439, -2.47457]; [2.17329, 3.93634]",
                RecommendationsSection.shortNumbers("[-3.4143887514956894, -2.474567747141668]; [2.173292063059213, 3.936343839745751]"));
        assertEquals("1.23457E-5", RecommendationsSection.shortNumbers("1.2345678901e-05")); // as HtmlTable.number writes it
        // names, integers, short decimals and categorical choices are left as they are
        assertEquals("x1.5,adam,64,0.001,[2, 8]", RecommendationsSection.shortNumbers("x1.5,adam,64,0.001,[2, 8]"));
        java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("parameter", "lr");
        row.put("values", "[0.0012345678, 0.5]");
        row.put("evidence", "mean 0.123456789");
        String html = RecommendationsSection.table(new ReportTable("recommendations", List.of(row)), 10);
        assertTrue(html.contains("<td>[0.00123457, 0.5]</td>"), html);
        assertTrue(html.contains("<td>mean 0.123456789</td>"), "evidence text is not a value column: " + html);
    }

    private static List<String> headings(String html) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<th>(.*?)</th>").matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void fieldNamesAreEscapedForVegaLite() {
        assertEquals("u_a\\.b\\[0\\]", VegaLite.field("u_a.b[0]"));
        assertEquals(0.333333, VegaLite.round(1 / 3.0));
    }
}

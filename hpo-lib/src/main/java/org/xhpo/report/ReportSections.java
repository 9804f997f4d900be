package org.xhpo.report;

import java.util.List;

/** The sections of the standard report, in page order (issue 14's list). */
public final class ReportSections {
    private ReportSections() {
    }

    /** Every section, in page order. */
    public static List<ReportSection> all() {
        return List.of(new SummarySection(), new HistorySection(), new ParallelCoordinatesSection(),
                new HsicImportanceSection(), new ConditionalHistogramSection(), new InteractionHeatmapSection(),
                new TradeoffSection(), new PartialDependenceSection(), new ShapDependenceSection(), new CostSection(),
                new RecommendationsSection());
    }
}

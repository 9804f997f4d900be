/**
 * The study report: one self-contained HTML file per study ({@code OUT/STUDY/report/index.html}) with
 * Vega-Lite charts of the trials and the analysis tables. Everything here is pure Java over rows
 * ({@link org.xhpo.report.ReportInput}); reading the Parquet tables is the job of {@code org.xhpo.jobs.report}.
 * Each section of the page is one {@link org.xhpo.report.ReportSection}; {@link org.xhpo.report.ReportPage}
 * inlines the vendored Vega, Vega-Lite and vega-embed builds (resources under {@code org/xhpo/report/vendor/},
 * BSD-3-Clause, see THIRD-PARTY.md) and embeds the data, so the file opens offline from disk.
 */
package org.xhpo.report;

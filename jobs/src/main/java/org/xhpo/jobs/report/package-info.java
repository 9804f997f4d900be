/**
 * Writes a study's HTML report: {@link org.xhpo.jobs.report.StudyReportReader} reads the study
 * directory (trials, analysis tables, study.json, analysis.json) into rows, {@link org.xhpo.jobs.report.ReportWriter}
 * renders them with {@code org.xhpo.report.ReportPage} into {@code OUT/STUDY/report/index.html}.
 */
package org.xhpo.jobs.report;

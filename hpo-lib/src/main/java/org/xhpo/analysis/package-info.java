/**
 * The analysis of a sweep as a library (no Spark): an {@link org.xhpo.analysis.ExplanationMethod}
 * turns the finished trials ({@link org.xhpo.analysis.ExplainInput}, a
 * {@link org.xhpo.analysis.TrialMatrix} with its space) and the typed
 * {@link org.xhpo.analysis.AnalysisSettings} into tables of typed rows
 * ({@link org.xhpo.analysis.ResultTables}). Implementations: HSIC singles, pairs and trade-off
 * ({@code org.xhpo.analysis.hsic}), SHAP ({@code org.xhpo.analysis.shap}) and the
 * {@link org.xhpo.analysis.Recommendations} that combine them. The Spark side
 * ({@code org.xhpo.jobs.analysis}, {@code org.xhpo.jobs.api.Explainer}) adds the MLlib GBT partial
 * dependence, the binned HSIC for large tables, and writes the tables.
 */
package org.xhpo.analysis;

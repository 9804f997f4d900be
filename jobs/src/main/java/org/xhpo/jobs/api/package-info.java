/**
 * The Java API of the analysis for Spark users who do not go through the CLI:
 * {@link org.xhpo.jobs.api.Explainer} explains a {@code Dataset<Row>} of trials with its
 * {@link org.xhpo.space.SearchSpace} and returns the result tables as DataFrames
 * ({@link org.xhpo.jobs.api.Explanation}); {@code xhpo run} and {@code xhpo analyze} call it too.
 */
package org.xhpo.jobs.api;

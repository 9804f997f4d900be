/**
 * Gradient-boosted regression trees computed exactly as Spark MLlib 3.5's {@code GBTRegressor} computes
 * them on one partition (squared error, variance impurity, continuous features, quantile bins, subsampling
 * without replacement), so that a small trials table is fitted on the driver in milliseconds instead of one
 * Spark job per tree level, with the same trees to the last bit (docs/methods/pdp.md, 'The GBT on the driver').
 * The random subsample of each tree is the caller's ({@link org.xhpo.analysis.gbt.SubsampleMasks}): Spark's
 * generator lives in {@code jobs}.
 */
package org.xhpo.analysis.gbt;

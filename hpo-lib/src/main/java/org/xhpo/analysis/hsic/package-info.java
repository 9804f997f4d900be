/**
 * Goal-oriented HSIC sensitivity analysis of hyperparameters (Novello et al., J. Sci. Comput. 94,
 * 2023; {@code docs/methods/hsic.md}).
 *
 * <p>Inputs are unit-space columns in [0,1] (P1 is done by the space classes); the target is the
 * indicator Z of the best (or worst) p% objective values ({@link org.xhpo.analysis.hsic.GoalTarget}).
 * {@link org.xhpo.analysis.hsic.HsicEstimator} is the exact O(n²)-time, O(n)-memory estimator;
 * {@link org.xhpo.analysis.hsic.BinnedHsicStatistics} is the mergeable linear-binned estimator for
 * millions of rows; {@link org.xhpo.analysis.hsic.HsicInteractions} (P2) and
 * the trade-off curves (slides Fig. 9, {@code org.xhpo.jobs.analysis}) are built on the exact one.
 */
package org.xhpo.analysis.hsic;

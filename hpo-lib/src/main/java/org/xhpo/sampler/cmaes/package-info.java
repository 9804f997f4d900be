/**
 * CMA-ES for batches: the covariance matrix adaptation evolution strategy (Hansen, "The CMA Evolution
 * Strategy: A Tutorial", arXiv:1604.00772) with IPOP restarts (Auger &amp; Hansen 2005) and the margin
 * for discrete parameters (Hamano et al. 2022). {@link org.xhpo.sampler.cmaes.CmaEsState} holds the
 * distribution and its update, {@link org.xhpo.sampler.cmaes.IntegerMargin} the margin,
 * {@link org.xhpo.sampler.cmaes.RestartCriteria} the stall tests, and
 * {@link org.xhpo.sampler.cmaes.CmaEsSampler} maps generations onto rounds of trials.
 */
package org.xhpo.sampler.cmaes;

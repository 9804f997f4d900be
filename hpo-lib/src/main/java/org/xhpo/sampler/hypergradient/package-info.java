/**
 * {@code sampler: hypergradient} — independent chains of hypergradient steps (greedy, HOAG, Neumann;
 * hpo-lecture-gradient-bayesian.md), one step per chain per round, all chains of a round evaluated
 * in parallel as one batch.
 */
package org.xhpo.sampler.hypergradient;

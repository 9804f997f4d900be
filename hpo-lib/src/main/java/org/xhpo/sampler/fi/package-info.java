/**
 * Feature-importance random search (Obonyo et al., fi-random-search-sdcmi.md, Algorithm 1):
 * a random-search bootstrap, then a driver-side loop that moves the hyperparameters along the signed
 * importances of an incrementally trained surrogate, probing the objective periodically.
 * {@link org.xhpo.sampler.fi.FeatureImportanceSearch} orchestrates; the surrogates
 * ({@link org.xhpo.sampler.fi.ImportanceWeightModel}) and the update loop hold the math. With
 * {@code mode: adaptive}, {@code AdaptiveProbes} feeds the probes back (ladders along the
 * importance direction, restarts from the best, no repeated configuration).
 */
package org.xhpo.sampler.fi;

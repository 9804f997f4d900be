/**
 * The {@code ridge_polynomial} workload of hpo-lecture-gradient-bayesian.md ("Example: polynomials",
 * "Experiment: polynomials"): Bayesian polynomial regression whose prior precisions are the
 * hyperparameters, scored by k-fold cross-validation and by the exact evidence.
 */
package org.xhpo.objective.ridge;

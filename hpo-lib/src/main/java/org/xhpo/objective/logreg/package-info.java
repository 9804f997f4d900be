/**
 * The {@code logreg} workload of hpo-lecture-gradient-bayesian.md ("Experiment: MNIST", implicit
 * differentiation slides): multinomial logistic regression on IDX images with one L2 weight decay per
 * pixel group, and its hypergradients.
 */
package org.xhpo.objective.logreg;

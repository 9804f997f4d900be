/**
 * Gradient-based hyperparameter optimization (hpo-lecture-gradient-bayesian.md): the bilevel problem
 * h* = argmin Q(θ*(h), h), θ*(h) = argmin L(θ, h), and the hypergradient approximations of the lecture —
 * greedy one-step, HOAG (Pedregosa 2016), the Neumann-series implicit function theorem (Lorraine
 * et al. 2020) and reverse-mode differentiation of an unrolled training run (Maclaurin et al. 2015,
 * {@link org.xhpo.hypergrad.UnrolledTrajectory}) — over any {@link org.xhpo.hypergrad.InnerProblem} that
 * offers gradients, Hessian-vector and mixed-partial products.
 */
package org.xhpo.hypergrad;

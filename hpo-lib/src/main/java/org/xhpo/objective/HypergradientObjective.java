package org.xhpo.objective;

import org.xhpo.hypergrad.HypergradientSpec;
import org.xhpo.space.Configuration;

/**
 * An objective that can also return its hypergradient: the derivative of its value with respect to
 * the continuous hyperparameters it differentiates (hpo-lecture-gradient-bayesian.md, "Problem
 * statement": Q(θ*(h), h) with θ*(h) = argmin L(θ, h)). Black-box samplers call
 * {@link #evaluate}; {@code sampler: hypergradient} asks for {@link #evaluateWithHypergradient}.
 *
 * <p>The gradient travels as metrics named {@link #GRADIENT_PREFIX}{@code <parameter>}, in the
 * parameter's native units (dValue/dh); the sampler converts it to the unit space the search space
 * declares (log or linear).
 */
public interface HypergradientObjective extends Objective {

    /** Prefix of the metrics that carry dValue/dh, one per differentiated hyperparameter. */
    String GRADIENT_PREFIX = "hypergrad_";

    /**
     * Evaluates a configuration and adds {@code hypergrad_<name>} metrics for every continuous
     * hyperparameter of the configuration that the objective differentiates.
     *
     * <p>With {@link HypergradientSpec#unrolls()} the trained weights are the T-step iterate of the
     * spec's training run, and the value and metrics are those of that iterate (consistent with its gradient).
     *
     * @param spec how the hypergradient is approximated
     */
    Evaluation evaluateWithHypergradient(Configuration config, TrialContext context, HypergradientSpec spec)
            throws Exception;
}

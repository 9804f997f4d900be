package org.xhpo.sampler.fi;

/**
 * The weighting model W of Algorithm 1 (fi-random-search-sdcmi.md, line 7): a regression
 * from unit-space hyperparameters to (standardized) losses, trained incrementally and warm-started
 * across calls, that reports a signed importance per hyperparameter.
 */
public interface ImportanceWeightModel {

    /** One warm-started training epoch over the given rows (x[i] paired with y[i]). */
    void partialFit(double[][] x, double[] y);

    /**
     * The signed importance I of each input at a point: positive I_j means the predicted loss
     * grows with x_j there (the coefficients of a linear model, the input gradient of a network).
     */
    double[] importance(double[] at);
}

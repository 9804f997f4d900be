package org.xhpo.sampler.fi;

/**
 * The "invscaling" learning-rate schedule of scikit-learn's {@code SGDRegressor}:
 * {@code η(t) = eta0 / t^power_t}, with the step counter t starting at 1 and growing by one per
 * training row, across warm-started calls (sklearn {@code t_}; defaults eta0 = 0.01,
 * power_t = 0.25, https://scikit-learn.org/1.2/modules/generated/sklearn.linear_model.SGDRegressor.html).
 *
 * @param eta0 the initial rate, > 0
 * @param powerT the exponent, ≥ 0
 */
record InverseScalingRate(double eta0, double powerT) {
    /** sklearn's defaults: eta0 = 0.01, power_t = 0.25. */
    static final InverseScalingRate SKLEARN_DEFAULT = new InverseScalingRate(0.01, 0.25);

    /** Validates the constants. */
    InverseScalingRate {
        if (!(eta0 > 0) || !Double.isFinite(eta0)) {
            throw new IllegalArgumentException("eta0 must be a finite number > 0, got " + eta0);
        }
        if (!(powerT >= 0) || !Double.isFinite(powerT)) {
            throw new IllegalArgumentException("powerT must be a finite number >= 0, got " + powerT);
        }
    }

    /** The rate at step t ≥ 1. */
    double at(long t) {
        if (t < 1) {
            throw new IllegalArgumentException("step must be >= 1, got " + t);
        }
        return eta0 / Math.pow(t, powerT);
    }
}

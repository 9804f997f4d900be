package org.xhpo.sampler.gp;

/**
 * An acquisition function on a GP posterior for minimization of standardized targets: higher
 * scores are better. {@code best} is the lowest (standardized) observed value.
 */
interface Acquisition {
    /** The score of a point with posterior mean and standard deviation. */
    double score(double mean, double sd, double best);

    /** Builds the acquisition named in the config. */
    static Acquisition named(String name, double kappa) {
        switch (name) {
            case "ei":
                return new LogExpectedImprovement();
            case "ucb":
                return new UpperConfidenceBound(kappa);
            case "pi":
                return new ProbabilityOfImprovement();
            default:
                throw new IllegalArgumentException("sampler.settings.acquisition: expected one of [ei, pi, ucb], got '"
                        + name + "'");
        }
    }
}

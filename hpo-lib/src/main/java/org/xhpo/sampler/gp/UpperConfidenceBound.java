package org.xhpo.sampler.gp;

/**
 * Lower/upper confidence bound for minimization (Srinivas, Krause, Kakade, Seeger 2010, "Gaussian
 * Process Optimization in the Bandit Setting", Eq. 6): score = −(μ − κσ).
 */
final class UpperConfidenceBound implements Acquisition {
    private final double kappa;

    UpperConfidenceBound(double kappa) {
        if (!(kappa >= 0)) {
            throw new IllegalArgumentException("sampler.settings.kappa: must be >= 0, got " + kappa);
        }
        this.kappa = kappa;
    }

    @Override
    public double score(double mean, double sd, double best) {
        return -(mean - kappa * sd);
    }
}

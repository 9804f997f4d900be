package org.xhpo.sampler.gp;

/**
 * Probability of improvement (Kushner 1964), as log Φ((f* − μ)/σ) so its tail stays ordered.
 */
final class ProbabilityOfImprovement implements Acquisition {
    @Override
    public double score(double mean, double sd, double best) {
        return NormalFunctions.logCdf((best - mean) / sd);
    }
}

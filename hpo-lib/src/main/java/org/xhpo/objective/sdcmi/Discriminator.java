package org.xhpo.objective.sdcmi;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * The density estimator of sDCMI's discriminator step: fits the law of the pushed-forward outputs
 * and returns its log density, which the rejection step compares with the target's
 * (fi-random-search-sdcmi.md §2, "score the inputs and outputs using density ratio estimation").
 */
public interface Discriminator {
    /**
     * Fits a density to {@code y} and returns {@code y ↦ log q̂(y)} (in y's own units).
     *
     * @param rng all of the fit's randomness
     */
    DoubleUnaryOperator fitLogDensity(double[] y, SplittableRandom rng);
}

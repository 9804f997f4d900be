package org.xhpo.sampler.hypergradient;

import java.util.Map;
import org.xhpo.hypergrad.HypergradientMethod;
import org.xhpo.objective.Settings;

/**
 * Settings of {@code sampler: hypergradient}, defaults written once here.
 *
 * @param method how each trial's objective approximates its hypergradient (greedy | hoag | neumann)
 * @param chains independent chains, each starting at its own scrambled Sobol point (default 8)
 * @param learningRate Adam's step size in unit space (default 0.05)
 * @param beta1 Adam's first-moment decay (0.9)
 * @param beta2 Adam's second-moment decay (0.999)
 * @param minStep a chain ends once its step moves no coordinate by more than this (1e-4, unit space)
 */
public record HypergradientSettings(HypergradientMethod method, int chains, double learningRate, double beta1,
                                    double beta2, double minStep) {

    /** Adam's ε (Kingma &amp; Ba 2015, Algorithm 1). */
    static final double EPSILON = 1e-8;

    /** Checks ranges; errors name {@code sampler.settings.<key>}. */
    public HypergradientSettings {
        if (chains < 1) {
            throw new IllegalArgumentException("sampler.settings.chains: must be >= 1, got " + chains);
        }
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("sampler.settings.lr: must be in (0, 1], got " + learningRate);
        }
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("sampler.settings.beta1/beta2: must be in [0, 1), got " + beta1 + ", " + beta2);
        }
        if (!(minStep >= 0)) {
            throw new IllegalArgumentException("sampler.settings.min_step: must be >= 0, got " + minStep);
        }
    }

    /** Reads the sampler's settings map. */
    public static HypergradientSettings read(Map<String, Object> settings) {
        Settings s = new Settings(settings, "sampler.settings")
                .allowOnly("method", "chains", "lr", "beta1", "beta2", "min_step");
        return new HypergradientSettings(HypergradientMethod.parse(s.getString("method", "hoag"), "sampler.settings.method"),
                s.getInt("chains", 8, 1), s.getDouble("lr", 0.05), s.getDouble("beta1", 0.9),
                s.getDouble("beta2", 0.999), s.getDouble("min_step", 1e-4));
    }
}

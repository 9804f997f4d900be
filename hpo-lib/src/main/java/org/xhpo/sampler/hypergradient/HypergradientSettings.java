package org.xhpo.sampler.hypergradient;

import java.util.Map;
import java.util.List;
import org.xhpo.hypergrad.HypergradientMethod;
import org.xhpo.hypergrad.HypergradientSpec;
import org.xhpo.hypergrad.UnrolledSettings;
import org.xhpo.objective.Settings;

/**
 * Settings of {@code sampler: hypergradient}, defaults written once here.
 *
 * @param method how each trial's objective approximates its hypergradient (greedy | hoag | neumann | unrolled)
 * @param chains independent chains, each starting at its own scrambled Sobol point (default 8)
 * @param learningRate Adam's step size in unit space (default 0.05)
 * @param beta1 Adam's first-moment decay (0.9)
 * @param beta2 Adam's second-moment decay (0.999)
 * @param minStep a chain ends once its step moves no coordinate by more than this (1e-4, unit space)
 * @param unrolled with {@code method: unrolled}, the training run differentiated: keys {@code steps},
 *                 {@code inner_lr}, {@code momentum}, {@code init} (zero | seed), {@code init_sd}; defaults
 *                 {@link UnrolledSettings#DEFAULT}; refused with any other method
 */
public record HypergradientSettings(HypergradientMethod method, int chains, double learningRate, double beta1,
                                    double beta2, double minStep, UnrolledSettings unrolled) {

    /** The keys of {@link UnrolledSettings}, accepted with {@code method: unrolled} only. */
    private static final List<String> UNROLLED_KEYS = List.of("steps", "inner_lr", "momentum", "init", "init_sd");

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
        Settings s = new Settings(settings, "sampler.settings").allowOnly("method", "chains", "lr", "beta1", "beta2",
                "min_step", "steps", "inner_lr", "momentum", "init", "init_sd");
        HypergradientMethod method = HypergradientMethod.parse(s.getString("method", "hoag"),
                "sampler.settings.method");
        if (method != HypergradientMethod.UNROLLED) {
            for (String key : UNROLLED_KEYS) {
                if (s.has(key)) {
                    throw new IllegalArgumentException("sampler.settings." + key + ": only used by method: unrolled, "
                            + "got method: " + method.label());
                }
            }
        }
        UnrolledSettings d = UnrolledSettings.DEFAULT;
        UnrolledSettings unrolled = new UnrolledSettings(s.getInt("steps", d.steps()), s.getDouble("inner_lr",
                d.learningRate()), s.getDouble("momentum", d.momentum()),
                UnrolledSettings.Init.parse(s.getString("init", d.init().label()), "sampler.settings.init"),
                s.getDouble("init_sd", d.initSd()));
        return new HypergradientSettings(method, s.getInt("chains", 8, 1), s.getDouble("lr", 0.05),
                s.getDouble("beta1", 0.9), s.getDouble("beta2", 0.999), s.getDouble("min_step", 1e-4), unrolled);
    }

    /** What every trial's objective must compute: the method and its training run. */
    public HypergradientSpec spec() {
        return new HypergradientSpec(method, unrolled);
    }
}

package org.xhpo.hypergrad;

import java.io.Serializable;

/**
 * What a sweep asks of a hypergradient objective: the method, and for {@link HypergradientMethod#UNROLLED}
 * the training run it differentiates. Travels from the sampler's settings to the executors.
 *
 * @param method how the hypergradient is computed
 * @param unrolled the unrolled training run (used by {@code unrolled} only; never null)
 */
public record HypergradientSpec(HypergradientMethod method, UnrolledSettings unrolled) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Requires both components. */
    public HypergradientSpec {
        if (method == null || unrolled == null) {
            throw new IllegalArgumentException("hypergradient spec: method and unrolled settings are required");
        }
    }

    /** The method with the default unrolled settings. */
    public static HypergradientSpec of(HypergradientMethod method) {
        return new HypergradientSpec(method, UnrolledSettings.DEFAULT);
    }

    /** True when the trained weights are the T-step iterate rather than the minimizer. */
    public boolean unrolls() {
        return method == HypergradientMethod.UNROLLED;
    }
}

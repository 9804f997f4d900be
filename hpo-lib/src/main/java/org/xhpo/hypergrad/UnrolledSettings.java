package org.xhpo.hypergrad;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * The training run that {@link HypergradientMethod#UNROLLED} differentiates: T steps of heavy-ball
 * gradient descent on the training loss, v ← μ v − η ∇_θ L(θ, h), θ ← θ + v, from θ₀ (zero or drawn
 * from the trial seed). Defaults are written once here ({@link #DEFAULT}); errors name the
 * {@code sampler.settings} key the value came from.
 *
 * <p>The step must keep the iteration stable: η &lt; 2 (1 + μ) / λ_max(H) for the training Hessian H
 * (Polyak 1964's heavy-ball condition on a quadratic); a run that diverges fails its trial.
 *
 * @param steps T, the number of training steps differentiated (default 100)
 * @param learningRate η, the training step (default 0.001)
 * @param momentum μ ∈ [0, 1) (default 0.9)
 * @param init where θ₀ comes from (default {@link Init#ZERO})
 * @param initSd the standard deviation of θ₀ with {@link Init#SEED} (default 0.01)
 */
public record UnrolledSettings(int steps, double learningRate, double momentum, Init init, double initSd)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The largest T accepted (the trajectory is stored: memory grows as T × parameters). */
    public static final int MAX_STEPS = 100_000;

    /** 100 steps of η = 0.001 with μ = 0.9 from θ₀ = 0. */
    public static final UnrolledSettings DEFAULT = new UnrolledSettings(100, 0.001, 0.9, Init.ZERO, 0.01);

    /** Where the initial weights θ₀ come from. */
    public enum Init {
        /** θ₀ = 0. */
        ZERO,
        /** θ₀ ~ N(0, initSd² I), drawn from the trial's seed. */
        SEED;

        /** The config spelling: zero, seed. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses a config value; the error names the field and the choices. */
        public static Init parse(String value, String field) {
            for (Init i : values()) {
                if (i.label().equals(value)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(field + ": expected one of "
                    + Arrays.stream(values()).map(Init::label).toList() + ", got '" + value + "'");
        }
    }

    /** Checks ranges; errors name {@code sampler.settings.<key>}. */
    public UnrolledSettings {
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("sampler.settings.steps: must be in [1, " + MAX_STEPS + "], got "
                    + steps);
        }
        if (!(learningRate > 0 && Double.isFinite(learningRate))) {
            throw new IllegalArgumentException("sampler.settings.inner_lr: must be a finite number > 0, got "
                    + learningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("sampler.settings.momentum: must be in [0, 1), got " + momentum);
        }
        if (init == null) {
            throw new IllegalArgumentException("sampler.settings.init: expected one of [zero, seed], got null");
        }
        if (!(initSd > 0 && Double.isFinite(initSd))) {
            throw new IllegalArgumentException("sampler.settings.init_sd: must be a finite number > 0, got " + initSd);
        }
    }
}

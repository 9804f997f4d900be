package org.xhpo.study;

/**
 * Derives every random seed of a study from the one study seed: a SplitMix64 finalizer (Steele,
 * Lea, Flood 2014, "Fast splittable pseudorandom number generators") applied to a mix of
 * (study seed, purpose, index), so streams for different purposes and indices are independent.
 */
public final class Seeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** What a derived seed is used for; each purpose gets its own stream. */
    public enum Purpose {
        /** The seed handed to an objective for one trial (index = trial id). */
        TRIAL,
        /** The sampler's random generator for one round (index = round). */
        SAMPLER_ROUND,
        /** The scramble of a Sobol sequence (index = 0). */
        SOBOL_SCRAMBLE,
        /** Jitter of discrete values inside their unit cells (index = trial id). */
        UNIT_JITTER,
        /** Analyses (index = analysis number). */
        ANALYSIS,
        /**
         * A population sampler's draws for one generation (index = generation; a negative index
         * −1 − r for what restart r draws before its first generation). Appended last so the
         * ordinals, hence the seeds, of the purposes above stay unchanged.
         */
        SAMPLER_GENERATION,
        /** Explanation-guided search decisions, e.g. HSIC-GPBO's permutation tests (index = stage). */
        GUIDED_SEARCH
    }

    private Seeds() {
    }

    /** A seed for (study seed, purpose, index); a pure function of its arguments. */
    public static long derive(long studySeed, Purpose purpose, long index) {
        long z = mix(studySeed + GOLDEN);
        z = mix(z ^ (GOLDEN * (purpose.ordinal() + 1L)));
        return mix(z + index * GOLDEN);
    }

    /** The SplitMix64 output function. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

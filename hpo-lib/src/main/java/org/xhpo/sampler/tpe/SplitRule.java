package org.xhpo.sampler.tpe;

/**
 * How many of n ok trials form TPE's good group (Watanabe 2023, arXiv:2304.11127, Table 3, "splitting
 * algorithm"; Bergstra et al. 2011 §4 for the γ-quantile it stands for).
 */
enum SplitRule {
    /** Optuna's default, min(⌈0.1 n⌉, 25). */
    OPTUNA,
    /** min(⌈β n⌉, 25). */
    LINEAR,
    /** min(⌈β √n⌉, 25) (Hyperopt's rule with β = 0.25). */
    SQRT;

    /** The setting's name, as written in a config. */
    String settingName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** β when the config gives none. */
    double defaultBeta() {
        return this == SQRT ? 0.25 : 0.1;
    }

    /** The size of the good group among n trials. */
    int below(int n, double beta) {
        double size = switch (this) {
            case OPTUNA -> 0.1 * n;
            case LINEAR -> beta * n;
            case SQRT -> beta * Math.sqrt(n);
        };
        return Math.min((int) Math.ceil(size), 25);
    }

    static SplitRule named(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}

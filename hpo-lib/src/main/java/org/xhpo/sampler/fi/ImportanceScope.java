package org.xhpo.sampler.fi;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where the adaptive mode reads the importances that direct its ladders ({@code importance}):
 * the paper's W fitted to every pair, or a local linear fit around the ladder's origin.
 */
public enum ImportanceScope {
    /**
     * fi-random-search-sdcmi.md, Algorithm 1 lines 6–8: the SGD model W fitted warm to all pairs, the path
     * moved by {@code Λ(1 − α·I)} for {@code probe} iterations; the ladder follows the path's move.
     */
    GLOBAL,
    /**
     * {@link LocalLinearImportance}: I = the slope of a tricube-weighted linear fit to the
     * {@code neighbours} pairs nearest the origin, and the ladder follows −I from the origin.
     */
    LOCAL;

    /** The lower-case name used in configs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The scope a config names by its {@link #label()}.
     *
     * @throws IllegalArgumentException naming {@code sampler.settings.importance} and the labels
     */
    static ImportanceScope parse(String label) {
        for (ImportanceScope s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException(FeatureImportanceSettings.PATH + ".importance: expected one of "
                + Arrays.stream(values()).map(ImportanceScope::label).toList() + ", got '" + label + "'");
    }
}

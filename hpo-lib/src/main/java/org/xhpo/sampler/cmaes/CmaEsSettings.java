package org.xhpo.sampler.cmaes;

import java.util.Map;
import org.xhpo.objective.Settings;

/**
 * The validated settings of {@link CmaEsSampler}, defaults written once here.
 *
 * @param population the smallest population λ; 0 = Hansen's 4 + ⌊3 ln n⌋ (tutorial Eq. (48)). The
 *     population actually used is rounded up to a multiple of the batch size (see {@link CmaEsSampler})
 * @param sigma0 the initial step size in the unit cube (0.25: Hansen's advice of about 0.3 of the
 *     range, tutorial Appendix A "σ⁽⁰⁾", slightly smaller so fewer draws leave the cube)
 * @param margin α of the margin for discrete coordinates; 0 = Hamano et al.'s 1/(n λ)
 * @param restarts whether to restart with a larger population when a run stalls (IPOP)
 * @param populationFactor the IPOP factor by which λ grows at each restart (Auger &amp; Hansen 2005: 2)
 * @param tolFun the TolFun restart threshold on the spread of recent losses
 * @param tolX the TolX restart threshold on the spread of the distribution in the unit cube
 */
public record CmaEsSettings(int population, double sigma0, double margin, boolean restarts, double populationFactor,
                            double tolFun, double tolX) {
    /** Where these settings live in a sweep config; the prefix of every error message. */
    public static final String PATH = "sampler.settings";

    /** Checks every field; messages name the setting, the rule and what was found. */
    public CmaEsSettings {
        if (population < 0 || population == 1) {
            throw new IllegalArgumentException(PATH + ".population: must be 0 (default) or >= 2, got " + population);
        }
        if (!(sigma0 > 0 && sigma0 <= 1)) {
            throw new IllegalArgumentException(PATH + ".sigma0: must lie in (0, 1] (unit cube), got " + sigma0);
        }
        if (!(margin >= 0 && margin < 0.5)) {
            throw new IllegalArgumentException(PATH + ".margin: must lie in [0, 0.5) (0 = 1/(n lambda)), got " + margin);
        }
        if (!(populationFactor >= 1.1 && populationFactor <= 10)) {
            throw new IllegalArgumentException(PATH + ".population_factor: must lie in [1.1, 10], got "
                    + populationFactor);
        }
        if (!(tolFun >= 0) || !(tolX >= 0)) {
            throw new IllegalArgumentException(PATH + ".tol_fun/tol_x: must be >= 0, got " + tolFun + ", " + tolX);
        }
    }

    /** The defaults. */
    public static CmaEsSettings defaults() {
        return parse(Map.of());
    }

    /**
     * Parses {@code sampler.settings}: population, sigma0, margin, restarts, population_factor, tol_fun,
     * tol_x; absent keys take the defaults above.
     *
     * @throws IllegalArgumentException starting with {@code sampler.settings.<key>: }
     */
    public static CmaEsSettings parse(Map<String, Object> values) {
        Settings s = new Settings(values, PATH).allowOnly("population", "sigma0", "margin", "restarts",
                "population_factor", "tol_fun", "tol_x");
        return new CmaEsSettings(s.getInt("population", 0, 0), s.getDouble("sigma0", 0.25),
                s.getDouble("margin", 0), s.getBoolean("restarts", true), s.getDouble("population_factor", 2),
                s.getDouble("tol_fun", 1e-12), s.getDouble("tol_x", 1e-9));
    }
}

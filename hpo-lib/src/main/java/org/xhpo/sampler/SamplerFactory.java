package org.xhpo.sampler;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.xhpo.objective.Settings;
import org.xhpo.sampler.cmaes.CmaEsSampler;
import org.xhpo.sampler.fi.FeatureImportanceSearch;
import org.xhpo.sampler.gp.GpSampler;
import org.xhpo.sampler.hsicgpbo.HsicGpboSampler;
import org.xhpo.sampler.hsicgpbo.HsicGpboSettings;
import org.xhpo.sampler.tpe.TpeSampler;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Seeds;

/** Builds a sampler from its config name and settings; adding a sampler is one line here. */
public final class SamplerFactory {

    /** What a sampler needs to be built. */
    @FunctionalInterface
    interface Builder {
        Sampler build(Map<String, Object> settings, SearchSpace space, Direction direction, long studySeed);
    }

    private static final Map<String, Builder> BUILDERS;
    /** The explanation-guided sampler, the one that needs the study's budget to size its stages. */
    public static final String HSIC_GPBO = "hsic-gpbo";

    static {
        Map<String, Builder> m = new TreeMap<>();
        m.put("random", (s, space, dir, seed) -> {
            new Settings(s, "sampler.settings").allowOnly();
            return new RandomSampler(space);
        });
        m.put("grid", (s, space, dir, seed) -> new GridSampler(space,
                new Settings(s, "sampler.settings").allowOnly("grid_points").getInt("grid_points", 5, 2)));
        m.put("sobol", (s, space, dir, seed) -> {
            new Settings(s, "sampler.settings").allowOnly();
            return new SobolSampler(space, Seeds.derive(seed, Seeds.Purpose.SOBOL_SCRAMBLE, 0));
        });
        m.put("tpe", (s, space, dir, seed) -> new TpeSampler(space, dir, s));
        m.put("gp", (s, space, dir, seed) -> new GpSampler(space, dir, s));
        m.put("cmaes", (s, space, dir, seed) -> new CmaEsSampler(space, dir, s, seed));
        m.put("auto", (s, space, dir, seed) -> new AutoSampler(space, dir, s, seed));
        m.put(HSIC_GPBO, (s, space, dir, seed) -> HsicGpboSampler.create(s, space, dir, seed, HsicGpboSettings.UNKNOWN));
        m.put("fi-random", (s, space, dir, seed) -> new FeatureImportanceSearch(space, dir,
                Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, -1), s));
        m.put("hypergradient", (s, space, dir, seed) ->
                new org.xhpo.sampler.hypergradient.HypergradientSampler(space, dir, seed, s));
        BUILDERS = Collections.unmodifiableMap(m);
    }

    private SamplerFactory() {
    }

    /**
     * Builds a sampler for a study with a trial budget (hsic-gpbo sizes its stages from it; the
     * other samplers ignore it).
     *
     * @throws IllegalArgumentException naming {@code sampler} or the bad setting
     */
    public static Sampler create(String name, Map<String, Object> settings, SearchSpace space, Direction direction,
                                 long studySeed, int budget) {
        if (name.equals(HSIC_GPBO)) {
            return HsicGpboSampler.create(settings, space, direction, studySeed, budget);
        }
        return create(name, settings, space, direction, studySeed);
    }

    /** The known sampler names. */
    public static Set<String> names() {
        return BUILDERS.keySet();
    }

    /**
     * Builds a sampler.
     *
     * @throws IllegalArgumentException naming {@code sampler} or the bad setting
     */
    public static Sampler create(String name, Map<String, Object> settings, SearchSpace space, Direction direction,
                                 long studySeed) {
        Builder b = BUILDERS.get(name);
        if (b == null) {
            throw new IllegalArgumentException("sampler: unknown sampler '" + name + "'"
                    + org.xhpo.config.NearMiss.hint(name, names()) + "; known: " + names());
        }
        return b.build(settings, space, direction, studySeed);
    }
}

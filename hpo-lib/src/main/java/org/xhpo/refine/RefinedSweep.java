package org.xhpo.refine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xhpo.analysis.Recommendation;
import org.xhpo.objective.ObjectiveSpec;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.FixedParameter;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.space.SpaceYaml;
import org.xhpo.study.Direction;

/**
 * The next study's sweep config from a finished study's {@code recommendations} ("constrained HPO"
 * of metamodel-shap-hp-analysis.md §4: exclude the parameters whose importance is low, limit the
 * others to their favourable ranges; the HSIC seed's fixing of cost parameters at their cheapest
 * sufficient value). A tuned parameter keeps its type, scale and condition with its range narrowed
 * to the recommended unit range mapped back through the parameter (a categorical keeps the choices
 * whose cells meet the range); a fixed one becomes {@code {type: fixed, value}} at the recommended
 * unit value (the middle of its range when it has no single value; its default, else the middle of
 * its range, when it has none). Children a fixed parent deactivates leave the space. Every space
 * line carries its evidence as a comment. Pairs tuned jointly are narrowed one by one (the
 * recommendations table has no joint region yet).
 *
 * @param study the new study's name
 * @param seed its seed
 * @param direction the direction
 * @param objective the objective and its settings (unchanged)
 * @param sampler the sampler name
 * @param samplerSettings its settings
 * @param trials the budget
 * @param batchSize trials per round
 */
public record RefinedSweep(String study, long seed, Direction direction, ObjectiveSpec objective, String sampler,
                           Map<String, Object> samplerSettings, int trials, int batchSize) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The refined space: tuned parameters narrowed, fixed ones fixed, in the stored declaration order. */
    public static SearchSpace space(SearchSpace stored, List<Recommendation> recommendations) {
        Map<String, Recommendation> by = new LinkedHashMap<>();
        for (Recommendation r : recommendations) {
            by.putIfAbsent(r.parameter(), r);
        }
        List<Parameter> narrowed = new ArrayList<>();
        Map<String, Object> fix = new LinkedHashMap<>();
        for (Parameter p : stored.parameters()) {
            Recommendation r = by.get(p.name());
            if (r == null || r.action().equals("abstain")) {
                narrowed.add(p); // no advice (too few trials): keep the parameter as declared
            } else if (r.action().equals("tune")) {
                narrowed.add(narrow(p, r.low(), r.high()));
            } else {
                double u = Double.isNaN(r.low()) ? Double.NaN : Double.isNaN(r.high()) ? r.low() : (r.low() + r.high()) / 2;
                fix.put(p.name(), Double.isNaN(u) ? p.defaultValue().orElse(p.fromUnit(0.5)) : p.fromUnit(u));
                narrowed.add(p);
            }
        }
        List<FixedParameter> keep = new ArrayList<>(stored.fixed());
        SearchSpace all = new SearchSpace(narrowed, keep);
        if (fix.size() == narrowed.size()) { // a space needs one sampled parameter: tune the first fixed one
            fix.remove(narrowed.get(0).name());
        }
        return all.fixing(fix);
    }

    /** The parameter with its range narrowed to the unit interval [lo, hi] (unchanged when NaN or empty). */
    static Parameter narrow(Parameter p, double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi) || !(hi > lo)) {
            return p;
        }
        lo = Math.max(0, lo);
        hi = Math.min(1, hi);
        if (p instanceof FloatParameter f) {
            double a = (Double) f.fromUnit(lo);
            double b = (Double) f.fromUnit(hi);
            return b > a ? new FloatParameter(f.name(), a, b, f.log(), inside(f.defaultVal(), a, b), f.condition()) : p;
        }
        if (p instanceof IntParameter i) {
            long a = (Long) i.fromUnit(lo);
            long b = (Long) i.fromUnit(hi);
            return b > a ? new IntParameter(i.name(), a, b, i.log(), i.step(), inside(i.defaultVal(), a, b), i.condition()) : p;
        }
        CategoricalParameter c = (CategoricalParameter) p;
        List<Object> kept = new ArrayList<>();
        int n = c.choices().size();
        for (int j = 0; j < n; j++) {
            if ((j + 1.0) / n > lo && (double) j / n < hi) {
                kept.add(c.choices().get(j));
            }
        }
        return kept.size() >= 2 ? new CategoricalParameter(c.name(), kept, kept.contains(c.defaultVal()) ? c.defaultVal()
                : null, c.condition()) : p;
    }

    private static <T extends Comparable<T>> T inside(T v, T lo, T hi) {
        return v == null || v.compareTo(lo) < 0 || v.compareTo(hi) > 0 ? null : v;
    }

    /**
     * The whole sweep file.
     *
     * @param source the study the recommendations came from (named in the header)
     */
    public String yaml(String source, SearchSpace stored, List<Recommendation> recommendations) {
        SearchSpace refined = space(stored, recommendations);
        Map<String, String> evidence = new LinkedHashMap<>();
        for (Recommendation r : recommendations) {
            evidence.putIfAbsent(r.parameter(), r.action() + " (" + String.join(", ", r.supportedBy()) + "): "
                    + r.evidence().replace('\n', ' '));
        }
        StringBuilder b = new StringBuilder();
        b.append("# Refined from study '").append(source).append("' by xhpo refine: tuned parameters narrowed to their\n")
                .append("# recommended ranges, the others fixed; each space line says why.\n");
        b.append("study: {name: ").append(study).append(", seed: ").append(seed).append(", direction: ")
                .append(direction.label()).append("}\n");
        b.append("objective: {name: ").append(json(objective.name())).append(", settings: ")
                .append(json(objective.settings())).append("}\n");
        b.append("sampler: {name: ").append(json(sampler)).append(", settings: ").append(json(samplerSettings)).append("}\n");
        b.append("budget: {trials: ").append(trials).append(", batch_size: ").append(batchSize).append("}\n");
        String[] lines = SpaceYaml.render(refined).split("\n");
        b.append(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            String name = lines[i].trim().substring(0, lines[i].trim().indexOf(':'));
            String why = evidence.get(name);
            if (why == null && stored.indexOf(name) < 0) {
                why = "fixed in the source study";
            }
            b.append(lines[i]).append(why == null ? "" : "   # " + why.replace("#", "")).append('\n');
        }
        for (Parameter p : stored.parameters()) {
            if (refined.indexOf(p.name()) < 0 && refined.fixed().stream().noneMatch(f -> f.name().equals(p.name()))) {
                b.append("  # ").append(p.name()).append(": left out, its fixed parent never activates it\n");
            }
        }
        return b.toString();
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o); // JSON is a YAML flow node
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + o + " as YAML", e);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RefinedSweep[%s]", study);
    }
}

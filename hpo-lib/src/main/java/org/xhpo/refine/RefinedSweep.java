package org.xhpo.refine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xhpo.analysis.RecommendationRow;
import org.xhpo.objective.ObjectiveSpec;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.space.SpaceYaml;
import org.xhpo.study.Direction;

/**
 * The next study's sweep config from a finished study's {@code recommendations} ("constrained HPO"
 * of metamodel-shap-hp-analysis.md §4): the source study's objective, direction, sampler and seed,
 * a new name, and the space {@link RefinedSpace} builds from the recommendation rows, every space
 * line commented with its decision and evidence (methods, indices, p-values).
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

    /**
     * The whole sweep file.
     *
     * @param source the study the recommendations came from (named in the header)
     */
    public String yaml(String source, SearchSpace stored, List<RecommendationRow> recommendations) {
        RefinedSpace refined = RefinedSpace.from(stored, recommendations);
        StringBuilder b = new StringBuilder();
        b.append("# Refined from study '").append(source).append("' by xhpo refine: tuned parameters narrowed to their\n")
                .append("# recommended ranges (pairs to their joint region), the others fixed; each space line")
                .append(" says why.\n");
        b.append("study: {name: ").append(study).append(", seed: ").append(seed).append(", direction: ")
                .append(direction.label()).append("}\n");
        b.append("objective: {name: ").append(json(objective.name())).append(", settings: ")
                .append(json(objective.settings())).append("}\n");
        b.append("sampler: {name: ").append(json(sampler)).append(", settings: ").append(json(samplerSettings)).append("}\n");
        b.append("budget: {trials: ").append(trials).append(", batch_size: ").append(batchSize).append("}\n");
        String[] lines = SpaceYaml.render(refined.space()).split("\n");
        b.append(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            String name = lines[i].trim().substring(0, lines[i].trim().indexOf(':'));
            String why = refined.notes().get(name);
            b.append(lines[i]).append(why == null ? "" : "   # " + why).append('\n');
        }
        for (Parameter p : stored.parameters()) {
            if (refined.space().indexOf(p.name()) < 0
                    && refined.space().fixed().stream().noneMatch(f -> f.name().equals(p.name()))) {
                String why = refined.notes().getOrDefault(p.name(), "");
                b.append("  # ").append(p.name()).append(": left out, ").append(why.startsWith("left out")
                        ? why.substring("left out: ".length()) : "its fixed parent never activates it").append('\n');
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

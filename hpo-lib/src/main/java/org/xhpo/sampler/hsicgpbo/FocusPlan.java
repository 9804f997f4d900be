package org.xhpo.sampler.hsicgpbo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.ExplainInput;
import org.xhpo.analysis.hsic.HsicImportance;
import org.xhpo.sampler.SearchDecision;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Configuration;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.space.SpaceException;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/**
 * The focus stage's decisions from the exploration trials (hsic-explainable-hpo.md, Table 4
 * caption: "HSIC-GPBO first optimizes most impactful hyperparameters defined by HSIC with other
 * hyperparameters values chosen in order to improve cost efficiency"):
 * <ol>
 *   <li>the impactful parameters ({@link ImpactfulSet}: the analysis library's goal-oriented HSIC for
 *       the best and the worst p%, significant after the Benjamini–Hochberg correction at level α,
 *       interacting pairs, parents of conditional ones) are tuned;</li>
 *   <li>cost-driving parameters (the analysis library's trade-off: declared cost parameters, or
 *       parameters whose unit value correlates with a cost metric) are fixed at the cheapest value
 *       their trade-off curve allows ({@link CheapValues}), or at the best exploration trial's value
 *       when no cut qualifies;</li>
 *   <li>every other parameter is fixed at the best exploration trial's value; these are the ones the
 *       fine-tuning stage tunes.</li>
 * </ol>
 * A pure function of the exploration trials, the settings and the seed.
 *
 * @param space the space the focus stage searches (the study's, with the fixed values)
 * @param finetune the parameters left for fine-tuning, in declaration order
 * @param decisions the focus stage's rows of {@code search_decisions}
 * @param fallback the study's space with only the cost drivers fixed: where a stage's proposals are
 *     topped up when its own space has run out of new configurations
 * @param start the focus stage's first configuration: the best exploration trial's values of the
 *     tuned parameters with the fixed values (null when they do not form a valid configuration)
 */
record FocusPlan(SearchSpace space, List<String> finetune, List<SearchDecision> decisions, SearchSpace fallback,
                 Configuration start) {
    static final String STAGE = "focus";
    /** Fewest exploration trials the focus decision is taken on (the library's fewest rows for an index). */
    static final int MIN_ROWS = HsicImportance.MIN_ROWS;
    /** Fewest rows with Z = 1 a goal-oriented test runs with. */
    static final int MIN_TARGET = 10;

    /** Decides the focus stage from the ok exploration trials (sorted by id). */
    static FocusPlan decide(SearchSpace full, List<TrialResult> explore, Direction direction, HsicGpboSettings s,
                            long seed) {
        List<Parameter> ps = full.parameters();
        int n = explore.size();
        if (n < MIN_ROWS) {
            return new FocusPlan(full, List.of(), List.of(new SearchDecision(STAGE, "*", "tune", "all",
                    "only " + n + " exploration trials finished ok (< " + MIN_ROWS + "): too few to explain")), full,
                    null);
        }
        double[] y = new double[n];
        int bestRow = 0;
        for (int i = 0; i < n; i++) {
            y[i] = explore.get(i).value();
            if (direction.better(y[i], y[bestRow])) {
                bestRow = i;
            }
        }
        Configuration best = explore.get(bestRow).trial().config();
        String bestTrial = "trial " + explore.get(bestRow).trial().id() + " (value " + fmt(y[bestRow]) + ")";
        ExplainInput input = ExplainInput.fromTrials(full, explore, direction);
        AnalysisSettings analysis = new AnalysisSettings(true, effectiveFraction(s.bestFraction(), n), "std",
                s.permutations(), AnalysisSettings.DEFAULTS.exactLimit(), AnalysisSettings.DEFAULTS.pdpGrid(), 0, false,
                1, 1, 1, s.costs());
        ImpactfulSet selection = ImpactfulSet.select(input, analysis, s.alpha(), seed);
        Set<String> impactful = selection.impactful();
        Map<String, String> evidence = selection.evidence();
        Map<String, Object> fixed = new LinkedHashMap<>();
        List<SearchDecision> out = new ArrayList<>();
        Map<String, CheapValues.CheapValue> costEvidence = CheapValues.find(input, analysis, seed, s.costFloor());
        for (int j = 0; j < ps.size(); j++) {
            Parameter p = ps.get(j);
            String ev = evidence.getOrDefault(p.name(), "");
            if (costEvidence.containsKey(p.name())) {
                CheapValues.CheapValue cheap = costEvidence.get(p.name());
                Object v = Double.isNaN(cheap.unit()) ? best.get(p.name()) : p.fromUnit(cheap.unit());
                if (v == null) {
                    continue; // inactive in the best trial and no cut: left to the search
                }
                fixed.put(p.name(), v);
                out.add(new SearchDecision(STAGE, p.name(), "fix-cost", String.valueOf(v), cheap.evidence()
                        + (Double.isNaN(cheap.unit()) ? "; value of the best " + bestTrial : "")
                        + (ev.isEmpty() ? "" : "; " + ev)));
            } else if (!impactful.contains(p.name()) && best.has(p.name())) {
                fixed.put(p.name(), best.get(p.name()));
                out.add(new SearchDecision(STAGE, p.name(), "fix", String.valueOf(best.get(p.name())),
                        "not significant (" + ev + "); value of the best exploration " + bestTrial));
            }
        }
        SearchSpace focus;
        try {
            focus = full.fixing(fixed);
        } catch (SpaceException e) { // nothing left to tune: keep the most impactful always-active non-cost one
            String keep = impactful.stream().filter(k -> !costEvidence.containsKey(k) && full.get(k).when().isEmpty())
                    .findFirst().orElse(ps.stream()
                            .filter(p -> p.when().isEmpty() && !costEvidence.containsKey(p.name()))
                            .map(Parameter::name).findFirst().orElse(ps.get(0).name()));
            fixed.remove(keep);
            out.removeIf(d -> d.parameter().equals(keep));
            focus = full.fixing(fixed);
        }
        List<String> finetune = new ArrayList<>();
        for (Parameter p : ps) {
            boolean kept = focus.indexOf(p.name()) >= 0;
            if (kept) {
                out.add(new SearchDecision(STAGE, p.name(), "tune", range(p), evidence.getOrDefault(p.name(), "")));
            } else if (!fixed.containsKey(p.name())) {
                out.add(new SearchDecision(STAGE, p.name(), "drop", "inactive", "its fixed parent never activates it"));
            }
            if (fixed.containsKey(p.name()) && !costEvidence.containsKey(p.name())) {
                finetune.add(p.name());
            }
        }
        Configuration start;
        try {
            Map<String, Object> tunedValues = new LinkedHashMap<>(best.values());
            tunedValues.keySet().retainAll(focus.names());
            start = focus.configuration(tunedValues);
        } catch (IllegalArgumentException e) {
            start = null; // e.g. a tuned child the best trial left inactive
        }
        Map<String, Object> costFixed = new LinkedHashMap<>(fixed);
        costFixed.keySet().retainAll(costEvidence.keySet());
        SearchSpace fallback = costFixed.size() < ps.size() ? full.fixing(costFixed) : focus;
        return new FocusPlan(focus, finetune, out, fallback, start);
    }

    /** p, raised so that Z = 1 holds on at least {@link #MIN_TARGET} rows (the test's power needs them). */
    static double effectiveFraction(double p, int n) {
        return Math.min(0.5, Math.max(p, MIN_TARGET / (double) Math.max(1, n)));
    }

    static String range(Parameter p) {
        if (p instanceof CategoricalParameter c) {
            return c.choices().toString();
        }
        return "[" + p.fromUnit(0.0) + ", " + p.fromUnit(1.0) + "]";
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}

package org.xhpo.sampler.hsicgpbo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.ExplainInput;
import org.xhpo.analysis.hsic.Bandwidth;
import org.xhpo.analysis.hsic.GoalTarget;
import org.xhpo.analysis.hsic.HsicEstimator;
import org.xhpo.analysis.hsic.HsicIndex;
import org.xhpo.sampler.SearchDecision;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Configuration;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/**
 * The focus stage's decisions from the exploration trials (hsic-explainable-hpo.md, Table 4
 * caption: "HSIC-GPBO first optimizes most impactful hyperparameters defined by HSIC with other
 * hyperparameters values chosen in order to improve cost efficiency"):
 * <ol>
 *   <li>goal-oriented HSIC S_{X_i, Y} of every parameter against Z = 1{best p%}, on the trials where
 *       it is active (P3), with a permutation test; significant (p &lt; α) ones are impactful, ranked
 *       within their conditional group; a pair whose joint index is significant at α/#pairs while
 *       neither single is makes both impactful (P2, a pure interaction); parents of an impactful
 *       conditional parameter are impactful too; with nothing significant, the top-ranked one is;</li>
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
    /** Fewest rows an HSIC test runs on. */
    static final int MIN_ROWS = 10;
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
        double[][] u = new double[n][];
        int bestRow = 0;
        for (int i = 0; i < n; i++) {
            y[i] = explore.get(i).value();
            u[i] = full.toUnit(explore.get(i).trial().config());
            if (direction.better(y[i], y[bestRow])) {
                bestRow = i;
            }
        }
        Configuration best = explore.get(bestRow).trial().config();
        String bestTrial = "trial " + explore.get(bestRow).trial().id() + " (value " + fmt(y[bestRow]) + ")";
        HsicEstimator est = new HsicEstimator(Bandwidth.std(), s.permutations());
        Map<String, HsicIndex> single = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        Set<String> impactful = new LinkedHashSet<>();
        for (int j = 0; j < ps.size(); j++) {
            int[] rows = activeRows(u, j);
            if (rows.length < MIN_ROWS) {
                evidence.put(ps.get(j).name(), "active in " + rows.length + " ok exploration trials, too few for HSIC");
                continue;
            }
            HsicIndex h = est.single(column(u, j, rows), target(y, rows, direction, s), seed * 31 + j);
            single.put(ps.get(j).name(), h);
            if (h.pValue() < s.alpha()) {
                impactful.add(ps.get(j).name());
            }
        }
        rankWithinGroups(full, single, evidence);
        pairs(full, u, y, direction, s, est, seed, single, impactful, evidence);
        if (impactful.isEmpty() && !single.isEmpty()) {
            String top = single.entrySet().stream().max(Comparator.comparingDouble(e -> e.getValue().s())).get().getKey();
            impactful.add(top);
            evidence.merge(top, "nothing significant: the highest S is tuned", (a, b) -> a + "; " + b);
        }
        for (Parameter p : ps) { // a conditional parameter that matters keeps its parents tuned
            if (impactful.contains(p.name()) && p.when().isPresent()) {
                impactful.addAll(p.when().get().requirements().keySet());
            }
        }
        Map<String, Object> fixed = new LinkedHashMap<>();
        List<SearchDecision> out = new ArrayList<>();
        AnalysisSettings tradeoff = new AnalysisSettings(true, effectiveFraction(s.bestFraction(), n), "std",
                s.permutations(), AnalysisSettings.DEFAULTS.exactLimit(), AnalysisSettings.DEFAULTS.pdpGrid(), 0, false,
                1, 1, 1, s.costs());
        Map<String, CheapValues.CheapValue> costEvidence = CheapValues.find(ExplainInput.fromTrials(full, explore,
                direction), tradeoff, seed);
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
        if (fixed.size() == ps.size()) { // keep the most impactful non-cost parameter tuned
            String keep = single.entrySet().stream().filter(e -> !costEvidence.containsKey(e.getKey()))
                    .max(Comparator.comparingDouble(e -> e.getValue().s())).map(Map.Entry::getKey).orElse(ps.get(0).name());
            fixed.remove(keep);
            out.removeIf(d -> d.parameter().equals(keep));
        }
        SearchSpace focus = full.fixing(fixed);
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

    private static boolean[] target(double[] y, int[] rows, Direction direction, HsicGpboSettings s) {
        double[] yy = pick(y, rows);
        return GoalTarget.best(yy, effectiveFraction(s.bestFraction(), yy.length), direction);
    }

    /** p, raised so that Z = 1 holds on at least {@link #MIN_TARGET} rows (the test's power needs them). */
    static double effectiveFraction(double p, int n) {
        return Math.min(0.5, Math.max(p, MIN_TARGET / (double) Math.max(1, n)));
    }

    /** Adds "S, p, rank r of k in group g" to each parameter's evidence. */
    private static void rankWithinGroups(SearchSpace full, Map<String, HsicIndex> single, Map<String, String> evidence) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String name : single.keySet()) {
            groups.computeIfAbsent(full.get(name).when().map(Object::toString).orElse(""), k -> new ArrayList<>()).add(name);
        }
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            List<String> names = new ArrayList<>(g.getValue());
            names.sort(Comparator.comparingDouble((String k) -> single.get(k).s()).reversed());
            for (int r = 0; r < names.size(); r++) {
                HsicIndex h = single.get(names.get(r));
                evidence.put(names.get(r), String.format(Locale.ROOT, "hsic S=%.2e p=%.3f rank %d/%d%s, n=%d m=%d", h.s(),
                        h.pValue(), r + 1, names.size(), g.getKey().isEmpty() ? "" : " in group " + g.getKey(), h.n(), h.m()));
            }
        }
    }

    /** P2: pairs of non-significant, unconditional parameters whose joint index is significant (Bonferroni). */
    private static void pairs(SearchSpace full, double[][] u, double[] y, Direction direction, HsicGpboSettings s,
                              HsicEstimator est, long seed, Map<String, HsicIndex> single, Set<String> impactful,
                              Map<String, String> evidence) {
        List<Integer> cand = new ArrayList<>();
        for (int j = 0; j < full.dimension(); j++) {
            Parameter p = full.parameters().get(j);
            if (single.containsKey(p.name()) && !impactful.contains(p.name()) && p.when().isEmpty()) {
                cand.add(j);
            }
        }
        int pairs = cand.size() * (cand.size() - 1) / 2;
        if (pairs == 0) {
            return;
        }
        int[] all = activeRows(u, cand.get(0));
        boolean[] z = target(y, all, direction, s);
        List<String> found = new ArrayList<>();
        for (int a = 0; a < cand.size(); a++) {
            for (int b = a + 1; b < cand.size(); b++) {
                int ja = cand.get(a);
                int jb = cand.get(b);
                HsicIndex h = est.joint(new double[][] {column(u, ja, all), column(u, jb, all)}, z, seed * 17 + ja * 101L + jb);
                if (h.pValue() < s.alpha() / pairs) {
                    String na = full.parameters().get(ja).name();
                    String nb = full.parameters().get(jb).name();
                    String e = String.format(Locale.ROOT, "pair (%s, %s) S=%.2e p=%.4f < %.4f", na, nb, h.s(), h.pValue(),
                            s.alpha() / pairs);
                    found.add(na);
                    found.add(nb);
                    evidence.merge(na, e, (x, w) -> x + "; " + w);
                    evidence.merge(nb, e, (x, w) -> x + "; " + w);
                }
            }
        }
        impactful.addAll(found);
    }

    static int[] activeRows(double[][] u, int j) {
        return java.util.stream.IntStream.range(0, u.length).filter(i -> !Double.isNaN(u[i][j])).toArray();
    }

    static double[] column(double[][] u, int j, int[] rows) {
        double[] x = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            x[i] = u[rows[i]][j];
        }
        return x;
    }

    static double[] pick(double[] y, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = y[rows[i]];
        }
        return out;
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

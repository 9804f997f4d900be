package org.xhpo.refine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.xhpo.analysis.RecommendationRow;
import org.xhpo.analysis.RegionBox;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Condition;
import org.xhpo.space.FixedParameter;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;

/**
 * The next study's search space from the rows of a finished study's {@code recommendations}
 * ({@link org.xhpo.analysis.Recommendations}): the seeds' "constrained HPO" (metamodel-shap-hp-analysis.md
 * §4: "exclude β1F, γ1B, γ2B; limit β2F ≤ 0.4"; HSIC-GPBO of hsic-explainable-hpo.md, Table 4 caption:
 * optimize the impactful parameters, the others at cost-efficient values). Per parameter, by its row:
 * <ul>
 *   <li>{@code fix}: {@code {type: fixed, value: fix_value}} (the row says its source: cheap end,
 *       default or best trial);</li>
 *   <li>{@code abstain}, or no row: kept as declared (too few trials for advice);</li>
 *   <li>{@code tune} jointly with a partner (P2, {@code tune_with}): the bounds of the pair's joint
 *       region on this parameter, i.e. the hull of its cells' sides ({@link RegionBox}); the partner's
 *       own row gives the partner's bounds, so both parameters of the pair are narrowed;</li>
 *   <li>{@code tune} a categorical: only its good choices (fixed when one is left);</li>
 *   <li>{@code tune} with several separate regions of the best trials: the hull of the regions (ours:
 *       a space holds one interval per parameter; the hull is the smallest one that keeps every
 *       region, and it drops only the ends no best trial reached; the declared range would re-add
 *       those ends for nothing), the regions listed in the comment;</li>
 *   <li>{@code tune} with one range: that range.</li>
 * </ul>
 * A tuned parameter keeps its type, scale and step. A child whose parent lost every value that
 * activates it leaves the space, as do children a fixed parent deactivates. When every parameter
 * would be fixed, the first one stays tuned as declared (a study needs one sampled parameter).
 *
 * @param space the refined space
 * @param notes parameter name → why its line reads as it does (decision and evidence), for the comment
 */
public record RefinedSpace(SearchSpace space, Map<String, String> notes) {
    /** Copies the notes. */
    public RefinedSpace {
        notes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /**
     * Builds the refined space.
     *
     * @param stored the finished study's space (as declared, from study.json)
     * @param rows the rows of its {@code recommendations} table
     */
    public static RefinedSpace from(SearchSpace stored, List<RecommendationRow> rows) {
        Map<String, RecommendationRow> by = new LinkedHashMap<>();
        for (RecommendationRow r : rows) {
            by.putIfAbsent(r.parameter(), r);
        }
        Map<String, String> notes = new LinkedHashMap<>();
        Map<String, Parameter> kept = new LinkedHashMap<>();
        Map<String, Object> fix = new LinkedHashMap<>();
        for (Parameter p : stored.parameters()) {
            RecommendationRow r = by.get(p.name());
            if (r == null) {
                kept.put(p.name(), p);
                notes.put(p.name(), "as declared: no recommendation row");
            } else if (r.action().equals("fix")) {
                Object v = fixValue(p, r);
                kept.put(p.name(), p);
                fix.put(p.name(), v);
                notes.put(p.name(), "fix at " + v + " (" + r.fixSource() + "): " + evidence(r));
            } else if (!r.action().equals("tune")) {
                kept.put(p.name(), p);
                notes.put(p.name(), "as declared: " + r.action() + ": " + flat(r.evidence()));
            } else {
                tune(p, r, kept, fix, notes);
            }
        }
        dropUnreachable(kept, fix, notes);
        if (fix.size() == kept.size() && !kept.isEmpty()) { // a space needs one sampled parameter
            String first = kept.keySet().iterator().next();
            fix.remove(first);
            kept.put(first, stored.get(first));
            notes.put(first, "as declared: every parameter would be fixed, a study needs one tuned; "
                    + notes.get(first));
        }
        SearchSpace narrowed = new SearchSpace(new ArrayList<>(kept.values()), new ArrayList<>(stored.fixed()));
        for (FixedParameter f : stored.fixed()) {
            notes.putIfAbsent(f.name(), "fixed in the source study");
        }
        return new RefinedSpace(narrowed.fixing(fix), notes);
    }

    private static void tune(Parameter p, RecommendationRow r, Map<String, Parameter> kept, Map<String, Object> fix,
                             Map<String, String> notes) {
        List<RegionBox> own = r.regions().stream().filter(b -> b.parameter().equals(p.name())).toList();
        if (r.tuneWith() != null && !r.tuneWith().isEmpty()) {
            if (own.isEmpty()) {
                kept.put(p.name(), p);
                notes.put(p.name(), "as declared: tune jointly with " + r.tuneWith() + (r.values() == null
                        || r.values().isEmpty() ? ", no cell holds enough best trials for a joint region; "
                        : ", the table has no typed regions (analyzed by an older XHPO; re-run xhpo analyze): "
                        + r.values() + "; ") + evidence(r));
                return;
            }
            double[] h = hull(own);
            kept.put(p.name(), narrow(p, h[0], h[1]));
            notes.put(p.name(), String.format(Locale.ROOT, "tune jointly with %s: the joint region's bounds "
                    + "(unit [%.3g, %.3g]%s) of %s; %s", r.tuneWith(), h[0], h[1], h[1] - h[0] >= 1
                    ? ", its cells span the declared range: one box cannot narrow it" : "", r.values(), evidence(r)));
        } else if (p instanceof CategoricalParameter c && !own.isEmpty()) {
            List<Object> good = new ArrayList<>();
            for (int k = 0; k < c.choices().size(); k++) {
                double centre = (k + 0.5) / c.choices().size();
                if (own.stream().anyMatch(b -> centre >= b.unitLow() && centre <= b.unitHigh())) {
                    good.add(c.choices().get(k));
                }
            }
            if (good.size() == 1) {
                kept.put(p.name(), p);
                fix.put(p.name(), good.get(0));
                notes.put(p.name(), "fix at " + good.get(0) + ": the one good choice; " + evidence(r));
            } else {
                kept.put(p.name(), good.isEmpty() ? p : new CategoricalParameter(c.name(), good,
                        good.contains(c.defaultVal()) ? c.defaultVal() : null, c.condition()));
                notes.put(p.name(), "tune over the good choices " + good + "; " + evidence(r));
            }
        } else if (own.size() > 1) {
            double[] h = hull(own);
            kept.put(p.name(), narrow(p, h[0], h[1]));
            notes.put(p.name(), own.size() + " separate regions of the best trials (" + r.values()
                    + "): the hull of the regions, the smallest range that keeps them all; " + evidence(r));
        } else if (!Double.isNaN(r.unitLow()) && !Double.isNaN(r.unitHigh())) {
            kept.put(p.name(), narrow(p, r.unitLow(), r.unitHigh()));
            notes.put(p.name(), "tune in [" + r.valueLow() + ", " + r.valueHigh() + "]; " + evidence(r));
        } else if (own.size() == 1) {
            kept.put(p.name(), narrow(p, own.get(0).unitLow(), own.get(0).unitHigh()));
            notes.put(p.name(), "tune in " + r.values() + "; " + evidence(r));
        } else {
            kept.put(p.name(), p);
            notes.put(p.name(), "tune as declared (no range recommended); " + evidence(r));
        }
    }

    /** "decision (methods): evidence" on one line: the methods' indices and p-values. */
    private static String evidence(RecommendationRow r) {
        return "supported by " + (r.supportedBy() == null || r.supportedBy().isEmpty() ? "none" : r.supportedBy())
                + ": " + flat(r.evidence());
    }

    private static String flat(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace("#", "");
    }

    private static double[] hull(List<RegionBox> boxes) {
        double lo = 1;
        double hi = 0;
        for (RegionBox b : boxes) {
            lo = Math.min(lo, b.unitLow());
            hi = Math.max(hi, b.unitHigh());
        }
        return new double[] {lo, hi};
    }

    /** The row's {@code fix_value} as the parameter's value; its unit value when the text is not one. */
    static Object fixValue(Parameter p, RecommendationRow r) {
        String v = r.fixValue();
        if (v != null) {
            if (p instanceof CategoricalParameter c) {
                for (Object choice : c.choices()) {
                    if (String.valueOf(choice).equals(v)) {
                        return choice;
                    }
                }
            } else {
                try {
                    Object parsed = p instanceof IntParameter ? (Object) Long.parseLong(v)
                            : (Object) Double.parseDouble(v);
                    if (p.contains(parsed)) {
                        return parsed;
                    }
                } catch (NumberFormatException e) {
                    // fall through to the unit value
                }
            }
        }
        if (Double.isNaN(r.unitLow())) {
            throw new IllegalArgumentException("recommendations." + p.name() + ".fix_value: " + v
                    + " is not a value of " + p.name() + " and the row has no unit_low");
        }
        return p.fromUnit(r.unitLow());
    }

    /** The parameter with its range narrowed to the unit interval [lo, hi] (unchanged when it would be empty). */
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
            return b > a ? new IntParameter(i.name(), a, b, i.log(), i.step(), inside(i.defaultVal(), a, b),
                    i.condition()) : p;
        }
        CategoricalParameter c = (CategoricalParameter) p;
        List<Object> keep = new ArrayList<>();
        int n = c.choices().size();
        for (int j = 0; j < n; j++) {
            if ((j + 1.0) / n > lo && (double) j / n < hi) {
                keep.add(c.choices().get(j));
            }
        }
        return keep.size() >= 2 ? new CategoricalParameter(c.name(), keep, keep.contains(c.defaultVal())
                ? c.defaultVal() : null, c.condition()) : p;
    }

    private static <T extends Comparable<T>> T inside(T v, T lo, T hi) {
        return v == null || v.compareTo(lo) < 0 || v.compareTo(hi) > 0 ? null : v;
    }

    /**
     * Keeps in each child's condition only the values its narrowed (or fixed) parent can still take;
     * a child left with no such value can never be active and leaves the space.
     */
    private static void dropUnreachable(Map<String, Parameter> kept, Map<String, Object> fix,
                                        Map<String, String> notes) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Parameter p : new ArrayList<>(kept.values())) {
                if (p.when().isEmpty()) {
                    continue;
                }
                Map<String, List<Object>> req = new LinkedHashMap<>();
                boolean reachable = true;
                for (Map.Entry<String, List<Object>> e : p.when().get().requirements().entrySet()) {
                    Parameter parent = kept.get(e.getKey());
                    // a fixed parent keeps its declared range here: SearchSpace.fixing drops what it deactivates
                    List<Object> still = parent == null ? List.of() : e.getValue().stream()
                            .filter(v -> fix.containsKey(e.getKey()) || parent.contains(v))
                            .collect(Collectors.toList());
                    reachable &= !still.isEmpty();
                    req.put(e.getKey(), still);
                }
                if (!reachable) {
                    kept.remove(p.name());
                    fix.remove(p.name());
                    notes.put(p.name(), "left out: its parent no longer takes a value that activates it");
                    changed = true;
                } else if (!req.equals(p.when().get().requirements())) {
                    kept.put(p.name(), p.withCondition(new Condition(req)));
                    changed = true;
                }
            }
        }
    }
}

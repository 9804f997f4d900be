package org.xhpo.sampler.hsicgpbo;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.ExplainInput;
import org.xhpo.analysis.hsic.HsicImportance;
import org.xhpo.analysis.hsic.HsicImportanceRow;
import org.xhpo.analysis.hsic.HsicInteractionRow;
import org.xhpo.analysis.hsic.HsicPairs;
import org.xhpo.space.Parameter;

/**
 * Which parameters the focus stage tunes: "the most impactful hyperparameters defined by HSIC"
 * (hsic-explainable-hpo.md, Table 4 caption), read from the analysis library's tables on the
 * exploration trials, so the sampler and {@code xhpo analyze} apply one statistic and one correction:
 * <ul>
 *   <li>a parameter is impactful when its goal-oriented index is significant for the best <em>or</em>
 *       the worst p% (the seed explains with both: slides Fig. 8, "S when Y is the set of the 10% worst
 *       errors"; a parameter that makes trials fail is one to tune), computed on the trials where it
 *       is active (P3, {@link HsicImportance});</li>
 *   <li>significance accounts for the number of tests: the Benjamini–Hochberg adjusted p-value of the
 *       family of 2·d singles (the library's {@code p_adjusted}) below {@code alpha}, the false-discovery
 *       rate the user accepts. Uncorrected, d parameters tested at α each let about α·d irrelevant ones
 *       into the focus stage, where each costs the GP a dimension; the focus stage has to be right about
 *       what it tunes, since the parameters it misses are not lost: the fine-tuning stage tunes them
 *       ("it then fine-tunes the remaining hyperparameters", Table 4 caption);</li>
 *   <li>P2 ("check for interactions … before selecting"): both parameters of a pair whose joint index
 *       ({@link HsicPairs}) is significant after the same correction over the pairs, with a positive
 *       excess over the sum of its singles;</li>
 *   <li>the parents of an impactful conditional parameter (its group exists only through them); with
 *       nothing significant, the parameter with the largest best-p% S.</li>
 * </ul>
 *
 * @param impactful the parameters to tune, in declaration order of discovery
 * @param evidence parameter → S, raw and adjusted p-values for both targets, rank in group, pair
 */
record ImpactfulSet(Set<String> impactful, Map<String, String> evidence) {

    /** Selects from the exploration trials at false-discovery rate {@code alpha}. */
    static ImpactfulSet select(ExplainInput input, AnalysisSettings settings, double alpha, long seed) {
        HsicImportance.Result imp = new HsicImportance().explain(input, settings, seed);
        Map<String, String> evidence = new LinkedHashMap<>();
        Map<String, Double> bestS = new LinkedHashMap<>();
        Set<String> impactful = new LinkedHashSet<>();
        for (HsicImportanceRow r : imp.rows()) {
            if (!r.ownGroup()) {
                continue;
            }
            if (Double.isNaN(r.pValue())) {
                evidence.putIfAbsent(r.parameter(), "active in " + r.n() + " exploration trials, too few for HSIC");
                continue;
            }
            if (r.target().equals("best")) {
                bestS.put(r.parameter(), r.s());
            }
            boolean sig = r.pAdjusted() < alpha;
            if (sig) {
                impactful.add(r.parameter());
            }
            evidence.merge(r.parameter(), String.format(Locale.ROOT, "hsic %s S=%.2e p=%.3f p_adj=%.3f%s rank %d%s",
                    r.target(), r.s(), r.pValue(), r.pAdjusted(), sig ? " (significant)" : "", r.rankInGroup(),
                    r.group().isEmpty() ? "" : " in group " + r.group()), (a, b) -> a + "; " + b);
        }
        for (HsicInteractionRow r : new HsicPairs().explain(input, settings, seed).rows()) {
            if (r.pAdjusted() < alpha && r.excessOverSum() > 0) {
                String e = String.format(Locale.ROOT, "pair (%s, %s) S=%.2e p_adj=%.3f, excess over the sum %.2e",
                        r.parameterA(), r.parameterB(), r.sPair(), r.pAdjusted(), r.excessOverSum());
                for (String p : new String[] {r.parameterA(), r.parameterB()}) {
                    impactful.add(p);
                    evidence.merge(p, e, (a, b) -> a + "; " + b);
                }
            }
        }
        if (impactful.isEmpty() && !bestS.isEmpty()) {
            String top = bestS.entrySet().stream().max(Comparator.comparingDouble(Map.Entry::getValue)).get().getKey();
            impactful.add(top);
            evidence.merge(top, "nothing significant: the largest S is tuned", (a, b) -> a + "; " + b);
        }
        for (Parameter p : input.space().parameters()) { // a conditional parameter that matters keeps its parents
            if (impactful.contains(p.name()) && p.when().isPresent()) {
                impactful.addAll(p.when().get().requirements().keySet());
            }
        }
        return new ImpactfulSet(impactful, evidence);
    }
}

package org.xhpo.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the {@code recommendations} table: tune a parameter within a range, or fix it
 * (metamodel-shap-hp-analysis.md §4: "exclude … as their importance is low throughout their range";
 * restrict others to "ranges yielding positive contributions"; HSIC-GPBO of hsic-explainable-hpo.md:
 * optimize the influential, fix the rest, a cost parameter at its cheapest sufficient value).
 *
 * <p>Rule (ours; docs/methods/recommendations.md, 'Votes'): each method votes; a parameter is {@code tune}
 * when at least half of the methods that did not abstain (and at least one) find it influential,
 * else {@code fix} (a tie tunes: fixing a parameter that matters loses the optimum, tuning one that
 * does not only costs budget). The
 * range of a tuned parameter is the intersection of the methods' favourable ranges when it is not
 * empty, else the HSIC range (measured on the trials themselves), else the SHAP range (read from
 * a meta-model). A fixed cost parameter is fixed at the cheap end
 * of the range its trade-off curve keeps.
 *
 * @param parameter the parameter
 * @param group its conditional group ("" when always active)
 * @param action tune or fix
 * @param low lower end of the recommended unit range (for fix: the value, low = high); NaN if none
 * @param high upper end of the recommended unit range; NaN if none
 * @param supportedBy the methods whose vote agrees with the action
 * @param evidence one statement per method
 */
public record Recommendation(String parameter, String group, String action, double low, double high,
                             List<String> supportedBy, String evidence) {

    /**
     * Combines the evidence for one parameter.
     *
     * @param parameter the parameter
     * @param group its group
     * @param evidence one per method (methods may abstain)
     * @param cheapFix for a cost parameter, the unit value of its cheapest sufficient setting; NaN otherwise
     */
    public static Recommendation combine(String parameter, String group, List<Evidence> evidence, double cheapFix) {
        int yes = 0;
        int no = 0;
        for (Evidence e : evidence) {
            if (e.matters() != null) {
                if (e.matters()) {
                    yes++;
                } else {
                    no++;
                }
            }
        }
        boolean tune = yes > 0 && yes >= no; // a tie tunes: fixing a parameter that matters costs the optimum
        String action = tune ? "tune" : "fix";
        List<String> support = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Evidence e : evidence) {
            if (e.matters() != null && e.matters() == tune) {
                support.add(e.method());
            }
            text.append(text.length() == 0 ? "" : "; ").append(e.method()).append(": ").append(e.detail());
        }
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (tune) {
            double a = 0;
            double b = 1;
            boolean any = false;
            for (Evidence e : evidence) {
                if (e.hasRange()) {
                    a = Math.max(a, e.low());
                    b = Math.min(b, e.high());
                    any = true;
                }
            }
            if (any && a <= b) {
                lo = a;
                hi = b;
            } else {
                for (String m : List.of("hsic", "shap", "pdp")) {
                    Evidence e = evidence.stream().filter(x -> x.method().equals(m) && x.hasRange()).findFirst().orElse(null);
                    if (e != null) {
                        lo = e.low();
                        hi = e.high();
                        break;
                    }
                }
            }
        } else if (!Double.isNaN(cheapFix)) {
            lo = cheapFix;
            hi = cheapFix;
            text.append("; cost: cheapest value that keeps the best results");
        }
        return new Recommendation(parameter, group, action, lo, hi, List.copyOf(support), text.toString());
    }
}

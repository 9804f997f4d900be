package org.xhpo.analysis;

import java.util.List;

/**
 * One row of {@code recommendations}.
 *
 * @param parameter the parameter
 * @param group its conditional group
 * @param action {@code tune}, {@code fix}, or {@code abstain} (too few finished trials for advice;
 *     the indices are still reported)
 * @param unitLow lower end of the one recommended unit range (for fix: the value); NaN when there is
 *     none (categoricals, separate regions, joint tuning, abstain)
 * @param unitHigh upper end; NaN likewise
 * @param valueLow the user's value at unitLow (null when none)
 * @param valueHigh the user's value at unitHigh (null when none)
 * @param values what to tune over when one range cannot say it: a categorical's set of good choices,
 *     the separate regions of the best trials, or the joint region of an interacting pair (null
 *     otherwise)
 * @param regions the unit boxes behind {@code values}, typed ({@link RegionBox}): one per good
 *     categorical choice or separate region, two per cell of a joint region; empty otherwise
 * @param fixValue for {@code fix}: the value to fix the parameter to
 * @param fixSource for {@code fix}: {@code cheap_end} (a cost parameter's recommended cheap value,
 *     {@code hsic_tradeoff}), {@code default} (the declared default) or {@code best_trial}
 * @param tuneWith for a parameter in an interacting pair: its partner(s), to be tuned jointly
 * @param supportedBy the methods whose vote agrees with the action, comma-separated
 * @param evidence one statement per method, and why when abstaining
 * @param sampling {@code uniform}, or the caveat when the trials came from a non-uniform sampler
 */
public record RecommendationRow(String parameter, String group, String action, double unitLow, double unitHigh,
                                String valueLow, String valueHigh, String values, List<RegionBox> regions,
                                String fixValue, String fixSource,
                                String tuneWith, String supportedBy, String evidence, String sampling) {
    /** Copies the boxes (null: none). */
    public RecommendationRow {
        regions = regions == null ? List.of() : List.copyOf(regions);
    }
}

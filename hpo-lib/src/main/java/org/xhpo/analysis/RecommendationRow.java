package org.xhpo.analysis;

/**
 * One row of {@code recommendations}.
 *
 * @param parameter the parameter
 * @param group its conditional group
 * @param action {@code tune} or {@code fix}
 * @param unitLow lower end of the recommended unit range (for fix: the value); NaN when none
 * @param unitHigh upper end; NaN when none
 * @param valueLow the user's value at unitLow (null when none)
 * @param valueHigh the user's value at unitHigh (null when none)
 * @param supportedBy the methods whose vote agrees with the action, comma-separated
 * @param evidence one statement per method
 */
public record RecommendationRow(String parameter, String group, String action, double unitLow, double unitHigh,
                                String valueLow, String valueHigh, String supportedBy, String evidence) {
}

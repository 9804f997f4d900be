package org.xhpo.analysis.shap;

/**
 * One row of {@code shap_values}: the SHAP value of one parameter in one explained trial.
 *
 * @param trial the trial id
 * @param parameter the parameter
 * @param group its conditional group
 * @param unitValue its unit value in the trial (NaN when inactive)
 * @param value its value as the user wrote it (null when inactive)
 * @param shap the ensemble-mean SHAP value
 * @param shapSd the spread across ensemble members
 * @param metric the explained metric
 * @param baseValue the ensemble-mean base value
 */
public record ShapValueRow(long trial, String parameter, String group, double unitValue, String value, double shap,
                           double shapSd, String metric, double baseValue) {
}

package org.xhpo.analysis.shap;

import java.util.List;

/**
 * One row of {@code shap_summary} (metamodel-shap-hp-analysis.md §4): a parameter's mean |SHAP|,
 * its binned dependence and what follows from it.
 *
 * @param parameter the parameter
 * @param group its conditional group
 * @param metric the explained metric
 * @param meanAbsShap mean |SHAP| over the explained trials where it is active
 * @param fixable whether no bin's |mean| reaches the threshold
 * @param favourableUnitLow unit low of the favourable run of bins (NaN when none)
 * @param favourableUnitHigh unit high of it (NaN when none)
 * @param maxBinMean the largest |bin mean|
 * @param fixableThreshold ε·sd(metric)
 * @param metamodelR2Holdout the meta-model's hold-out R²
 * @param shapMethod {@code exact} or {@code kernel}
 * @param dependence the quantile bins
 */
public record ShapSummaryRow(String parameter, String group, String metric, double meanAbsShap, boolean fixable,
                             double favourableUnitLow, double favourableUnitHigh, double maxBinMean,
                             double fixableThreshold, double metamodelR2Holdout, String shapMethod,
                             List<ShapBin> dependence) {
    /** Copies the bins. */
    public ShapSummaryRow {
        dependence = List.copyOf(dependence);
    }
}

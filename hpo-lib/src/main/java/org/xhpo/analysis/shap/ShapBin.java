package org.xhpo.analysis.shap;

/**
 * One quantile bin of a SHAP dependence ({@link ShapDependence}).
 *
 * @param unitLow unit low of the bin
 * @param unitHigh unit high of the bin
 * @param trials explained trials in the bin
 * @param meanShap mean SHAP value in the bin
 * @param sdShap sample sd of the SHAP values in the bin
 */
public record ShapBin(double unitLow, double unitHigh, long trials, double meanShap, double sdShap) {
}

package org.xhpo.analysis.pdp;

import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.Parameter;

/**
 * Grid points, in unit space, at which a partial dependence (Friedman 2001, §8.2; docs/methods/pdp.md,
 * 'Grids') is evaluated: a categorical's cell centres (j+½)/k, an integer's value centres when it has at most
 * {@code points} values, and otherwise {@code points} cell centres (i+½)/points of [0, 1] — each
 * maps back to a native value with {@link Parameter#fromUnit}. Scoring the grid is Spark's job.
 */
public final class PdpGrid {
    private PdpGrid() {
    }

    /**
     * @param p the parameter
     * @param points the grid size for continuous parameters (at least 2)
     * @return increasing unit-space grid points
     */
    public static double[] unitGrid(Parameter p, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("analysis.pdp_grid: must be >= 2, got " + points);
        }
        if (p instanceof CategoricalParameter c) {
            int k = c.choices().size();
            double[] g = new double[k];
            for (int j = 0; j < k; j++) {
                g[j] = (j + 0.5) / k;
            }
            return g;
        }
        if (p instanceof IntParameter ip && ip.count() <= points) {
            double[] g = new double[(int) ip.count()];
            for (int j = 0; j < g.length; j++) {
                g[j] = ip.toUnit(ip.low() + j * ip.step());
            }
            return g;
        }
        double[] g = new double[points];
        for (int i = 0; i < points; i++) {
            g[i] = (i + 0.5) / points;
        }
        return g;
    }

    /** Whether a parameter's values are unordered labels (importance from a PDP uses range/4, not sd). */
    public static boolean categorical(Parameter p) {
        return p instanceof CategoricalParameter;
    }

    /**
     * PDP-based importance (Greenwell et al. 2018, as SynapseML's ICE explainer): the standard
     * deviation of the PDP values of a numeric parameter, (max − min)/4 for a categorical one.
     */
    public static double importance(double[] pdp, boolean categorical) {
        if (pdp.length == 0) {
            return Double.NaN;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double mean = 0;
        for (double v : pdp) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            mean += v / pdp.length;
        }
        if (categorical) {
            return (max - min) / 4;
        }
        double ss = 0;
        for (double v : pdp) {
            ss += (v - mean) * (v - mean);
        }
        return pdp.length > 1 ? Math.sqrt(ss / (pdp.length - 1)) : 0.0;
    }
}

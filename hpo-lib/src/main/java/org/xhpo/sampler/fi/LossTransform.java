package org.xhpo.sampler.fi;

import java.util.Arrays;
import java.util.Locale;
import smile.math.special.Erf;

/**
 * What the weighting model W is fitted to: the told losses turned into regression targets, over the
 * current pairs. The seed (fi-random-search-sdcmi.md, §4) only says the hyperparameters are
 * normalised; XHPO standardizes the losses too (docs/methods/fi-random-search.md).
 *
 * <p>{@link #NORMAL_SCORES} is the Gaussian copula transform of Salinas, Shen &amp; Perrone, "A
 * quantile-based approach for hyperparameter transfer learning" (ICML 2020): ỹ = Φ⁻¹(F̂(ℓ)), with F̂
 * the empirical distribution of the losses. Their F̂ is the Winsorized empirical CDF of Liu, Lafferty
 * &amp; Wasserman (JMLR 2009, "The nonparanormal"); here F̂(ℓ_r) = (mid-rank_r − ½)/m (Hazen's plotting
 * position), which keeps every target finite without a cut-off and gives tied losses one target. A
 * linear W fitted by least squares to standardized losses is pulled by the few largest ones when the
 * losses are heavy-tailed (on the
 * sDCMI pipelines the JS of a collapsed configuration is 10–100× an alive one's); fitted to normal
 * scores it sees only the order of the losses, so the importance direction, and every proposal, is the
 * same for the objective f and for any strictly increasing function of it.
 */
public enum LossTransform {
    /** (ℓ − mean)/sd over the pairs ({@link ImportanceTrajectory#standardize}); the paper mode's. */
    STANDARDIZE,
    /** Φ⁻¹((mid-rank − ½)/m) over the pairs. */
    NORMAL_SCORES;

    /** The lower-case name used in configs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The transform a config names by its {@link #label()}.
     *
     * @throws IllegalArgumentException naming {@code sampler.settings.loss_transform} and the labels
     */
    static LossTransform parse(String label) {
        for (LossTransform t : values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException(FeatureImportanceSettings.PATH + ".loss_transform: expected one of "
                + Arrays.stream(values()).map(LossTransform::label).toList() + ", got '" + label + "'");
    }

    /** The regression targets of the losses (not modified), in their order. */
    double[] apply(double[] losses) {
        return this == STANDARDIZE ? ImportanceTrajectory.standardize(losses) : normalScores(losses);
    }

    /** Φ⁻¹((r − ½)/m) with r the 1-based mid-rank of each loss among the m (ties share their mean rank). */
    static double[] normalScores(double[] losses) {
        int m = losses.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(losses[a], losses[b]));
        double[] out = new double[m];
        int i = 0;
        while (i < m) {
            int j = i;
            while (j + 1 < m && losses[order[j + 1]] == losses[order[i]]) {
                j++;
            }
            // ranks i+1 .. j+1 share their mean
            double p = ((i + j) / 2.0 + 1 - 0.5) / m;
            double z = -Math.sqrt(2) * Erf.inverfc(2 * p);
            for (int k = i; k <= j; k++) {
                out[order[k]] = z;
            }
            i = j + 1;
        }
        return out;
    }
}

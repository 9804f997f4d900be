package org.xhpo.sampler.fi;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lines 5–10 of Obonyo et al., fi-random-search-sdcmi.md, Algorithm 1, with the
 * corrections of docs/methods/fi-random-search.md: the loop that moves Λ along the
 * importances of W and records the probe points. It never evaluates anything, so the whole probe
 * list follows from the K training pairs and the seeded minibatch draws alone.
 *
 * <p>Notation: x ∈ [0,1]^{m×d} the unit-space training rows (m ≤ K, failed trials dropped),
 * ℓ ∈ ℝ^m their losses, ỹ = (ℓ − mean ℓ)/sd ℓ (population sd; 1 when it is 0), Λ ∈ [1e-3, 1]^d.
 */
final class ImportanceTrajectory {
    /** Lower clip of Λ: a multiplicative update could never leave 0 (fi-random-search.md, 'The corrections', 2). */
    static final double LAMBDA_MIN = 1e-3;

    private ImportanceTrajectory() {
    }

    /**
     * The probe points Λ_i for {@code i = 0..N, i % probe == 0}, in order.
     *
     * @param x unit-space training rows (not modified)
     * @param losses the rows' losses
     * @param lambda0 the initial Λ (line 2)
     * @param s the settings (α, N, bs, probe)
     * @param model a fresh W, trained warm across iterations
     * @param batches the generator of the minibatch draws
     */
    static List<double[]> probes(double[][] x, double[] losses, double[] lambda0, FeatureImportanceSettings s,
                                 ImportanceWeightModel model, SplittableRandom batches) {
        double[] y = standardize(losses);
        double[] lambda = lambda0.clone();
        List<double[]> probes = new ArrayList<>(s.probes());
        ImportanceStep step = new ImportanceStep(model, s.alpha(), s.bs(), new PairedMinibatches(batches));
        // Algorithm 1 line 5: for i ← 0 to N; lines 6–8 in ImportanceStep
        for (int i = 0; i <= s.n(); i++) {
            step.run(x, y, lambda);
            // Algorithm 1 lines 9–10: if i % probe = 0, probe the current Λ
            if (i % s.probe() == 0) {
                probes.add(lambda.clone());
            }
        }
        return probes;
    }

    /** Clips to [1e-3, 1]. */
    static double clip(double v) {
        return Math.min(1.0, Math.max(LAMBDA_MIN, v));
    }

    /** (ℓ − mean)/sd with the population sd; sd 0 (or fewer than two rows) divides by 1. */
    static double[] standardize(double[] losses) {
        int m = losses.length;
        if (m == 0) {
            return new double[0];
        }
        double mean = 0;
        for (double v : losses) {
            mean += v;
        }
        mean /= m;
        double ss = 0;
        for (double v : losses) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / m);
        double scale = sd > 0 && Double.isFinite(sd) ? sd : 1.0;
        double[] y = new double[m];
        for (int r = 0; r < m; r++) {
            y[r] = (losses[r] - mean) / scale;
        }
        return y;
    }
}

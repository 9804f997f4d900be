package org.xhpo.sampler.fi;

/**
 * One iteration of the loop of Obonyo et al., fi-random-search-sdcmi.md, Algorithm 1, lines 6–8,
 * as corrected in docs/methods/fi-random-search.md: draw a paired minibatch (line 6), take one
 * warm-started epoch of W on it and read the signed importance I at Λ (line 7), and move Λ by the
 * descent form of line 8, {@code Λ_j ← clip(Λ_j(1 − α·I_j), 1e-3, 1)}. A non-finite I_j (a diverged W)
 * leaves Λ_j where it is. The paper mode ({@link ImportanceTrajectory}) and the adaptive mode
 * ({@link AdaptiveProbes}) both move Λ only through this class.
 */
final class ImportanceStep {
    private final ImportanceWeightModel model;
    private final double alpha;
    private final int bs;
    private final PairedMinibatches batches;

    /**
     * @param model W, trained warm across iterations
     * @param alpha α of line 8
     * @param bs the minibatch size of line 6 (fewer rows are drawn when fewer exist)
     * @param batches the minibatch draws
     */
    ImportanceStep(ImportanceWeightModel model, double alpha, int bs, PairedMinibatches batches) {
        this.model = model;
        this.alpha = alpha;
        this.bs = bs;
        this.batches = batches;
    }

    /**
     * One iteration on the pairs (x[r], y[r]) — y already standardized — moving lambda in place.
     * With no pair, W learns nothing and Λ is only clipped.
     */
    void run(double[][] x, double[] y, double[] lambda) {
        int m = x.length;
        double[] importance = new double[lambda.length];
        if (m > 0) {
            // line 6 (paired): xtrain, ytrain ← the same b random rows of sampleParams and sampleJS
            int[] rows = batches.draw(m, Math.min(bs, m));
            double[][] xb = new double[rows.length][];
            double[] yb = new double[rows.length];
            for (int r = 0; r < rows.length; r++) {
                xb[r] = x[rows[r]];
                yb[r] = y[rows[r]];
            }
            // line 7: I ← W(xtrain, ytrain) — one warm-started epoch, then I at Λ
            model.partialFit(xb, yb);
            importance = model.importance(lambda.clone());
        }
        // line 8 (descent sign): Λ_j ← Λ_j(1 − α·I_j), clipped to [1e-3, 1]
        for (int j = 0; j < lambda.length; j++) {
            if (Double.isFinite(importance[j])) {
                lambda[j] = ImportanceTrajectory.clip(lambda[j] * (1.0 - alpha * importance[j]));
            }
        }
    }
}

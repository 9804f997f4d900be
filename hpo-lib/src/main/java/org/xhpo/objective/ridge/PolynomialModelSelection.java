package org.xhpo.objective.ridge;

import java.util.ArrayList;
import java.util.List;

/**
 * The lecture's "Experiment: polynomials" (hpo-lecture-gradient-bayesian.md; "Evidence vs CV"): for
 * each polynomial degree, the prior precision α is chosen on a fine log grid either by the exact
 * evidence (max ln p(y | α)) or by k-fold cross-validation (min CV MSE); each criterion then picks the
 * degree whose best α scores best. Repeated over data sets drawn from independent seeds and over
 * sample sizes, it shows which degree each criterion picks and how the choices differ as the sample
 * shrinks. Everything is exact (closed-form posteriors), so the table is deterministic.
 *
 * @param degrees largest degree considered (0 … degrees)
 * @param grid α grid: {@code gridPoints} log-spaced points on [1e-6, 1e4]
 * @param folds CV folds (min(folds, N))
 * @param noiseSd σ of the data and β = 1/σ² of the model
 */
public record PolynomialModelSelection(int degrees, int grid, int folds, double noiseSd) {
    private static final double LOW = 1e-6;
    private static final double HIGH = 1e4;

    /**
     * One (data set, degree) cell: the best α and score of each criterion and the test MSE of the
     * model each criterion's α gives.
     *
     * @param samples N
     * @param seed the data seed
     * @param degree the degree
     * @param evidenceAlpha α maximizing the evidence
     * @param logEvidence the maximal ln p(y | α)
     * @param evidenceTestMse test MSE of the posterior mean at evidenceAlpha
     * @param cvAlpha α minimizing the CV loss
     * @param cvLoss the minimal CV MSE
     * @param cvTestMse test MSE of the posterior mean at cvAlpha
     */
    public record Cell(int samples, long seed, int degree, double evidenceAlpha, double logEvidence,
                       double evidenceTestMse, double cvAlpha, double cvLoss, double cvTestMse) {
    }

    /** Evaluates every degree on one data set of N points from the seed. */
    public List<Cell> cells(int samples, long seed) {
        List<Cell> out = new ArrayList<>();
        for (int d = 0; d <= degrees; d++) {
            RidgePolynomialObjective o = objective(samples, seed, d);
            double bestEv = Double.NEGATIVE_INFINITY;
            double evAlpha = Double.NaN;
            double evTest = Double.NaN;
            double bestCv = Double.POSITIVE_INFINITY;
            double cvAlpha = Double.NaN;
            double cvTest = Double.NaN;
            for (int g = 0; g < grid; g++) {
                double alpha = Math.exp(Math.log(LOW) + g * (Math.log(HIGH) - Math.log(LOW)) / (grid - 1));
                var e = o.evaluate(new org.xhpo.space.Configuration(java.util.Map.of("alpha", alpha)),
                        org.xhpo.objective.TrialContext.of(0, 0));
                double ev = e.metrics().get("log_evidence");
                double cv = e.metrics().get("cv_loss");
                if (ev > bestEv) {
                    bestEv = ev;
                    evAlpha = alpha;
                    evTest = e.metrics().get("test_mse");
                }
                if (cv < bestCv) {
                    bestCv = cv;
                    cvAlpha = alpha;
                    cvTest = e.metrics().get("test_mse");
                }
            }
            out.add(new Cell(samples, seed, d, evAlpha, bestEv, evTest, cvAlpha, bestCv, cvTest));
        }
        return out;
    }

    /** The degree the evidence picks among one data set's cells (largest max ln p). */
    public static Cell evidencePick(List<Cell> cells) {
        Cell best = cells.get(0);
        for (Cell c : cells) {
            if (c.logEvidence() > best.logEvidence()) {
                best = c;
            }
        }
        return best;
    }

    /** The degree cross-validation picks among one data set's cells (smallest min CV loss). */
    public static Cell cvPick(List<Cell> cells) {
        Cell best = cells.get(0);
        for (Cell c : cells) {
            if (c.cvLoss() < best.cvLoss()) {
                best = c;
            }
        }
        return best;
    }

    private RidgePolynomialObjective objective(int samples, long seed, int degree) {
        return new RidgePolynomialObjective(java.util.Map.of("samples", samples, "noise_sd", noiseSd, "degree", degree,
                "folds", Math.min(folds, samples), "data_seed", (int) seed));
    }
}

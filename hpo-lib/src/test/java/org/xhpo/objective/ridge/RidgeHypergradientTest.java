package org.xhpo.objective.ridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xhpo.hypergrad.FiniteDifferences;
import org.xhpo.hypergrad.HypergradientMethod;
import org.xhpo.hypergrad.HypergradientSolver;

/** The cross-validation hypergradients of the lecture's methods against finite differences. */
class RidgeHypergradientTest {
    private static final PolynomialData DATA = PolynomialData.draw(24, 0.3, 11);
    private static final double BETA = 1 / 0.09;
    private static final int DEGREE = 4;
    private static final int[] PER_DEGREE = {0, 1, 2, 3, 4};

    private static double cvLoss(double[] alpha) {
        RidgeCrossValidation cv = new RidgeCrossValidation(DATA.design(DEGREE), DATA.y(), 4, alpha, PER_DEGREE, BETA);
        return cv.validationLoss(cv.solve());
    }

    @Test
    void hoagAndNeumannMatchFiniteDifferencesOfTheRetrainedValidationLoss() {
        double[] alpha = {0.5, 2.0, 0.1, 1.5, 3.0};
        RidgeCrossValidation cv = new RidgeCrossValidation(DATA.design(DEGREE), DATA.y(), 4, alpha, PER_DEGREE, BETA);
        double[] theta = cv.solve();
        double[] fd = FiniteDifferences.gradientRelative(RidgeHypergradientTest::cvLoss, alpha, 1e-5);
        double scale = FiniteDifferences.maxAbs(fd);
        double[] hoag = new HypergradientSolver(1e-12, 500, 50, 30).hypergradient(cv, theta, HypergradientMethod.HOAG)
                .gradient();
        assertArrayEquals(fd, hoag, 1e-6 * scale);
        // the Neumann series converges slowly on ill-conditioned polynomial features: many terms come close
        double[] neumann = new HypergradientSolver(1e-12, 500, 20000, 30)
                .hypergradient(cv, theta, HypergradientMethod.NEUMANN).gradient();
        assertArrayEquals(fd, neumann, 0.05 * scale);
    }

    /** Greedy differentiates one training step at fixed θ: d/dα Q(θ − η∇_θL(θ, α)), checked by central differences. */
    @Test
    void greedyIsTheDerivativeOfOneTrainingStep() {
        double[] alpha = {0.5, 2.0, 0.1, 1.5, 3.0};
        RidgeCrossValidation cv = new RidgeCrossValidation(DATA.design(DEGREE), DATA.y(), 4, alpha, PER_DEGREE, BETA);
        double[] theta = cv.solve();
        for (int i = 0; i < theta.length; i++) {
            theta[i] *= 0.9; // away from the optimum, where one step still moves θ
        }
        HypergradientSolver.Result greedy = HypergradientSolver.DEFAULT.hypergradient(cv, theta, HypergradientMethod.GREEDY);
        double eta = greedy.eta();
        double[] fd = FiniteDifferences.gradient(a -> stepLoss(a, theta, eta), alpha, j -> 1e-6);
        for (int j = 0; j < alpha.length; j++) {
            assertEquals(fd[j], greedy.gradient()[j], 1e-6 * Math.max(1, Math.abs(fd[j])));
        }
    }

    private static double stepLoss(double[] alpha, double[] theta, double eta) {
        RidgeCrossValidation cv = new RidgeCrossValidation(DATA.design(DEGREE), DATA.y(), 4, alpha, PER_DEGREE, BETA);
        double[] g = cv.trainGradient(theta);
        double[] step = theta.clone();
        for (int i = 0; i < step.length; i++) {
            step[i] -= eta * g[i];
        }
        return cv.validationLoss(step);
    }

    @Test
    void theMixedPartialsAreTheDerivativeOfTheTrainingGradient() {
        double[] alpha = {0.5, 2.0, 0.1, 1.5, 3.0};
        RidgeCrossValidation cv = new RidgeCrossValidation(DATA.design(DEGREE), DATA.y(), 4, alpha, PER_DEGREE, BETA);
        double[] theta = cv.solve();
        double[] v = new double[theta.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sin(i + 1.0);
        }
        double[] mtv = cv.mixedTransposeVector(theta, v);
        for (int j = 0; j < alpha.length; j++) {
            double[] up = alpha.clone();
            up[j] += 1.0; // ∇_θ L is linear in α
            double[] gu = new RidgeCrossValidation(DATA.design(DEGREE), DATA.y(), 4, up, PER_DEGREE, BETA).trainGradient(theta);
            double[] g0 = cv.trainGradient(theta);
            double s = 0;
            for (int i = 0; i < v.length; i++) {
                s += (gu[i] - g0[i]) * v[i];
            }
            assertEquals(s, mtv[j], 1e-9 * Math.max(1, Math.abs(s)));
        }
        assertTrue(cvLoss(alpha) > 0);
    }
}

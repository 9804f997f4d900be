package org.xhpo.objective.ridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xhpo.hypergrad.FiniteDifferences.maxAbs;

import org.junit.jupiter.api.Test;
import org.xhpo.hypergrad.FiniteDifferences;
import org.xhpo.hypergrad.HypergradientMethod;
import org.xhpo.hypergrad.HypergradientSolver;
import org.xhpo.hypergrad.NeumannSeries;
import org.xhpo.hypergrad.UnrolledSettings;
import org.xhpo.hypergrad.UnrolledTrajectory;

/**
 * The unrolled (reverse-mode, Maclaurin et al. 2015 Algorithm 2) hypergradient of ridge cross-validation:
 * equal to central finite differences of the T-step validation loss, and tending to the implicit
 * (HOAG) hypergradient as T grows on a strongly convex problem.
 */
class RidgeUnrolledHypergradientTest {
    private static final PolynomialData DATA = PolynomialData.draw(24, 0.3, 11);
    private static final double BETA = 1 / 0.09;
    private static final int DEGREE = 4;
    private static final int[] PER_DEGREE = {0, 1, 2, 3, 4};

    private static RidgeCrossValidation cv(double[] alpha) {
        return new RidgeCrossValidation(DATA.design(DEGREE), DATA.y(), 4, alpha, PER_DEGREE, BETA);
    }

    /** 1 / (1.1 λ_max(H)): a stable step for plain and momentum gradient descent. */
    private static double safeStep(RidgeCrossValidation cv) {
        double[] theta = new double[cv.parameters()];
        return 1.0 / NeumannSeries.largestEigenvalue(v -> cv.hessianVector(theta, v), cv.parameters(), 50);
    }


    private static double maxAbsDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    @Test
    void unrolledMatchesFiniteDifferencesOfTheTStepValidationLoss() {
        double[] alpha = {0.5, 2.0, 0.1, 1.5, 3.0};
        UnrolledSettings s = new UnrolledSettings(60, safeStep(cv(alpha)), 0.9, UnrolledSettings.Init.SEED, 0.3);
        double[] g = UnrolledTrajectory.train(cv(alpha), s, 7).hypergradient().gradient();
        double[] fd = FiniteDifferences.gradientRelative(a -> {
            RidgeCrossValidation c = cv(a);
            return c.validationLoss(UnrolledTrajectory.train(c, s, 7).weights());
        }, alpha, 1e-5);
        // w_T is a smooth function of α: measured agreement 6.9e-10 of the largest component; bound 1e-6
        assertArrayEquals(fd, g, 1e-6 * maxAbs(fd));
        assertTrue(maxAbs(fd) > 1e-4, "the check is not vacuous: " + maxAbs(fd));
    }

    /**
     * On a strongly convex quadratic (H ⪰ min α I), T steps of gradient descent converge to θ* and
     * dθ_T/dα to −H⁻¹M, the derivative of θ*,, so the unrolled hypergradient tends to the implicit one (Maclaurin et
     * al. 2015, Sec. 2; Pedregosa 2016). Measured relative errors at T = 100, 400, 1600, 6400 (η = 1/(1.1λ_max),
     * μ = 0.5): 1.5e-1, 8.0e-5, 4.6e-15, 4.7e-15 (the rounding floor) — required: decreasing until below
     * 1e-12, and below 1e-8 at the end.
     */
    @Test
    void unrolledTendsToTheImplicitHypergradientAsTGrows() {
        double[] alpha = {2.0, 5.0, 1.0, 3.0, 4.0};
        RidgeCrossValidation cv = cv(alpha);
        double[] hoag = new HypergradientSolver(1e-14, 1000, 50, 30)
                .hypergradient(cv, cv.solve(), HypergradientMethod.HOAG).gradient();
        double eta = safeStep(cv);
        double previous = Double.POSITIVE_INFINITY;
        StringBuilder seen = new StringBuilder();
        for (int t : new int[] {100, 400, 1600, 6400}) {
            UnrolledSettings s = new UnrolledSettings(t, eta, 0.5, UnrolledSettings.Init.ZERO, 0.01);
            double err = maxAbsDiff(UnrolledTrajectory.train(cv, s, 0).hypergradient().gradient(), hoag) / maxAbs(hoag);
            seen.append(t).append(": ").append(err).append("; ");
            assertTrue(err < previous || err < 1e-12, "error shrinks with T: " + seen);
            previous = err;
        }
        assertTrue(previous < 1e-8, "unrolled reaches the implicit hypergradient: " + seen);
    }
}

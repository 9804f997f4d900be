package org.xhpo.objective.ridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.xhpo.hypergrad.FiniteDifferences;

/** The exact evidence against a direct numerical integral, and its gradient against finite differences. */
class BayesianRidgeTest {
    private static final PolynomialData DATA = PolynomialData.draw(6, 0.5, 3);

    /**
     * p(y | α, β) = ∫ N(y | Φw, β⁻¹I) N(w | 0, A⁻¹) dw for a degree-1 model (two weights), by the
     * midpoint rule on a 600 × 600 grid over ±8 prior sd around the posterior mean.
     */
    @Test
    void evidenceEqualsTheIntegralOverTheWeights() {
        double[][] phi = DATA.design(1);
        double[] alpha = {0.7, 2.5};
        double beta = 4.0;
        BayesianRidge r = new BayesianRidge(phi, DATA.y(), alpha, beta);
        double[] m = r.mean();
        int g = 600;
        double half = 8.0;
        double h0 = 2 * half / g;
        double logMax = Double.NEGATIVE_INFINITY;
        double[][] logs = new double[g][g];
        for (int a = 0; a < g; a++) {
            for (int b = 0; b < g; b++) {
                double w0 = m[0] - half + (a + 0.5) * h0;
                double w1 = m[1] - half + (b + 0.5) * h0;
                double ll = 0;
                for (int i = 0; i < phi.length; i++) {
                    double res = DATA.y()[i] - w0 * phi[i][0] - w1 * phi[i][1];
                    ll += 0.5 * Math.log(beta / (2 * Math.PI)) - 0.5 * beta * res * res;
                }
                double lp = 0.5 * Math.log(alpha[0] / (2 * Math.PI)) - 0.5 * alpha[0] * w0 * w0
                        + 0.5 * Math.log(alpha[1] / (2 * Math.PI)) - 0.5 * alpha[1] * w1 * w1;
                logs[a][b] = ll + lp;
                logMax = Math.max(logMax, ll + lp);
            }
        }
        double sum = 0;
        for (double[] row : logs) {
            for (double v : row) {
                sum += Math.exp(v - logMax);
            }
        }
        double numeric = logMax + Math.log(sum * h0 * h0);
        assertEquals(numeric, r.logEvidence(), 1e-6);
    }

    @Test
    void evidenceGradientMatchesCentralDifferences() {
        double[][] phi = DATA.design(3);
        double[] alpha = {0.3, 1.1, 0.05, 7.0};
        double beta = 2.0;
        double[] g = new BayesianRidge(phi, DATA.y(), alpha, beta).logEvidenceGradient();
        double[] fd = FiniteDifferences.gradientRelative(a -> new BayesianRidge(phi, DATA.y(), a, beta).logEvidence(),
                alpha, 1e-5);
        assertArrayEquals(fd, g, 1e-6);
    }
}

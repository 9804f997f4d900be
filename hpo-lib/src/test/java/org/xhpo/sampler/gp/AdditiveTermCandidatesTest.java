package org.xhpo.sampler.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.space.SearchSpace;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.Parameter;

/** The additive terms' posteriors against the full posterior, and the candidates built from them. */
class AdditiveTermCandidatesTest {
    private static GaussianProcess additiveGp(KernelForm form, double[][] x, double[] y) {
        int d = x[0].length;
        double[] logL = new double[d];
        for (int j = 0; j < d; j++) {
            logL[j] = Math.log(0.1 + 0.05 * j);
        }
        return new GaussianProcess(x, y, new GaussianProcess.Hyper(form, logL, Math.log(1.7), Math.log(1e-3)));
    }

    @Test
    void theTermMeansOfTheAdditiveFormSumToThePosteriorMean() {
        double[][] x = UnitCubeData.uniformPoints(new SplittableRandom(1), 40, 3);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.sin(6 * x[i][0]) + x[i][1] * x[i][2];
        }
        GaussianProcess gp = additiveGp(KernelForm.ADDITIVE, x, y);
        for (double[] at : UnitCubeData.uniformPoints(new SplittableRandom(2), 20, 3)) {
            double sum = 0;
            for (int d = 0; d < 3; d++) {
                sum += gp.termMeans(d, new double[] {at[d]})[0];
            }
            assertEquals(gp.predict(at)[0], sum, 1e-9);
        }
    }

    @Test
    void inOneDimensionTheTermIsTheWholeFunction() {
        double[][] x = UnitCubeData.uniformPoints(new SplittableRandom(3), 15, 1);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.cos(9 * x[i][0]);
        }
        GaussianProcess gp = additiveGp(KernelForm.ADDITIVE, x, y);
        double[] t = {0.0, 0.33, 0.71, 1.0};
        double[] means = gp.termMeans(0, t);
        for (int g = 0; g < t.length; g++) {
            double[] full = gp.predict(new double[] {t[g]});
            assertEquals(full[0], means[g], 1e-9);
            assertEquals(full[1], gp.termVariance(0, t[g]), 1e-9);
        }
    }

    @Test
    void theSumFormsTermsAreHalfAnAdditiveGpsPriorAndArdHasNone() {
        double[][] x = UnitCubeData.uniformPoints(new SplittableRandom(4), 10, 2);
        double[] y = new double[x.length];
        GaussianProcess sum = additiveGp(KernelForm.SUM, x, y);
        // zero data: the term's posterior variance far from the data approaches its prior σ_f² · ½ / D
        assertEquals(1.7 * 0.5 / 2, sum.termPriorVariance(), 1e-12);
        assertEquals(sum.termPriorVariance(), sum.termVariance(0, 40), 1e-6);
        GaussianProcess ard = additiveGp(KernelForm.ARD, x, y);
        assertEquals(0, ard.termPriorVariance());
        assertThrows(IllegalStateException.class, () -> ard.termMeans(0, new double[] {0.5}));
        assertThrows(IllegalStateException.class, () -> ard.termVariance(0, 0.5));
    }

    @Test
    void theExploitingCandidateMinimizesTheAdditiveMeanBetterThanManyRandomPoints() {
        // Rastrigin-6 on its box: ten minima per coordinate, 10^6 minima of the sum
        List<Parameter> ps = new ArrayList<>();
        for (int j = 0; j < 6; j++) {
            ps.add(new FloatParameter("x" + j, -5.12, 5.12, false, null, null));
        }
        SearchSpace space = new SearchSpace(ps);
        double[][] x = UnitCubeData.uniformPoints(new SplittableRandom(5), 150, 6);
        double[] y = java.util.Arrays.stream(x).mapToDouble(UnitCubeData::rastrigin).toArray();
        UnitCubeData.standardize(y);
        GaussianProcess.Hyper h = GaussianProcess.fit(KernelForm.ADDITIVE, x, y, null, 2, 100, new SplittableRandom(6));
        GaussianProcess gp = new GaussianProcess(x, y, h);
        List<double[]> candidates = AdditiveTermCandidates.of(gp, new GpEncoder(space), x[0]);
        assertEquals(3, candidates.size());
        // the pruned search returns the grid's argmin of μ_d − κσ_d, as a search of the whole grid does
        double[] t = AdditiveTermCandidates.VALUES;
        for (int d = 0; d < 6; d++) {
            double[] means = gp.termMeans(d, t);
            for (int k = 0; k < AdditiveTermCandidates.KAPPAS.length; k++) {
                int arg = 0;
                double low = Double.POSITIVE_INFINITY;
                for (int g = 0; g < t.length; g++) {
                    double lcb = means[g] - AdditiveTermCandidates.KAPPAS[k] * Math.sqrt(gp.termVariance(d, t[g]));
                    if (lcb < low) {
                        low = lcb;
                        arg = g;
                    }
                }
                assertEquals(t[arg], candidates.get(k)[d], 0.0, "coordinate " + d + ", candidate " + k);
            }
        }
        double exploit = gp.predict(candidates.get(0))[0];
        for (double[] u : UnitCubeData.uniformPoints(new SplittableRandom(7), 20000, 6)) {
            assertTrue(exploit <= gp.predict(u)[0] + 1e-9, "a random point has a lower posterior mean");
        }
        for (double[] o : x) {
            assertTrue(exploit <= gp.predict(o)[0] + 1e-9, "an observed point has a lower posterior mean");
        }
    }
}

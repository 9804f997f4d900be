package org.xhpo.sampler.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The leave-one-out means against conditioning on the other points, and the skill test's threshold. */
class LooSkillTest {
    @Test
    void looMeansAreThePredictionsOfTheGpWithoutEachPoint() {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] x = new double[12][];
        double[] y = new double[12];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {rng.nextDouble(), rng.nextDouble()};
            y[i] = Math.sin(4 * x[i][0]) + x[i][1] * x[i][1] + 0.1 * rng.nextDouble();
        }
        for (KernelForm form : KernelForm.values()) {
            GaussianProcess.Hyper h = new GaussianProcess.Hyper(form, new double[] {Math.log(0.4), Math.log(0.7)},
                    Math.log(1.5), Math.log(0.01));
            double[] loo = new GaussianProcess(x, y, h).looMeans();
            for (int i = 0; i < x.length; i++) {
                double[][] xo = new double[x.length - 1][];
                double[] yo = new double[x.length - 1];
                for (int j = 0, k = 0; j < x.length; j++) {
                    if (j != i) {
                        xo[k] = x[j];
                        yo[k++] = y[j];
                    }
                }
                assertEquals(new GaussianProcess(xo, yo, h).predict(x[i])[0], loo[i], 1e-9, form + " point " + i);
            }
        }
    }

    @Test
    void theTestRejectsNoAssociationAtTheNormalQuantile() {
        // Φ⁻¹(0.95) = 1.6448536…: ρ√31 = 1.6703 passes, 1.6147 does not
        assertEquals(0.3 * Math.sqrt(31), new LooSkill(0.3, 32).z(), 1e-15);
        assertTrue(new LooSkill(0.3, 32).passes(0.05));
        assertFalse(new LooSkill(0.29, 32).passes(0.05));
        assertTrue(new LooSkill(0.29, 32).passes(0.1)); // Φ⁻¹(0.9) = 1.2816
        assertTrue(new LooSkill(0.01, 32).passes(0.5));
        assertFalse(new LooSkill(-0.2, 100).passes(0.5));
        assertThrows(IllegalArgumentException.class, () -> new LooSkill(0.5, 10).passes(0));
        assertThrows(IllegalArgumentException.class, () -> new LooSkill(0.5, 10).passes(0.6));
    }

    @Test
    void aFittedGpHasSkillOnASmoothLossAndNoneOnNoise() {
        SplittableRandom rng = new SplittableRandom(5);
        double[][] x = new double[40][];
        double[] smooth = new double[40];
        double[] noise = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {rng.nextDouble(), rng.nextDouble()};
            smooth[i] = Math.pow(x[i][0] - 0.3, 2) + Math.pow(x[i][1] - 0.6, 2);
            noise[i] = rng.nextGaussian();
        }
        LooSkill s = skill(x, smooth);
        assertTrue(s.rho() > 0.9 && s.passes(0.05), s.toString());
        LooSkill n = skill(x, noise);
        assertFalse(n.passes(0.05), n.toString());
    }

    private static LooSkill skill(double[][] x, double[] y) {
        double mean = Arrays.stream(y).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum() / (y.length - 1));
        double[] z = Arrays.stream(y).map(v -> (v - mean) / sd).toArray();
        GaussianProcess.Hyper h = GaussianProcess.fit(KernelForm.ARD, x, z, null, 2, 100, new SplittableRandom(1));
        return LooSkill.of(new GaussianProcess(x, z, h), z);
    }
}

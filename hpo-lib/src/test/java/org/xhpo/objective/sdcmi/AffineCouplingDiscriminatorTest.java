package org.xhpo.objective.sdcmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class AffineCouplingDiscriminatorTest {

    @Test
    void likelihoodGradientMatchesCentralDifferences() {
        SplittableRandom rng = new SplittableRandom(8);
        AffineCouplingDiscriminator.Flow flow = new AffineCouplingDiscriminator.Flow(3, 5, 0.0, rng);
        // move away from the near-identity start so every term is exercised
        for (var net : flow.nets()) {
            double[] p = net.parameters();
            for (int i = 0; i < p.length; i++) {
                p[i] += 0.3 * rng.nextGaussian();
            }
        }
        int count = 6;
        double[] pts = new double[2 * count];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = rng.nextGaussian();
        }
        double[][] grads = new double[3][];
        for (int l = 0; l < 3; l++) {
            grads[l] = new double[flow.nets()[l].parameterCount()];
        }
        flow.run(pts, count, null, grads, null);
        double h = 1e-6;
        double[] nll = new double[1];
        for (int l = 0; l < 3; l++) {
            double[] p = flow.nets()[l].parameters();
            for (int i = 0; i < p.length; i++) {
                double keep = p[i];
                p[i] = keep + h;
                flow.run(pts, count, null, null, nll);
                double up = nll[0];
                p[i] = keep - h;
                flow.run(pts, count, null, null, nll);
                double down = nll[0];
                p[i] = keep;
                assertEquals((up - down) / (2 * h), grads[l][i], 1e-6, "layer " + l + " parameter " + i);
            }
        }
    }

    @Test
    void changeOfVariablesIntegratesToOne() {
        SplittableRandom rng = new SplittableRandom(3);
        AffineCouplingDiscriminator.Flow flow = new AffineCouplingDiscriminator.Flow(4, 8, 0.0, rng);
        for (var net : flow.nets()) {
            double[] p = net.parameters();
            for (int i = 0; i < p.length; i++) {
                p[i] += 0.5 * rng.nextGaussian();
            }
        }
        int g = 400;
        double lo = -12;
        double step = 24.0 / g;
        double[] pts = new double[2 * g * g];
        for (int a = 0; a < g; a++) {
            for (int b = 0; b < g; b++) {
                pts[2 * (a * g + b)] = lo + (a + 0.5) * step;
                pts[2 * (a * g + b) + 1] = lo + (b + 0.5) * step;
            }
        }
        double total = 0;
        for (double lp : flow.logDensity(pts, g * g)) {
            total += Math.exp(lp) * step * step;
        }
        assertEquals(1.0, total, 0.01);
    }

    @Test
    void fitsABimodalOutputDensity() {
        SplittableRandom rng = new SplittableRandom(6);
        double[] y = new double[2000];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 2 == 0 ? 230 + 6 * rng.nextGaussian() : 270 + 6 * rng.nextGaussian();
        }
        AffineCouplingDiscriminator ac = new AffineCouplingDiscriminator(6, 32, 5e-3, 128, 60, 0.0);
        DoubleUnaryOperator logq = ac.fitLogDensity(y, new SplittableRandom(2));
        double peak = GaussianMixtureDiscriminatorTest.normal(230, 230, 6) / 2;
        double valley = GaussianMixtureDiscriminatorTest.normal(250, 230, 6);
        assertEquals(Math.log(peak), logq.applyAsDouble(230), 0.35, "at a mode");
        assertEquals(Math.log(peak), logq.applyAsDouble(270), 0.35, "at the other mode");
        org.junit.jupiter.api.Assertions.assertTrue(logq.applyAsDouble(250) < Math.log(peak) - 1,
                "the valley between the modes must be lower, got " + logq.applyAsDouble(250) + " vs true " + Math.log(valley));
    }
}

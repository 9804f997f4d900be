package org.xhpo.objective.sdcmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JensenShannonTest {

    @Test
    void identicalDensitiesGiveZeroAndDisjointGiveLn2() {
        int n = 2001;
        double dx = 0.01;
        double[] p = new double[n];
        double[] q = new double[n];
        double[] far = new double[n];
        for (int i = 0; i < n; i++) {
            double x = -10 + i * dx;
            p[i] = Math.exp(-0.5 * (x + 5) * (x + 5));
            q[i] = Math.exp(-0.5 * (x + 5) * (x + 5));
            far[i] = Math.exp(-0.5 * (x - 5) * (x - 5));
        }
        assertEquals(0.0, JensenShannon.divergence(p, q, dx), 1e-15);
        assertEquals(Math.log(2), JensenShannon.divergence(p, far, dx), 1e-3);
    }

    @Test
    void matchesTheClosedFormOfTwoOverlappingUniforms() {
        // P = U(0,2), Q = U(1,3): on the overlap M = P = Q, elsewhere one is 0, so JS = ½·ln 2.
        double[] p = {0.5, 0.5, 0};
        double[] q = {0, 0.5, 0.5};
        assertEquals(0.5 * Math.log(2), JensenShannon.divergenceOfMasses(p, q), 1e-15);
    }

    @Test
    void sampleEstimatorIsNearZeroOnTargetAndLn2FarAway() {
        SplittableRandom rng = new SplittableRandom(5);
        double[] on = new double[20_000];
        double[] off = new double[2_000];
        for (int i = 0; i < on.length; i++) {
            on[i] = 250 + 10 * rng.nextGaussian();
        }
        for (int i = 0; i < off.length; i++) {
            off[i] = 1000 + 10 * rng.nextGaussian();
        }
        java.util.function.DoubleUnaryOperator target = y -> Math.exp(RosenbrockInversion.logTarget(y));
        double js = JensenShannon.sampleToTarget(on, target, 250, 10);
        assertTrue(js < 2e-3, "JS of a target sample " + js);
        assertEquals(Math.log(2), JensenShannon.sampleToTarget(off, target, 250, 10), 1e-3);
    }

    @Test
    void silvermanOnAStandardNormalSample() {
        SplittableRandom rng = new SplittableRandom(9);
        double[] s = new double[10_000];
        for (int i = 0; i < s.length; i++) {
            s[i] = rng.nextGaussian();
        }
        assertEquals(0.9 * Math.pow(10_000, -0.2), JensenShannon.silvermanBandwidth(s), 0.01);
    }
}

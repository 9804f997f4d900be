package org.xhpo.objective.ubal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UbalNetworkTest {

    private static double sig(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** One step of a 1–1–1 network written out scalar by scalar from the rule of docs/methods/ubal.md. */
    @Test
    void oneStepMatchesTheRuleByHand() {
        double bF0 = 0.8, bF1 = 0.3, bF2 = 0.6, gF0 = 0.7, gF1 = 0.2, gB0 = 0.4, gB1 = 0.9;
        UbalNetwork net = new UbalNetwork(new int[] {1, 1, 1}, new double[] {bF0, bF1, bF2}, new double[] {gF0, gF1},
                new double[] {gB0, gB1}, 1.0, new SplittableRandom(1));
        // W_l = [weight; bias], M_l = [weight; bias]
        double[] w0 = {0.5, -0.2};
        double[] w1 = {-0.7, 0.1};
        double[] m0 = {0.3, 0.4};
        double[] m1 = {0.9, -0.5};
        System.arraycopy(w0, 0, net.forwardWeights(0), 0, 2);
        System.arraycopy(w1, 0, net.forwardWeights(1), 0, 2);
        System.arraycopy(m0, 0, net.backwardWeights(0), 0, 2);
        System.arraycopy(m1, 0, net.backwardWeights(1), 0, 2);
        double x = 0.6;
        double y = 1.0;
        double lr = 0.1;
        double h = sig(w0[0] * x + w0[1]);
        double o = sig(w1[0] * h + w1[1]);
        double hb = sig(m1[0] * y + m1[1]);
        double xb = sig(m0[0] * hb + m0[1]);
        double feX = sig(m0[0] * h + m0[1]); // FE at layer 0
        double feH = sig(m1[0] * o + m1[1]); // FE at layer 1
        double beH = sig(w0[0] * xb + w0[1]); // BE at layer 1
        double beO = sig(w1[0] * hb + w1[1]); // BE at layer 2
        double t0 = bF0 * x + (1 - bF0) * xb;
        double t1 = bF1 * h + (1 - bF1) * hb;
        double t2 = bF2 * o + (1 - bF2) * y;
        double eF1 = gF0 * h + (1 - gF0) * beH;
        double eF2 = gF1 * o + (1 - gF1) * beO;
        double eB0 = gB0 * xb + (1 - gB0) * feX;
        double eB1 = gB1 * hb + (1 - gB1) * feH;
        double[] expectW0 = {w0[0] + lr * t0 * (t1 - eF1), w0[1] + lr * (t1 - eF1)};
        double[] expectW1 = {w1[0] + lr * t1 * (t2 - eF2), w1[1] + lr * (t2 - eF2)};
        double[] expectM0 = {m0[0] + lr * t1 * (t0 - eB0), m0[1] + lr * (t0 - eB0)};
        double[] expectM1 = {m1[0] + lr * t2 * (t1 - eB1), m1[1] + lr * (t1 - eB1)};
        net.learn(new double[] {x}, new double[] {y}, 1, lr);
        for (int i = 0; i < 2; i++) {
            assertEquals(expectW0[i], net.forwardWeights(0)[i], 1e-15, "W0 " + i);
            assertEquals(expectW1[i], net.forwardWeights(1)[i], 1e-15, "W1 " + i);
            assertEquals(expectM0[i], net.backwardWeights(0)[i], 1e-15, "M0 " + i);
            assertEquals(expectM1[i], net.backwardWeights(1)[i], 1e-15, "M1 " + i);
        }
    }

    @Test
    void aMinibatchUpdateIsTheSumOfTheExamples() {
        double[] bF = {1, 0.5, 0.7};
        double[] gF = {0.6, 0.8};
        double[] gB = {0.9, 0.3};
        UbalNetwork both = new UbalNetwork(new int[] {3, 4, 2}, bF, gF, gB, 0.5, new SplittableRandom(5));
        UbalNetwork first = new UbalNetwork(new int[] {3, 4, 2}, bF, gF, gB, 0.5, new SplittableRandom(5));
        UbalNetwork second = new UbalNetwork(new int[] {3, 4, 2}, bF, gF, gB, 0.5, new SplittableRandom(5));
        double[] x = {0.1, 0.9, 0.4, 0.7, 0.2, 0.0};
        double[] y = {1, 0, 0, 1};
        double[] w = both.forwardWeights(0).clone();
        both.learn(x, y, 2, 0.1);
        first.learn(new double[] {0.1, 0.9, 0.4}, new double[] {1, 0}, 1, 0.1);
        second.learn(new double[] {0.7, 0.2, 0.0}, new double[] {0, 1}, 1, 0.1);
        for (int i = 0; i < w.length; i++) {
            double sum = (first.forwardWeights(0)[i] - w[i]) + (second.forwardWeights(0)[i] - w[i]);
            assertEquals(w[i] + sum, both.forwardWeights(0)[i], 1e-14);
        }
    }

    @Test
    void learnsSeparablePrototypesWithTheReferenceSettings() {
        SplittableRandom rng = new SplittableRandom(3);
        int classes = 4;
        int d = 16;
        double[][] proto = new double[classes][d];
        for (double[] p : proto) {
            for (int k = 0; k < d; k++) {
                p[k] = rng.nextDouble() < 0.5 ? 0.9 : 0.1;
            }
        }
        UbalNetwork net = new UbalNetwork(new int[] {d, 40, classes}, new double[] {1, 1, 0.9}, new double[] {1, 1},
                new double[] {1, 1}, 0.5, new SplittableRandom(4));
        for (int it = 0; it < 3000; it++) {
            int c = rng.nextInt(classes);
            double[] x = noisy(proto[c], rng);
            double[] y = new double[classes];
            y[c] = 1;
            net.learn(x, y, 1, 0.1);
        }
        int right = 0;
        for (int i = 0; i < 400; i++) {
            int c = i % classes;
            double[] out = net.predict(noisy(proto[c], rng), 1);
            int best = 0;
            for (int j = 1; j < classes; j++) {
                best = out[j] > out[best] ? j : best;
            }
            right += best == c ? 1 : 0;
        }
        assertTrue(right / 400.0 > 0.9, "accuracy " + right / 400.0);
        assertEquals(1.0, UbalObjective.backProjectionAccuracy(net, classes), 0.0);
    }

    private static double[] noisy(double[] p, SplittableRandom rng) {
        double[] x = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            x[k] = Math.min(1, Math.max(0, p[k] + 0.1 * rng.nextGaussian()));
        }
        return x;
    }
}

package org.xhpo.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptimizerTest {

    @Test
    void firstStepsHaveTheirClosedForms() {
        double[] g = {0.5, -2.0, 1e-3};
        double lr = 0.1;
        double[] sgd = {1, 1, 1};
        new Optimizer(Optimizer.Kind.SGD, 3, lr, 0, 0.9, 0).step(sgd, g);
        double[] adam = {1, 1, 1};
        new Optimizer(Optimizer.Kind.ADAM, 3, lr, 0, 0, 0).step(adam, g);
        double[] rms = {1, 1, 1};
        new Optimizer(Optimizer.Kind.RMSPROP, 3, lr, 0, 0, 0).step(rms, g);
        for (int i = 0; i < 3; i++) {
            assertEquals(1 - lr * g[i], sgd[i], 1e-15);
            // Adam's bias-corrected first step is lr·g/(|g| + ε)
            assertEquals(1 - lr * g[i] / (Math.abs(g[i]) + 1e-8), adam[i], 1e-12);
            // RMSProp's first step is lr·g/(√(0.1·g²) + ε)
            assertEquals(1 - lr * g[i] / (Math.sqrt(0.1 * g[i] * g[i]) + 1e-8), rms[i], 1e-12);
        }
    }

    @Test
    void momentumAccumulatesAndDecayIsDecoupled() {
        double[] theta = {2.0};
        Optimizer sgd = new Optimizer(Optimizer.Kind.SGD, 1, 0.1, 0.5, 0.9, 0);
        sgd.step(theta, new double[] {1.0});
        assertEquals(2.0 * (1 - 0.05) - 0.1, theta[0], 1e-15);
        double after1 = theta[0];
        sgd.step(theta, new double[] {1.0});
        assertEquals(after1 * 0.95 - 0.1 * 1.9, theta[0], 1e-15);
    }

    @Test
    void clippingBoundsTheStep() {
        double[] theta = {0.0, 0.0};
        new Optimizer(Optimizer.Kind.SGD, 2, 1.0, 0, 0, 1.0).step(theta, new double[] {3.0, 4.0});
        assertEquals(-0.6, theta[0], 1e-15);
        assertEquals(-0.8, theta[1], 1e-15);
        assertTrue(Math.hypot(theta[0], theta[1]) <= 1.0 + 1e-12);
    }
}

package org.xhpo.analysis.shap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TanhMlpTest {
    @Test
    void backpropagationMatchesCentralDifferences() {
        TanhMlp net = new TanhMlp(3, 5, 42);
        double[] x = {0.2, -0.7, 0.9};
        double y = 0.3;
        double[] g = new double[net.w.length];
        net.accumulateGradient(x, y, g);
        for (int k = 0; k < net.w.length; k++) {
            double keep = net.w[k];
            net.w[k] = keep + 1e-6;
            double up = 0.5 * Math.pow(net.predict(x) - y, 2);
            net.w[k] = keep - 1e-6;
            double down = 0.5 * Math.pow(net.predict(x) - y, 2);
            net.w[k] = keep;
            assertEquals((up - down) / 2e-6, g[k], 1e-7, "parameter " + k);
        }
    }
}

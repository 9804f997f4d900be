package org.xhpo.space;

import java.util.Arrays;

/**
 * Decides whether a positive sample was drawn on a log scale: the Kolmogorov–Smirnov distance of
 * the sample to the uniform distribution on its own [min, max], D(x), against the same distance for
 * ln x, D(ln x) (Kolmogorov 1933; D = max_i max(i/n − u_(i), u_(i) − (i−1)/n)). Log is chosen only
 * when D(ln x) &lt; D(x) − c/√n with c = {@value #MARGIN}: measured by
 * {@code jobs/src/test/resources/reference/space_inference_ks.py} (300 draws per cell, n = 20 … 1000,
 * ranges from [0.5, 1] to [1e-4, 1]), uniform samples never became log, log-uniform samples spanning
 * two or more decades became log in ≥ 99% of draws from n = 50 (97% at n = 20 over four decades);
 * narrow ranges stay linear, where the two scales barely differ. A range rule ("spans two decades")
 * takes uniform samples near zero as log, which is what this replaces.
 */
public final class ScaleTest {
    /** c in the margin c/√n. */
    public static final double MARGIN = 1.0;

    private ScaleTest() {
    }

    /** The KS distance of a sample to the uniform distribution on [min, max] of the sample. */
    public static double distanceToUniform(double[] sample) {
        double[] x = sample.clone();
        Arrays.sort(x);
        int n = x.length;
        double lo = x[0];
        double hi = x[n - 1];
        if (!(hi > lo)) {
            return 1.0;
        }
        double d = 0;
        for (int i = 0; i < n; i++) {
            double u = (x[i] - lo) / (hi - lo);
            d = Math.max(d, Math.max((i + 1.0) / n - u, u - (double) i / n));
        }
        return d;
    }

    /** Whether the sample (all values &gt; 0) is clearly closer to log-uniform than to uniform. */
    public static boolean isLogScale(double[] sample) {
        if (sample.length < 3 || Arrays.stream(sample).anyMatch(v -> !(v > 0))) {
            return false;
        }
        double[] logs = Arrays.stream(sample).map(Math::log).toArray();
        return distanceToUniform(logs) < distanceToUniform(sample) - MARGIN / Math.sqrt(sample.length);
    }
}

package org.xhpo.objective.sdcmi;

/**
 * The mean and (population) standard deviation of a 1-D sample, for fitting densities on
 * {@code z = (y − mean)/sd}; the sd is floored at 1e-12 so a constant sample stays finite.
 *
 * @param mean the sample mean
 * @param sd the population standard deviation
 */
record Standardization(double mean, double sd) {

    static Standardization of(double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double var = 0;
        for (double v : y) {
            var += (v - mean) * (v - mean);
        }
        return new Standardization(mean, Math.max(Math.sqrt(var / y.length), 1e-12));
    }

    double apply(double y) {
        return (y - mean) / sd;
    }
}

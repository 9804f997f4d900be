package org.xhpo.analysis.gbt;

import java.util.Map;
import java.util.TreeMap;

/**
 * The split thresholds of one continuous feature, as Spark 3.5 MLlib's
 * {@code RandomForest.findSplitsForContinuousFeature} chooses them when every point has weight 1 and the
 * whole sample is used (at most 10,000 points): zeros are counted apart and added back as one value, every
 * midpoint between consecutive distinct values when there are at most {@code numSplits} of them, otherwise
 * the midpoints where the cumulative count passes each multiple of {@code n / (numSplits + 1)} closest.
 */
public final class QuantileThresholds {
    /** Spark's {@code ml.impl.Utils.EPSILON}: the machine epsilon found by halving. */
    static final double EPSILON = machineEpsilon();

    private QuantileThresholds() {
    }

    /**
     * @param values the feature's values, one per training point (weight 1 each)
     * @param numSplits the most thresholds wanted (MLlib: min(maxBins, n) − 1)
     * @return increasing thresholds, possibly fewer than {@code numSplits} (none for a constant feature)
     */
    public static double[] of(double[] values, int numSplits) {
        TreeMap<Double, Double> counts = new TreeMap<>(Double::compare);
        long nonZero = 0;
        for (double v : values) {
            if (v != 0.0) {
                counts.merge(v, 1.0, Double::sum);
                nonZero++;
            }
        }
        if (counts.isEmpty()) {
            return new double[0];
        }
        double weightedNumSamples = values.length;
        double partNumSamples = 0;
        for (double c : counts.values()) {
            partNumSamples += c;
        }
        double tolerance = EPSILON * nonZero * 100;
        if (weightedNumSamples - partNumSamples > tolerance) {
            counts.put(0.0, weightedNumSamples - partNumSamples);
        }
        double[] v = new double[counts.size()];
        double[] c = new double[counts.size()];
        int k = 0;
        for (Map.Entry<Double, Double> e : counts.entrySet()) {
            v[k] = e.getKey();
            c[k++] = e.getValue();
        }
        int possibleSplits = v.length - 1;
        if (possibleSplits == 0) {
            return new double[0];
        }
        if (possibleSplits <= numSplits) {
            double[] t = new double[possibleSplits];
            for (int i = 1; i <= possibleSplits; i++) {
                t[i - 1] = (v[i - 1] + v[i]) / 2.0;
            }
            return t;
        }
        double stride = weightedNumSamples / (numSplits + 1);
        double[] t = new double[possibleSplits];
        int found = 0;
        double currentCount = c[0];
        double targetCount = stride;
        for (int index = 1; index < v.length; index++) {
            double previousCount = currentCount;
            currentCount += c[index];
            double previousGap = Math.abs(previousCount - targetCount);
            double currentGap = Math.abs(currentCount - targetCount);
            if (previousGap < currentGap) {
                t[found++] = (v[index - 1] + v[index]) / 2.0;
                targetCount += stride;
            }
        }
        return java.util.Arrays.copyOf(t, found);
    }

    private static double machineEpsilon() {
        double eps = 1.0;
        while ((1.0 + (eps / 2.0)) != 1.0) {
            eps /= 2.0;
        }
        return eps;
    }
}

package org.xhpo.study;

/**
 * The one mean ± sd convention of XHPO's reports (across folds, repeats or seeds): the arithmetic
 * mean and the sample standard deviation with the n − 1 denominator (NaN for fewer than two values),
 * as numpy's {@code std(ddof=1)} and R's {@code sd}.
 */
public final class SampleStats {
    private SampleStats() {
    }

    /** Arithmetic mean (NaN when empty). */
    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    /** Sample standard deviation, n − 1 denominator (NaN for fewer than two values). */
    public static double sd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    /**
     * The p-quantile of values sorted ascending, by linear interpolation between order statistics (numpy's
     * default {@code percentile}, R's type 7).
     */
    public static double quantileOfSorted(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(i + 1, sorted.length - 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }
}

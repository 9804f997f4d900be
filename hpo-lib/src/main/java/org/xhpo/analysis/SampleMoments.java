package org.xhpo.analysis;

/**
 * The one mean / standard-deviation convention of the analysis: the sample mean and the sample
 * standard deviation with the n − 1 denominator (the convention of OpenTURNS' HSIC bandwidth
 * θ = σ, which the HSIC reference test pins; used alike for target standardization, SHAP
 * thresholds and spreads). NaN values are skipped; fewer than two values give sd 0.
 */
public final class SampleMoments {
    private SampleMoments() {
    }

    /** The mean of the non-NaN values (NaN when there are none). */
    public static double mean(double[] v) {
        double s = 0;
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** The sample standard deviation √(Σ(x − x̄)²/(n − 1)) of the non-NaN values; 0 when n &lt; 2. */
    public static double sd(double[] v) {
        double mean = mean(v);
        double ss = 0;
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                ss += (x - mean) * (x - mean);
                n++;
            }
        }
        return n < 2 ? 0.0 : Math.sqrt(ss / (n - 1));
    }

    /**
     * Pearson's correlation of two equally long samples (0 when either is constant).
     *
     * @param a the first sample
     * @param b the second sample
     */
    public static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i] / n;
            mb += b[i] / n;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
    }

    /** Mid-ranks from 0 (ties share their average rank). */
    public static double[] midRanks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[v.length];
        for (int a = 0; a < v.length;) {
            int b = a;
            while (b + 1 < v.length && v[order[b + 1]] == v[order[a]]) {
                b++;
            }
            for (int k = a; k <= b; k++) {
                r[order[k]] = (a + b) / 2.0;
            }
            a = b + 1;
        }
        return r;
    }

    /** Spearman's rank correlation: Pearson's correlation of the mid-ranks (0 when either is constant). */
    public static double spearman(double[] a, double[] b) {
        return pearson(midRanks(a), midRanks(b));
    }
}

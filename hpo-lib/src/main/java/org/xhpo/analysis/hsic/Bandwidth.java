package org.xhpo.analysis.hsic;

import java.util.Arrays;

/**
 * Bandwidth h of the Gaussian input kernel k(x, x') = exp(−(x − x')²/(2h²)) (METHODS.md §2.2,
 * decision 11): {@code std} — the sample standard deviation (OpenTURNS' rule, the default);
 * {@code median} — median |x_i − x_j| over all n² ordered pairs including the zero diagonal (the
 * authors' {@code hsic.py}); or a fixed number. A constant column gets h = 1 (its kernel matrix is
 * all ones whatever h is, so every index is 0).
 *
 * @param rule std, median or fixed
 * @param value the fixed bandwidth (NaN for the data-driven rules)
 */
public record Bandwidth(String rule, double value) {
    /** The default rule. */
    public static final Bandwidth STD = new Bandwidth("std", Double.NaN);
    /** The authors' rule. */
    public static final Bandwidth MEDIAN = new Bandwidth("median", Double.NaN);

    /** Checks the rule. */
    public Bandwidth {
        if (rule.equals("fixed")) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("bandwidth: a fixed bandwidth must be a positive number, got " + value);
            }
        } else if (!rule.equals("std") && !rule.equals("median")) {
            throw new IllegalArgumentException("bandwidth: expected std, median or a positive number, got '" + rule + "'");
        }
    }

    /** Parses {@code std}, {@code median} or a number. */
    public static Bandwidth parse(String text) {
        if (text.equals("std") || text.equals("median")) {
            return new Bandwidth(text, Double.NaN);
        }
        try {
            return new Bandwidth("fixed", Double.parseDouble(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bandwidth: expected std, median or a positive number, got '" + text + "'");
        }
    }

    /** The bandwidth for a sample. */
    public double of(double[] x) {
        double h;
        switch (rule) {
            case "fixed":
                return value;
            case "std":
                h = std(x);
                break;
            default:
                h = medianAbsDifference(x);
                break;
        }
        return h > 0 ? h : 1.0;
    }

    static double std(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return x.length > 1 ? Math.sqrt(ss / (x.length - 1)) : 0.0;
    }

    /**
     * Median of |x_i − x_j| over all n² ordered pairs (diagonal included), in O(n log n · log range):
     * binary search on the value t, counting pairs with |x_i − x_j| ≤ t by two pointers on the
     * sorted sample.
     */
    static double medianAbsDifference(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        long total = (long) n * n;
        long rank = (total - 1) / 2; // numpy's median of an even count averages ranks rank and rank+1
        double a = order(s, rank);
        double b = total % 2 == 0 ? order(s, rank + 1) : a;
        return 0.5 * (a + b);
    }

    /** The k-th smallest (0-based) of the n² ordered-pair distances. */
    private static double order(double[] s, long k) {
        double lo = 0;
        double hi = s[s.length - 1] - s[0];
        for (int it = 0; it < 100 && hi - lo > 1e-15 * Math.max(1, hi); it++) {
            double mid = 0.5 * (lo + hi);
            if (countAtMost(s, mid) > k) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static long countAtMost(double[] s, double t) {
        long c = 0;
        int j = 0;
        for (int i = 0; i < s.length; i++) {
            while (s[i] - s[j] > t) {
                j++;
            }
            c += i - j; // pairs (j..i-1, i) with difference ≤ t
        }
        return 2 * c + s.length; // both orders, plus the zero diagonal
    }
}

package org.xhpo.analysis.hsic;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * The numerical rules behind {@link Bandwidth} (docs/methods/hsic.md, 'Bandwidth rules'): sample standard
 * deviation, the authors' median pairwise distance in O(n log n), its weighted-grid counterpart for
 * binned data, and the bounded maximization used by {@code max}.
 */
final class BandwidthRules {
    private static final double INV_PHI = (Math.sqrt(5.0) - 1.0) / 2.0;
    private static final int SEARCH_GRID = 21;
    private static final double SEARCH_LOG_TOL = 1e-4;

    private BandwidthRules() {
    }

    /** h, or {@link Bandwidth#CONSTANT_FALLBACK} when h is 0 or not finite (constant column). */
    static double guard(double h) {
        return h > 0 && Double.isFinite(h) ? h : Bandwidth.CONSTANT_FALLBACK;
    }

    /** Sample standard deviation with the n−1 denominator (OpenTURNS computeStandardDeviation). */
    static double std(double[] x) {
        return org.xhpo.analysis.SampleMoments.sd(x); // n − 1 denominator, 0 below two values
    }

    /**
     * numpy's median of |x_i − x_j| over all n² ordered pairs, diagonal zeros included (authors'
     * {@code hsic.py}, bw="median"). Sorts once, then finds the k-th smallest pairwise difference by
     * bisection over the bit patterns of non-negative doubles, counting pairs ≤ t with two pointers:
     * O(n log n + 64 n) time, O(n) memory. The result is exactly one of the pairwise differences
     * (or the mean of the two middle ones when n² is even, as numpy does).
     */
    static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        long n = s.length;
        long total = n * n;
        if (total % 2 == 1) {
            return kthDifference(s, (total + 1) / 2);
        }
        return 0.5 * (kthDifference(s, total / 2) + kthDifference(s, total / 2 + 1));
    }

    /** The k-th smallest (1-based) of the n² values |s_i − s_j|, s sorted. */
    private static double kthDifference(double[] s, long k) {
        long lo = 0;
        long hi = Double.doubleToLongBits(s[s.length - 1] - s[0]);
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (countAtMost(s, Double.longBitsToDouble(mid)) >= k) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return Double.longBitsToDouble(lo);
    }

    /** #{(i, j) ordered: |s_i − s_j| ≤ t} = n + 2·#{i &lt; j : s_j − s_i ≤ t}. */
    private static long countAtMost(double[] s, double t) {
        long count = 0;
        int lo = 0;
        for (int j = 0; j < s.length; j++) {
            while (s[j] - s[lo] > t) {
                lo++;
            }
            count += j - lo;
        }
        return s.length + 2 * count;
    }

    /**
     * The median pairwise distance of a weighted grid (grid point a at a·step with weight w_a): the
     * lag distribution W(l) = Σ_a w_a w_{a+l} (×2 for l &gt; 0) is accumulated in O(B²) and its
     * median interpolated linearly between lag mid-points, so the resolution is about one step.
     */
    static double gridMedian(double[] w, double step) {
        int b = w.length;
        double[] lag = new double[b];
        for (int a = 0; a < b; a++) {
            if (w[a] == 0) {
                continue;
            }
            lag[0] += w[a] * w[a];
            for (int c = a + 1; c < b; c++) {
                lag[c - a] += 2 * w[a] * w[c];
            }
        }
        double total = 0;
        for (double v : lag) {
            total += v;
        }
        double half = total / 2;
        double cum = 0;
        double prevPos = 0;
        double prevCdf = 0;
        for (int l = 0; l < b; l++) {
            // CDF of the lag distribution evaluated at the centre of lag l (half of its own mass)
            double cdf = cum + lag[l] / 2;
            double pos = l * step;
            if (cdf >= half) {
                if (l == 0 || cdf == prevCdf) {
                    return pos;
                }
                return prevPos + (half - prevCdf) / (cdf - prevCdf) * (pos - prevPos);
            }
            cum += lag[l];
            prevPos = pos;
            prevCdf = cdf;
        }
        return (b - 1) * step;
    }

    /**
     * The h in [low, high] maximizing s(h): a log-spaced scan of 21 points, then golden-section
     * search on log h inside the bracket around the best scan point (tolerance 1e-4 in log h). The
     * authors use scipy's bounded Brent on a linear scale, which is local; the scan makes ours global
     * up to the scan resolution.
     */
    static double maximize(DoubleUnaryOperator s, double low, double high) {
        double lLow = Math.log(low);
        double lHigh = Math.log(high);
        double stepL = (lHigh - lLow) / (SEARCH_GRID - 1);
        int best = 0;
        double bestVal = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < SEARCH_GRID; i++) {
            double v = s.applyAsDouble(Math.exp(lLow + i * stepL));
            if (v > bestVal) {
                bestVal = v;
                best = i;
            }
        }
        double a = lLow + Math.max(0, best - 1) * stepL;
        double b = lLow + Math.min(SEARCH_GRID - 1, best + 1) * stepL;
        double c = b - INV_PHI * (b - a);
        double d = a + INV_PHI * (b - a);
        double fc = s.applyAsDouble(Math.exp(c));
        double fd = s.applyAsDouble(Math.exp(d));
        while (b - a > SEARCH_LOG_TOL) {
            if (fc >= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - INV_PHI * (b - a);
                fc = s.applyAsDouble(Math.exp(c));
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + INV_PHI * (b - a);
                fd = s.applyAsDouble(Math.exp(d));
            }
        }
        double mid = 0.5 * (a + b);
        double fm = s.applyAsDouble(Math.exp(mid));
        double bestGrid = Math.exp(lLow + best * stepL);
        return fm >= bestVal ? Math.exp(mid) : bestGrid;
    }
}

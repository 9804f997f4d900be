package org.xhpo.objective.sdcmi;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.xhpo.study.SampleStats;

/**
 * The Jensen–Shannon divergence in nats, {@code JS(P‖Q) = ½KL(P‖M) + ½KL(Q‖M)} with
 * {@code M = (P+Q)/2}, so {@code 0 ≤ JS ≤ ln 2} (Lin 1991). For a sample against an analytic
 * density (docs/methods/sdcmi.md, 'Where the seed is silent, and what XHPO chose', loss): a
 * Gaussian KDE of the sample with Silverman's bandwidth {@code h = 0.9·min(σ̂, IQR/1.34)·n^(−1/5)},
 * both densities on a uniform grid of at least 2048 points covering the sample ±4h and the target's
 * mean ±8 sd, trapezoid quadrature, {@code 0·log 0 = 0}. scipy's {@code jensenshannon} returns the
 * distance √JS; XHPO reports both.
 */
public final class JensenShannon {
    /** Grid points of the quadrature. */
    public static final int GRID = 2048;

    private JensenShannon() {
    }

    /**
     * JS between two densities tabulated on one uniform grid; each is first normalized to
     * integrate to 1 (trapezoid rule), so only their shapes matter.
     */
    public static double divergence(double[] p, double[] q, double dx) {
        if (p.length != q.length || p.length < 2) {
            throw new IllegalArgumentException("densities must share a grid of at least 2 points");
        }
        double zp = trapezoid(p, dx);
        double zq = trapezoid(q, dx);
        if (!(zp > 0) || !(zq > 0)) {
            throw new IllegalArgumentException("a density integrates to " + (zp > 0 ? zq : zp));
        }
        double[] integrand = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double a = p[i] / zp;
            double b = q[i] / zq;
            integrand[i] = pointwise(a, b);
        }
        return Math.min(Math.log(2), Math.max(0, trapezoid(integrand, dx)));
    }

    /** ½a·ln(a/m) + ½b·ln(b/m), m = (a+b)/2, written so that tiny (subnormal) values cannot give 0·∞. */
    private static double pointwise(double a, double b) {
        double v = 0;
        if (a > 0) {
            v += 0.5 * a * Math.log(2 * a / (a + b));
        }
        if (b > 0) {
            v += 0.5 * b * Math.log(2 * b / (a + b));
        }
        return v;
    }

    /** JS between two discrete distributions given as non-negative masses (each normalized to sum 1). */
    public static double divergenceOfMasses(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new IllegalArgumentException("distributions must share their cells");
        }
        double zp = Arrays.stream(p).sum();
        double zq = Arrays.stream(q).sum();
        if (!(zp > 0) || !(zq > 0)) {
            throw new IllegalArgumentException("a distribution has total mass " + (zp > 0 ? zq : zp));
        }
        double js = 0;
        for (int i = 0; i < p.length; i++) {
            double a = p[i] / zp;
            double b = q[i] / zq;
            js += pointwise(a, b);
        }
        return Math.min(Math.log(2), Math.max(0, js));
    }

    /**
     * JS between the law of a 1-D sample (Gaussian KDE) and a target density with the given mean
     * and sd (which only decide the grid's extent).
     */
    public static double sampleToTarget(double[] sample, DoubleUnaryOperator target, double targetMean, double targetSd) {
        if (sample.length < 2) {
            throw new IllegalArgumentException("JS needs at least 2 sample points, got " + sample.length);
        }
        double h = silvermanBandwidth(sample);
        double lo = Math.min(targetMean - 8 * targetSd, Arrays.stream(sample).min().getAsDouble() - 4 * h);
        double hi = Math.max(targetMean + 8 * targetSd, Arrays.stream(sample).max().getAsDouble() + 4 * h);
        double dx = (hi - lo) / (GRID - 1);
        double[] p = kde(sample, h, lo, dx, GRID);
        double[] q = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            q[i] = target.applyAsDouble(lo + i * dx);
        }
        return divergence(p, q, dx);
    }

    /** Silverman's rule of thumb; falls back to a tiny positive width for a constant sample. */
    public static double silvermanBandwidth(double[] sample) {
        int n = sample.length;
        double mean = Arrays.stream(sample).average().orElse(0);
        double var = 0;
        for (double v : sample) {
            var += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(var / (n - 1));
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        double iqr = SampleStats.quantileOfSorted(sorted, 0.75) - SampleStats.quantileOfSorted(sorted, 0.25);
        double spread = iqr > 0 ? Math.min(sd, iqr / 1.34) : sd;
        double h = 0.9 * spread * Math.pow(n, -0.2);
        return h > 0 ? h : 1e-9 * Math.max(1, Math.abs(mean));
    }

    /** A Gaussian KDE tabulated on {@code lo + i·dx}, kernels cut at ±6h. */
    static double[] kde(double[] sample, double h, double lo, double dx, int points) {
        double[] f = new double[points];
        double norm = 1.0 / (sample.length * h * Math.sqrt(2 * Math.PI));
        for (double s : sample) {
            int from = Math.max(0, (int) Math.floor((s - 6 * h - lo) / dx));
            int to = Math.min(points - 1, (int) Math.ceil((s + 6 * h - lo) / dx));
            for (int i = from; i <= to; i++) {
                double u = (lo + i * dx - s) / h;
                f[i] += norm * Math.exp(-0.5 * u * u);
            }
        }
        return f;
    }

    static double trapezoid(double[] f, double dx) {
        double s = 0.5 * (f[0] + f[f.length - 1]);
        for (int i = 1; i < f.length - 1; i++) {
            s += f[i];
        }
        return s * dx;
    }
}

package org.xhpo.analysis.shap;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Kernel SHAP (Lundberg &amp; Lee 2017, Theorem 2; docs/methods/shap.md, 'SHAP values') for more
 * parameters than {@link ExactShapley} handles: a weighted least-squares fit of v(S) ≈ φ₀ + Σ_{i∈S}
 * φ_i over coalitions drawn with the Shapley kernel π(S) = (d−1)/(C(d,|S|)·|S|·(d−|S|)) (sizes
 * drawn in proportion to their total kernel weight, then used with equal weight, each with its
 * complement — paired sampling), the efficiency constraint Σφ = v(F) − v(∅) enforced exactly by
 * eliminating the last feature. With every coalition enumerated instead of sampled it reproduces
 * the exact values.
 */
public final class KernelShap {
    private final double[][] background;
    private final int samples;
    private final long seed;

    /**
     * @param background B × d background rows
     * @param samples coalitions per explained row (pairs count twice)
     * @param seed seeds the coalition draws
     */
    public KernelShap(double[][] background, int samples, long seed) {
        this.background = background;
        this.samples = samples;
        this.seed = seed;
    }

    /** φ(x), sampled coalitions. */
    public double[] explain(ToDoubleFunction<double[]> f, double[] x) {
        int d = x.length;
        SplittableRandom rng = new SplittableRandom(seed);
        double[] sizeWeight = new double[d];
        double total = 0;
        for (int k = 1; k < d; k++) {
            sizeWeight[k] = (d - 1.0) / (k * (d - k)); // Σ over coalitions of size k of π(S)
            total += sizeWeight[k];
        }
        int pairs = Math.max(1, samples / 2);
        boolean[][] masks = new boolean[2 * pairs][];
        double[] weights = new double[2 * pairs];
        for (int p = 0; p < pairs; p++) {
            double u = rng.nextDouble() * total;
            int k = 1;
            while (k < d - 1 && u > sizeWeight[k]) {
                u -= sizeWeight[k];
                k++;
            }
            boolean[] s = new boolean[d];
            int[] idx = new int[d];
            for (int i = 0; i < d; i++) {
                idx[i] = i;
            }
            for (int i = 0; i < k; i++) {
                int j = i + rng.nextInt(d - i);
                int t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
                s[idx[i]] = true;
            }
            boolean[] c = new boolean[d];
            for (int i = 0; i < d; i++) {
                c[i] = !s[i];
            }
            masks[2 * p] = s;
            masks[2 * p + 1] = c;
            weights[2 * p] = 1;
            weights[2 * p + 1] = 1;
        }
        return solve(f, x, masks, weights);
    }

    /** φ(x) from every proper coalition with its exact kernel weight (tests; small d). */
    public double[] explainEnumerated(ToDoubleFunction<double[]> f, double[] x) {
        int d = x.length;
        int count = (1 << d) - 2;
        boolean[][] masks = new boolean[count][];
        double[] weights = new double[count];
        for (int s = 1; s <= count; s++) {
            boolean[] m = new boolean[d];
            for (int i = 0; i < d; i++) {
                m[i] = (s >> i & 1) == 1;
            }
            int k = Integer.bitCount(s);
            masks[s - 1] = m;
            weights[s - 1] = (d - 1.0) / (ExactShapley.binomial(d, k) * k * (d - k)); // π(S)
        }
        return solve(f, x, masks, weights);
    }

    private double value(ToDoubleFunction<double[]> f, double[] x, boolean[] mask) {
        double[] z = new double[x.length];
        double s = 0;
        for (double[] b : background) {
            for (int i = 0; i < x.length; i++) {
                z[i] = mask[i] ? x[i] : b[i];
            }
            s += f.applyAsDouble(z);
        }
        return s / background.length;
    }

    private double[] solve(ToDoubleFunction<double[]> f, double[] x, boolean[][] masks, double[] weights) {
        int d = x.length;
        boolean[] none = new boolean[d];
        boolean[] all = new boolean[d];
        java.util.Arrays.fill(all, true);
        double v0 = value(f, x, none);
        double total = value(f, x, all) - v0;
        // eliminate φ_{d−1} = total − Σ_{i<d−1} φ_i: regress y − m_{d−1}·total on (m_i − m_{d−1})
        RealMatrix a = new Array2DRowRealMatrix(d - 1, d - 1);
        double[] rhs = new double[d - 1];
        for (int r = 0; r < masks.length; r++) {
            boolean[] m = masks[r];
            double last = m[d - 1] ? 1 : 0;
            double y = value(f, x, m) - v0 - last * total;
            double[] row = new double[d - 1];
            for (int i = 0; i < d - 1; i++) {
                row[i] = (m[i] ? 1 : 0) - last;
            }
            for (int i = 0; i < d - 1; i++) {
                rhs[i] += weights[r] * row[i] * y;
                for (int j = 0; j < d - 1; j++) {
                    a.addToEntry(i, j, weights[r] * row[i] * row[j]);
                }
            }
        }
        for (int i = 0; i < d - 1; i++) {
            a.addToEntry(i, i, 1e-12); // guards a singular system when few coalitions were drawn
        }
        double[] head = new LUDecomposition(a).getSolver().solve(new ArrayRealVector(rhs)).toArray();
        double[] phi = new double[d];
        double sum = 0;
        for (int i = 0; i < d - 1; i++) {
            phi[i] = head[i];
            sum += head[i];
        }
        phi[d - 1] = total - sum;
        return phi;
    }
}

package org.xhpo.analysis.shap;

import java.util.function.ToDoubleFunction;

/**
 * Exact interventional Shapley values (Lundberg &amp; Lee 2017 with the interventional value function
 * of Janzing et al. 2020; docs/methods/shap.md, 'SHAP values'):
 * {@code φ_i(x) = Σ_{S ⊆ F∖{i}} |S|!(d−|S|−1)!/d! · [v(S ∪ {i}) − v(S)]},
 * {@code v(S) = (1/B) Σ_b f(x_S, x^{(b)}_{F∖S})} over a background sample. All 2^d coalition values
 * are computed once per explained row (2^d·B model calls), so d is limited ({@link #MAX_DIMENSION}).
 */
public final class ExactShapley {
    /** Largest d explained exactly. */
    public static final int MAX_DIMENSION = 12;
    private final double[][] background;

    /** @param background B × d rows whose values stand in for the features outside a coalition */
    public ExactShapley(double[][] background) {
        if (background.length == 0) {
            throw new IllegalArgumentException("background: needs at least one row");
        }
        this.background = background;
    }

    /** The value function v(S) for every coalition S (bit i set = feature i from x). */
    double[] coalitionValues(ToDoubleFunction<double[]> f, double[] x) {
        int d = x.length;
        if (d > MAX_DIMENSION) {
            throw new IllegalArgumentException("exact SHAP: at most " + MAX_DIMENSION + " parameters, got " + d);
        }
        double[] v = new double[1 << d];
        double[] z = new double[d];
        for (int s = 0; s < v.length; s++) {
            double sum = 0;
            for (double[] b : background) {
                for (int i = 0; i < d; i++) {
                    z[i] = (s >> i & 1) == 1 ? x[i] : b[i];
                }
                sum += f.applyAsDouble(z);
            }
            v[s] = sum / background.length; // v(S) = (1/B) Σ_b f(x_S, x^(b)_{F∖S})
        }
        return v;
    }

    /** φ(x): the Shapley values of every feature; they sum to f-averaged v(F) − v(∅). */
    public double[] explain(ToDoubleFunction<double[]> f, double[] x) {
        int d = x.length;
        double[] v = coalitionValues(f, x);
        double[] weight = new double[d]; // |S|!(d−|S|−1)!/d! by |S|
        for (int k = 0; k < d; k++) {
            weight[k] = 1.0 / (d * binomial(d - 1, k));
        }
        double[] phi = new double[d];
        for (int s = 0; s < v.length; s++) {
            int size = Integer.bitCount(s);
            for (int i = 0; i < d; i++) {
                if ((s >> i & 1) == 0) {
                    phi[i] += weight[size] * (v[s | 1 << i] - v[s]); // Σ_S w(|S|)·[v(S ∪ {i}) − v(S)]
                }
            }
        }
        return phi;
    }

    /** The base value E_bg[f] = v(∅). */
    public double baseValue(ToDoubleFunction<double[]> f) {
        double s = 0;
        for (double[] b : background) {
            s += f.applyAsDouble(b);
        }
        return s / background.length;
    }

    static double binomial(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }

    double[][] background() {
        return background;
    }
}

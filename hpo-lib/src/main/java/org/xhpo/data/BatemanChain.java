package org.xhpo.data;

/**
 * A linear radioactive decay chain 1 → 2 → … → k, {@code dN_i/dt = λ_{i−1}N_{i−1} − λ_i N_i}, solved
 * in closed form (Bateman 1910; the "canonical Bateman equations" of pyne's theory manual,
 * {@code pyne/pyne} {@code docs/theorymanual/decay.rst}). With
 * initial amounts on every species the solution is the superposition of the chains starting at
 * each i:
 * <pre>
 *   N_n(t) = Σ_{i≤n} N_i(0) · Π_{j=i}^{n−1} λ_j · Σ_{j=i}^{n} e^{−λ_j t} / Π_{m=i..n, m≠j} (λ_m − λ_j)
 * </pre>
 * which needs distinct decay constants; the last species may be stable (λ_k = 0). XHPO's stand-in
 * for the HSIC seed's Bateman application, whose exact inputs and outputs are not public.
 */
public final class BatemanChain {
    private BatemanChain() {
    }

    /**
     * The amounts at time t.
     *
     * @param initial N_i(0) for every species
     * @param lambda the decay constants, pairwise distinct (relative gap checked at 1e-9)
     * @throws IllegalArgumentException when two constants coincide
     */
    public static double[] solve(double[] initial, double[] lambda, double t) {
        int k = initial.length;
        if (lambda.length != k) {
            throw new IllegalArgumentException("need one decay constant per species, got " + lambda.length + " for " + k);
        }
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                if (Math.abs(lambda[a] - lambda[b]) <= 1e-9 * Math.max(Math.abs(lambda[a]), Math.abs(lambda[b]))) {
                    throw new IllegalArgumentException("Bateman solution needs distinct decay constants; λ" + (a + 1)
                            + " = λ" + (b + 1) + " = " + lambda[a]);
                }
            }
        }
        double[] out = new double[k];
        for (int n = 0; n < k; n++) {
            double total = 0;
            for (int i = 0; i <= n; i++) {
                if (initial[i] == 0) {
                    continue;
                }
                double prod = 1;
                for (int j = i; j < n; j++) {
                    prod *= lambda[j];
                }
                double sum = 0;
                for (int j = i; j <= n; j++) {
                    double denom = 1;
                    for (int m = i; m <= n; m++) {
                        if (m != j) {
                            denom *= lambda[m] - lambda[j];
                        }
                    }
                    sum += Math.exp(-lambda[j] * t) / denom;
                }
                total += initial[i] * prod * sum;
            }
            out[n] = total;
        }
        return out;
    }
}

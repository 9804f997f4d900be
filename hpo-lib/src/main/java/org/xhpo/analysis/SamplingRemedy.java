package org.xhpo.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * P1 of hsic-explainable-hpo.md assumes every U_i = Φ_i(X_i) is uniform, which holds for trials from
 * random search, Sobol or a grid. Model-based samplers (TPE, GP, CMA-ES, fi-random) concentrate
 * trials where they found good results, so the unit values are no longer uniform and S mixes "the
 * sampler liked this region" into "this region reaches the best trials". Remedies (ours):
 * <ul>
 *   <li>exploration only: analyze the trials that came from a uniform draw (random start-up trials,
 *       a random/Sobol phase) when there are at least {@link #MIN_EXPLORATION};</li>
 *   <li>empirical CDF: replace each parameter's unit value by its mid-rank among the trials where it
 *       is active, (rank − ½)/n, which makes every marginal uniform again (the sample analogue of
 *       Φ_i for the distribution the sampler actually drew from).</li>
 * </ul>
 * The remedy changes only the matrix the HSIC indices are computed on
 * ({@link ExplainInput#indexTrials()}); ranges, regions and models keep the real unit values. The
 * default is the empirical CDF: on explain_bench under TPE (300 trials, the first 100 uniform, 5
 * seeds) it kept the ranking of 2,000 uniform trials best (mean Kendall τ 0.39, exploration trials
 * only 0.30, no remedy 0.16; benchmarks/RESULTS.md "Non-uniform samplers").
 */
public final class SamplingRemedy {
    /** Samplers whose trials are uniform in unit space. */
    public static final Set<String> UNIFORM_SAMPLERS = Set.of("random", "sobol", "grid");
    /** Fewest exploration trials analyzed on their own. */
    public static final int MIN_EXPLORATION = 100;

    private SamplingRemedy() {
    }

    /** Whether trials proposed by this sampler are uniform in unit space. */
    public static boolean uniform(String sampler) {
        return sampler == null || UNIFORM_SAMPLERS.contains(sampler.toLowerCase(Locale.ROOT));
    }

    /**
     * The input the analysis should use, labelled with what was done: the empirical-CDF transform
     * of every parameter for the HSIC indices when any trial came from a non-uniform draw (the
     * measured default, benchmarks/RESULTS.md), the input itself otherwise.
     *
     * @param in the trials as sampled
     * @param sampler the sampler name (for the label)
     * @param exploration per row, whether the trial came from a uniform draw
     */
    public static ExplainInput apply(ExplainInput in, String sampler, boolean[] exploration) {
        int k = count(exploration);
        if (k == exploration.length) {
            return in;
        }
        return in.withIndexTrials(ecdf(in.trials()), caveat(sampler, exploration.length - k, exploration.length)
                + "HSIC indices on empirical-CDF unit values");
    }

    /**
     * The other remedy, measured and not the default: HSIC indices on the exploration trials only.
     *
     * @throws IllegalArgumentException when there are fewer than {@link #MIN_EXPLORATION} of them
     */
    public static ExplainInput explorationOnly(ExplainInput in, String sampler, boolean[] exploration) {
        int k = count(exploration);
        if (k < MIN_EXPLORATION) {
            throw new IllegalArgumentException("exploration: need at least " + MIN_EXPLORATION
                    + " exploration trials, got " + k);
        }
        int[] rows = new int[k];
        int r = 0;
        for (int i = 0; i < exploration.length; i++) {
            if (exploration[i]) {
                rows[r++] = i;
            }
        }
        return in.withIndexTrials(in.trials().subset(rows), caveat(sampler, exploration.length - k,
                exploration.length) + "HSIC indices on the " + k + " exploration trials only");
    }

    private static String caveat(String sampler, int off, int n) {
        return "non-uniform (" + sampler + "): P1 does not hold for " + off + " of " + n + " trials; ";
    }

    private static int count(boolean[] b) {
        int k = 0;
        for (boolean e : b) {
            k += e ? 1 : 0;
        }
        return k;
    }

    /** Each column replaced by its mid-ranks (ties averaged) over its active rows: (rank − ½)/n. */
    public static TrialMatrix ecdf(TrialMatrix t) {
        double[][] u = new double[t.n()][];
        for (int i = 0; i < t.n(); i++) {
            u[i] = t.unit()[i].clone();
        }
        for (int j = 0; j < t.d(); j++) {
            int[] rows = t.activeRows(j);
            Integer[] order = new Integer[rows.length];
            for (int k = 0; k < rows.length; k++) {
                order[k] = rows[k];
            }
            final int col = j;
            Arrays.sort(order, (a, b) -> Double.compare(t.unit()[a][col], t.unit()[b][col]));
            int n = rows.length;
            for (int k = 0; k < n; ) {
                int e = k;
                while (e + 1 < n && t.unit()[order[e + 1]][j] == t.unit()[order[k]][j]) {
                    e++;
                }
                double mid = 0.5 * (k + e) + 1; // average 1-based rank of the ties
                for (int q = k; q <= e; q++) {
                    u[order[q]][j] = (mid - 0.5) / n;
                }
                k = e + 1;
            }
        }
        return new TrialMatrix(t.parameters(), t.groups(), u, t.objective(), t.direction(), t.costs());
    }
}

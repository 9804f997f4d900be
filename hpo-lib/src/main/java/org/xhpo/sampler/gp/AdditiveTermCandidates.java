package org.xhpo.sampler.gp;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Candidates for the acquisition maximizer built one coordinate at a time, as Add-GP-UCB maximizes its
 * acquisition (Kandasamy, Schneider &amp; Póczos 2015, "High Dimensional Bayesian Optimisation and
 * Bandits via Additive Models", §4, Alg. 1: φ(x) = Σ_j μ⁽ʲ⁾(x⁽ʲ⁾) + β^½ σ⁽ʲ⁾(x⁽ʲ⁾) is a sum of
 * one-dimensional functions, so it is maximized per group). When the kernel has an additive part, each
 * plain numeric parameter's coordinate is set to the minimizer of its term's lower confidence bound
 * μ_d − κ σ_d ({@link GaussianProcess#termMeans}) over a grid of the unit interval; every other
 * parameter (categorical, conditional) keeps the base point's value. One candidate per κ. They join the
 * pool and compete on the GP's own acquisition like any candidate: they offer it the additive model's
 * optimum, which random candidates and local steps miss when each coordinate's term has many minima
 * (ten per coordinate on Rastrigin) — the optimum of a sum of D such terms is one of 10^D local minima.
 */
final class AdditiveTermCandidates {
    private static final int GRID = 200;
    /** The κ of each candidate, in order. */
    static final double[] KAPPAS = {0, 1, 2};
    /** The grid of each coordinate: the centres of 200 equal cells of [0, 1]. */
    static final double[] VALUES = grid();

    private AdditiveTermCandidates() {
    }

    private static double[] grid() {
        double[] t = new double[GRID];
        for (int g = 0; g < GRID; g++) {
            t[g] = (g + 0.5) / GRID;
        }
        return t;
    }

    /**
     * Unit points, one per κ; empty when the kernel has no additive part or the space no plain
     * numeric parameter.
     *
     * @param base unit point whose other coordinates the candidates keep (the best trial's)
     */
    static List<double[]> of(GaussianProcess gp, GpEncoder encoder, double[] base) {
        if (gp.hyper().form().additiveWeight() == 0) {
            return List.of();
        }
        double[][] points = new double[KAPPAS.length][];
        for (int k = 0; k < KAPPAS.length; k++) {
            points[k] = base.clone();
        }
        boolean any = false;
        double sdBound = Math.sqrt(gp.termPriorVariance()); // σ_d ≤ its prior sd
        Integer[] order = new Integer[GRID];
        for (int i = 0; i < base.length; i++) {
            int d = encoder.plainCoordinate(i);
            if (d < 0) {
                continue;
            }
            any = true;
            double[] mean = gp.termMeans(d, VALUES);
            for (int g = 0; g < GRID; g++) {
                order[g] = g;
            }
            Arrays.sort(order, Comparator.comparingDouble((Integer g) -> mean[g]).thenComparingInt(g -> g));
            int[] arg = new int[KAPPAS.length];
            double[] low = new double[KAPPAS.length];
            Arrays.fill(low, Double.POSITIVE_INFINITY);
            // grid values by increasing mean; a value's bound μ − κ·sd_prior ≤ μ − κσ decides whether its
            // variance can change any κ's minimizer, and once it cannot for any κ, no later value can
            for (int g : order) {
                boolean needed = false;
                for (int k = 0; k < KAPPAS.length; k++) {
                    needed |= mean[g] - KAPPAS[k] * sdBound <= low[k];
                }
                if (!needed) {
                    break;
                }
                double sd = Math.sqrt(gp.termVariance(d, VALUES[g]));
                for (int k = 0; k < KAPPAS.length; k++) {
                    double lcb = mean[g] - KAPPAS[k] * sd;
                    if (lcb < low[k] || lcb == low[k] && g < arg[k]) {
                        low[k] = lcb;
                        arg[k] = g;
                    }
                }
            }
            for (int k = 0; k < KAPPAS.length; k++) {
                points[k][i] = VALUES[arg[k]];
            }
        }
        return any ? List.of(points) : List.of();
    }
}

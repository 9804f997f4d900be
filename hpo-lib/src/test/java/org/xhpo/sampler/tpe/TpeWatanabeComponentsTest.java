package org.xhpo.sampler.tpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * The TPE components of Watanabe 2023 (arXiv:2304.11127, Tables 3 and 6) offered as settings: the split,
 * uniform weights, Scott's bandwidth, the magic clip's exponent and the categorical kernel's weight.
 */
class TpeWatanabeComponentsTest {
    private static final SearchSpace BOX = new SearchSpace(List.of(new FloatParameter("x", 0, 1, false, null, null)));

    private static TpeSampler tpe(Map<String, Object> settings) {
        return new TpeSampler(BOX, Direction.MINIMIZE, settings);
    }

    @Test
    void scottsBandwidthMatchesNumpy() {
        // numpy: mus = append(col, 0.5); 1.059 * min(subtract.reduce(percentile(mus, [75, 25])) / 1.34,
        // std(mus, ddof=1)) * mus.size ** -0.2
        assertEquals(0.19467941520121904, ParzenEstimator.scottBandwidth(new double[] {0.1, 0.35, 0.2, 0.9, 0.62}), 1e-15);
        // here the interquartile range is the smaller spread
        assertEquals(0.06344054581373765, ParzenEstimator.scottBandwidth(new double[] {0.3, 0.31}), 1e-15);
    }

    @Test
    void scottsBandwidthIsOneWidthForEveryKernel() {
        double[][] obs = {{0.1}, {0.35}, {0.2}, {0.9}, {0.62}};
        ParzenEstimator pe = new ParzenEstimator(obs, new double[] {1, 1, 1, 1, 1}, new int[] {0}, 1.0,
                new KernelRule(true, 1.0, Double.NaN));
        // the mixture of six truncated normals (five of width 0.19468, the prior of width 1) at x = 0.9,
        // computed by hand: Σ w_i φ((x − μ_i)/σ_i) / (σ_i Z_i) with Z_i the mass in [0, 1]
        double h = 0.19467941520121904;
        double expected = 0;
        double[] mus = {0.1, 0.35, 0.2, 0.9, 0.62};
        for (double m : mus) {
            expected += normalOnUnit(0.9, m, h) / 6;
        }
        expected += normalOnUnit(0.9, 0.5, 1.0) / 6;
        assertEquals(Math.log(expected), pe.logDensity(new double[] {0.9}), 1e-7);
    }

    /** A normal density truncated to [0, 1], by a midpoint rule for its mass. */
    private static double normalOnUnit(double x, double mu, double sigma) {
        int m = 200_000;
        double mass = 0;
        for (int i = 0; i < m; i++) {
            double t = ((i + 0.5) / m - mu) / sigma;
            mass += Math.exp(-0.5 * t * t) / m;
        }
        double z = (x - mu) / sigma;
        return Math.exp(-0.5 * z * z) / mass;
    }

    @Test
    void theMagicClipsExponentSetsTheFloorOfTheWidths() {
        assertEquals(1.0 / 12, KernelRule.OPTUNA.minBandwidth(10), 1e-15);   // Optuna: 1/min(100, n + 2)
        assertEquals(0.01, KernelRule.OPTUNA.minBandwidth(500), 1e-15);
        KernelRule steep = new KernelRule(false, 10, Double.NaN);
        assertEquals(0.01, steep.minBandwidth(0), 1e-15);                      // 2^-10 < 0.01: the floor
        assertEquals(1 / Math.sqrt(12), new KernelRule(false, 0.5, Double.NaN).minBandwidth(10), 1e-15);
        assertEquals(0.01, new KernelRule(false, 2, Double.NaN).minBandwidth(10), 1e-15);  // 1/144 is below the floor
    }

    @Test
    void theSplitRules() {
        assertEquals(10, tpe(Map.of()).below(100));                            // Optuna: min(⌈0.1 n⌉, 25)
        assertEquals(25, tpe(Map.of()).below(1000));
        TpeSampler sqrt = tpe(Map.of("gamma_strategy", "sqrt"));               // β = 0.25 by default
        assertEquals(3, sqrt.below(100));
        assertEquals(1, sqrt.below(16));
        assertEquals(25, sqrt.below(1_000_000));
        TpeSampler linear = tpe(Map.of("gamma_strategy", "linear", "gamma_beta", 0.15));
        assertEquals(15, linear.below(100));
        assertEquals(25, linear.below(400));
    }

    @Test
    void categoricalPriorWeightKeepsOneMinusBOnTheObservedChoice() {
        double[][] obs = {{0}};
        ParzenEstimator pe = new ParzenEstimator(obs, new double[] {1}, new int[] {3}, 1.0,
                new KernelRule(false, 1.0, 0.2));
        // two kernels of weight ½: the observation's (0.8, 0.1, 0.1) and the prior's (⅓, ⅓, ⅓)
        assertEquals(Math.log(0.5 * 0.8 + 0.5 / 3), pe.logDensity(new double[] {0}), 1e-12);
        assertEquals(Math.log(0.5 * 0.1 + 0.5 / 3), pe.logDensity(new double[] {2}), 1e-12);
        ParzenEstimator optuna = new ParzenEstimator(obs, new double[] {1}, new int[] {3}, 1.0);
        assertNotEquals(pe.logDensity(new double[] {0}), optuna.logDensity(new double[] {0}));
    }

    @Test
    void badComponentSettingsNameTheField() {
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> tpe(Map.of("gamma", 0.2, "gamma_strategy", "sqrt")));
        assertTrue(both.getMessage().startsWith("sampler.settings.gamma"), both.getMessage());
        IllegalArgumentException bw = assertThrows(IllegalArgumentException.class, () -> tpe(Map.of("bandwidth", "silverman")));
        assertTrue(bw.getMessage().startsWith("sampler.settings.bandwidth: expected one of [optuna, scott]"), bw.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tpe(Map.of("weights", "old-drop")));
        assertThrows(IllegalArgumentException.class, () -> tpe(Map.of("gamma_beta", 0.0)));
        assertThrows(IllegalArgumentException.class, () -> tpe(Map.of("magic_clip_exponent", -1.0)));
        assertThrows(IllegalArgumentException.class, () -> tpe(Map.of("categorical_prior_weight", 1.0)));
    }
}

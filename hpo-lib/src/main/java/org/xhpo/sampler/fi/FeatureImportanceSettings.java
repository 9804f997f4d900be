package org.xhpo.sampler.fi;

import java.util.Locale;
import java.util.Map;
import org.xhpo.objective.Settings;

/**
 * The validated settings of {@link FeatureImportanceSearch}, with the symbols of Obonyo et al.,
 * fi-random-search-sdcmi.md, Algorithm 1, and the paper's values as defaults (Experiments:
 * K = 100, α = 0.001, N = 10K, probe = 100; bs is not given there, 32 per
 * docs/methods/fi-random-search.md).
 *
 * @param k K, the number of random trials after the initial one (≥ 1)
 * @param alpha α, the step of the multiplicative update (finite, > 0)
 * @param n N, the last iteration index of the loop {@code i = 0..N} (≥ 0)
 * @param bs the minibatch size (≥ 1)
 * @param probe the probe period: iterations with {@code i % probe == 0} are probed (≥ 1)
 * @param model the weighting model W
 * @param mlpHidden hidden units of the "mlp" model (≥ 1)
 * @param mode the paper's Algorithm 1 or the adaptive mode ({@link AdaptiveProbes})
 * @param ladder adaptive mode: probes per step along the importance direction (≥ 1)
 * @param patience adaptive mode: probes without a new best after which Λ restarts from the best (≥ 1)
 * @param explore adaptive mode: the share of each ladder's points drawn uniformly at random instead of
 *     along the importance direction, in [0, 1) ({@link AdaptiveProbes})
 * @param intensify adaptive mode: re-evaluations a new best gets before it becomes the incumbent, in
 *     [0, ladder) ({@link Intensification}); 0 accepts a new best on one evaluation
 * @param lossTransform adaptive mode: what W is fitted to, the standardized losses or their normal scores
 *     ({@link LossTransform}); the paper mode always standardizes
 * @param importance adaptive mode: where the ladders' direction comes from ({@link ImportanceScope})
 * @param neighbours adaptive mode with local importance: the pairs of the local fit (≥ 2); by default
 *     1 + K, the size of the random phase
 */
public record FeatureImportanceSettings(int k, double alpha, int n, int bs, int probe, Model model, int mlpHidden,
                                        Mode mode, int ladder, int patience, double explore, int intensify,
                                        LossTransform lossTransform, ImportanceScope importance, int neighbours) {
    /** Where these settings live in a sweep config; the prefix of every error message. */
    public static final String PATH = "sampler.settings";

    /** The weighting model W of Algorithm 1 line 7. */
    public enum Model {
        /** {@link SgdLinearModel}: I = the signed SGD coefficients. */
        LINEAR,
        /** {@link SgdMlpModel}: I = the input gradient of a one-hidden-layer tanh network. */
        MLP;

        /** The lower-case name used in configs. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How the probes are chosen after the random trials. */
    public enum Mode {
        /** Algorithm 1 as printed (corrected): one precomputed path, probes never feed back. */
        PAPER,
        /** {@link AdaptiveProbes}: probes join W's pairs, batches spread along I, restarts from the best. */
        ADAPTIVE;

        /** The lower-case name used in configs. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks every field; messages name the setting, the rule and what was found. */
    public FeatureImportanceSettings {
        atLeast("k", k, 1);
        atLeast("n", n, 0);
        atLeast("bs", bs, 1);
        atLeast("probe", probe, 1);
        atLeast("mlp_hidden", mlpHidden, 1);
        atLeast("ladder", ladder, 1);
        atLeast("patience", patience, 1);
        if (intensify < 0 || intensify >= ladder) {
            throw new IllegalArgumentException(PATH + ".intensify: must be an integer in [0, ladder) = [0, " + ladder
                    + "), got " + intensify);
        }
        if (!(explore >= 0 && explore < 1)) {
            throw new IllegalArgumentException(PATH + ".explore: must be a number in [0, 1), got " + explore);
        }
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException(PATH + ".alpha: must be a finite number > 0, got " + alpha);
        }
        if (model == null) {
            throw new IllegalArgumentException(PATH + ".model: expected one of [linear, mlp], got nothing");
        }
        if (mode == null) {
            throw new IllegalArgumentException(PATH + ".mode: expected one of [paper, adaptive], got nothing");
        }
        if (lossTransform == null) {
            throw new IllegalArgumentException(PATH
                    + ".loss_transform: expected one of [standardize, normal_scores], got nothing");
        }
        if (importance == null) {
            throw new IllegalArgumentException(PATH + ".importance: expected one of [global, local], got nothing");
        }
        atLeast("neighbours", neighbours, 2);
        if (mode == Mode.PAPER && importance != ImportanceScope.GLOBAL) {
            throw new IllegalArgumentException(PATH + ".importance: only applies to mode 'adaptive', got mode 'paper'");
        }
        if (mode == Mode.PAPER && lossTransform != LossTransform.STANDARDIZE) {
            throw new IllegalArgumentException(PATH + ".loss_transform: only applies to mode 'adaptive', got mode 'paper'");
        }
    }

    private static void atLeast(String key, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(PATH + "." + key + ": must be >= " + min + ", got " + value);
        }
    }

    /**
     * Parses {@code sampler.settings}: keys k, alpha, n, bs, probe, model ("linear" or "mlp"),
     * mlp_hidden (only with model "mlp"), mode ("paper" or "adaptive"), and ladder, patience,
     * explore, intensify, loss_transform and importance ("global" or "local"; only with mode "adaptive"),
     * neighbours (only with importance "local"); absent keys take the defaults: the paper's in the
     * paper mode; in the adaptive mode K = 30 (its probes learn, so it needs fewer random trials) and
     * α = 10 (there the ladder sets the step lengths and α only shapes the direction: a large α drives
     * each coordinate of the path to the bound that the sign of its importance points to), ladder 8,
     * patience 16, explore 0, intensify 0, loss_transform standardize, importance local (benchmarks/RESULTS.md
     * §2c, "Local importances"), neighbours 1 + K.
     *
     * @throws IllegalArgumentException starting with {@code sampler.settings.<key>: }
     */
    public static FeatureImportanceSettings parse(Map<String, Object> values) {
        Settings s = new Settings(values, PATH).allowOnly("k", "alpha", "n", "bs", "probe", "model", "mlp_hidden",
                "mode", "ladder", "patience", "explore", "intensify", "loss_transform", "importance", "neighbours");
        String modelName = s.getString("model", "linear");
        Model model = switch (modelName) {
            case "linear" -> Model.LINEAR;
            case "mlp" -> Model.MLP;
            default -> throw new IllegalArgumentException(PATH + ".model: expected one of [linear, mlp], got '"
                    + modelName + "'");
        };
        if (s.has("mlp_hidden") && model != Model.MLP) {
            throw new IllegalArgumentException(PATH + ".mlp_hidden: only applies to model 'mlp', got model '"
                    + modelName + "'");
        }
        String modeName = s.getString("mode", "paper");
        Mode mode = switch (modeName) {
            case "paper" -> Mode.PAPER;
            case "adaptive" -> Mode.ADAPTIVE;
            default -> throw new IllegalArgumentException(PATH + ".mode: expected one of [paper, adaptive], got '"
                    + modeName + "'");
        };
        for (String key : new String[] {"ladder", "patience", "explore", "intensify", "loss_transform", "importance",
            "neighbours"}) {
            if (s.has(key) && mode != Mode.ADAPTIVE) {
                throw new IllegalArgumentException(PATH + "." + key + ": only applies to mode 'adaptive', got mode '"
                        + modeName + "'");
            }
        }
        LossTransform lossTransform = LossTransform.parse(s.getString("loss_transform", "standardize"));
        boolean adaptive = mode == Mode.ADAPTIVE;
        ImportanceScope importance = ImportanceScope.parse(s.getString("importance", adaptive ? "local" : "global"));
        if (s.has("neighbours") && importance != ImportanceScope.LOCAL) {
            throw new IllegalArgumentException(PATH + ".neighbours: only applies to importance 'local', got importance '"
                    + importance.label() + "'");
        }
        int k = s.getInt("k", adaptive ? 30 : 100, 1);
        return new FeatureImportanceSettings(k,
                s.getDouble("alpha", adaptive ? 10.0 : 0.001), s.getInt("n", 10_000, 0), s.getInt("bs", 32, 1),
                s.getInt("probe", 100, 1), model, s.getInt("mlp_hidden", 16, 1), mode, s.getInt("ladder", 8, 1),
                s.getInt("patience", 16, 1), s.getDouble("explore", 0.0), s.getInt("intensify", 0, 0),
                lossTransform, importance, s.getInt("neighbours", 1 + k, 2));
    }

    /** Paper mode: number of probes, one per {@code i ∈ 0..N} with {@code i % probe == 0}. */
    public int probes() {
        return n / probe + 1;
    }

    /**
     * Adaptive mode: of a ladder of {@code size} points, how many are uniform random draws,
     * round(explore · size), never all of them.
     */
    public int exploreCount(int size) {
        return Math.min(size - 1, (int) Math.round(explore * size));
    }

    /** Adaptive mode: number of ladders, one per {@code probe} iterations of N. */
    public int ladders() {
        return n / probe;
    }

    /**
     * Trials the full run needs: 1 initial + K random + N/probe + 1 probes in the paper mode, + at
     * most ladder × N/probe probes in the adaptive mode.
     */
    public long trialsNeeded() {
        return 1L + k + (mode == Mode.PAPER ? probes() : (long) ladder * ladders());
    }
}

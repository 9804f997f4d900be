package org.xhpo.objective.sdcmi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.Hyperparameters;
import org.xhpo.objective.Objective;
import org.xhpo.objective.Settings;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * {@code objective: sdcmi} — the sDCMI inversion pipeline of fi-random-search-sdcmi.md (DM-GMM or
 * DM-AC, Table 1), minimizing the output JS divergence in nats.
 *
 * <p>Hyperparameters (configuration names as in the seed's Table 3): the diffusion model's
 * {@code steps, hdif, lr, bs, epoch, drop}; for {@code discriminator: gmm} also
 * {@code comp, scale, delta, n_iters}; for {@code discriminator: ac} also {@code layers, hclas},
 * the flow sharing {@code lr, bs, epoch, drop} with the diffusion model as in Table 3's single
 * columns. A hyperparameter missing from the configuration takes the default below. The default
 * space has the ranges of docs/methods/sdcmi.md, 'Where the seed is silent, and what XHPO chose',
 * which contain Table 3's optima.
 *
 * <p>Settings: {@code discriminator} (gmm | ac, default gmm), {@code sample_size} N (1000),
 * {@code iterations} (10), {@code rejection} ρ (0.5), {@code rejection_rule} (calibrated | butler),
 * {@code dm_width} hidden units per noise-predictor layer (32), {@code keep_output_sample} (false):
 * when true, each trial's final sample is kept as the artifact {@code STUDY/artifacts/trial-<id>.csv}
 * ({@link OutputSampleArtifact}: x1, x2, y — the output sample of Q_Yg, for Fig. 2's fit to Q_Y); a
 * write that fails fails that trial only.
 *
 * <p>Metrics: {@code js} (the value), {@code js_distance} = √js (scipy's "JS distance"),
 * {@code js_x} (input space, against the data-consistent reference), {@code js_first} (after the
 * first iteration), {@code final_size}, {@code seconds} (wall time of the run) with its
 * {@code seconds_generator} and {@code seconds_discriminator} parts.
 */
public final class SdcmiObjective implements Objective {
    private static final Map<String, Double> DEFAULTS = Map.ofEntries(
            Map.entry("steps", 20.0), Map.entry("hdif", 3.0), Map.entry("lr", 0.005), Map.entry("bs", 256.0),
            Map.entry("epoch", 15.0), Map.entry("drop", 0.1), Map.entry("comp", 10.0), Map.entry("scale", 0.4),
            Map.entry("delta", 1e-3), Map.entry("n_iters", 200.0), Map.entry("layers", 4.0), Map.entry("hclas", 16.0));

    private final boolean gmm;
    private final int sampleSize;
    private final int iterations;
    private final double rejection;
    private final boolean butler;
    private final int dmWidth;
    private final boolean keepOutputSample;

    /** @param settings see the class comment */
    public SdcmiObjective(Map<String, Object> settings) {
        Settings s = new Settings(settings, "objective.settings")
                .allowOnly("discriminator", "sample_size", "iterations", "rejection", "rejection_rule", "dm_width",
                        "keep_output_sample");
        String d = s.getString("discriminator", "gmm");
        if (!d.equals("gmm") && !d.equals("ac")) {
            throw new IllegalArgumentException("objective.settings.discriminator: expected gmm or ac, got '" + d + "'");
        }
        gmm = d.equals("gmm");
        sampleSize = s.getInt("sample_size", 1000, 10);
        iterations = s.getInt("iterations", 10, 1);
        rejection = s.getDouble("rejection", 0.5);
        if (!(rejection >= 0 && rejection < 1)) {
            throw new IllegalArgumentException("objective.settings.rejection: must be in [0, 1), got " + rejection);
        }
        String rule = s.getString("rejection_rule", "calibrated");
        if (!rule.equals("calibrated") && !rule.equals("butler")) {
            throw new IllegalArgumentException("objective.settings.rejection_rule: expected calibrated or butler, got '" + rule + "'");
        }
        butler = rule.equals("butler");
        dmWidth = s.getInt("dm_width", 32, 1);
        keepOutputSample = s.getBoolean("keep_output_sample", false);
    }

    @Override
    public Evaluation evaluate(Configuration c, TrialContext context) {
        Hyperparameters h = new Hyperparameters(c, "sdcmi");
        DiffusionGenerator.DiffusionSettings dm = new DiffusionGenerator.DiffusionSettings(
                whole(h, "steps"), whole(h, "hdif"), dmWidth, h.positive("lr", DEFAULTS.get("lr")),
                whole(h, "bs"), whole(h, "epoch"), h.fraction("drop", DEFAULTS.get("drop")));
        Discriminator disc = gmm
                ? new GaussianMixtureDiscriminator(whole(h, "comp"), h.positive("scale", DEFAULTS.get("scale")),
                        h.positive("delta", DEFAULTS.get("delta")), whole(h, "n_iters"))
                : new AffineCouplingDiscriminator(whole(h, "layers"), whole(h, "hclas"), dm.learningRate(),
                        dm.batch(), dm.epochs(), dm.dropout());
        InversionPipeline.Result r = new InversionPipeline(sampleSize, iterations, rejection, butler, dm, disc)
                .run(context.seed(), context.cancelled());
        if (keepOutputSample) {
            OutputSampleArtifact.write(context.artifactFile("csv"), r.x1(), r.x2());
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("js_distance", Math.sqrt(r.js()));
        metrics.put("js_x", r.jsX());
        metrics.put("js_first", r.jsFirst());
        metrics.put("final_size", (double) r.x1().length);
        metrics.put("seconds", r.seconds());
        metrics.put("seconds_generator", r.phases().generatorTraining() + r.phases().generatorSampling());
        metrics.put("seconds_discriminator", r.phases().discriminator());
        return new Evaluation(r.js(), metrics);
    }

    private static int whole(Hyperparameters h, String name) {
        return h.whole(name, DEFAULTS.get(name).intValue(), 1);
    }

    @Override
    public Optional<SearchSpace> defaultSpace() {
        List<Parameter> dm = List.of(
                new IntParameter("steps", 2, 50, false, 1, null, null),
                new IntParameter("hdif", 1, 20, false, 1, null, null),
                new FloatParameter("lr", 1e-4, 1e-2, true, null, null),
                new IntParameter("bs", 32, 1024, false, 1, null, null),
                new IntParameter("epoch", 5, 30, false, 1, null, null),
                new FloatParameter("drop", 0.0, 0.5, false, null, null));
        List<Parameter> disc = gmm
                ? List.of(new IntParameter("comp", 1, 50, false, 1, null, null),
                        new FloatParameter("scale", 0.05, 1.0, false, null, null),
                        new FloatParameter("delta", 1e-4, 5e-2, true, null, null),
                        new IntParameter("n_iters", 50, 2000, false, 1, null, null))
                : List.of(new IntParameter("layers", 1, 8, false, 1, null, null),
                        new IntParameter("hclas", 4, 64, false, 1, null, null));
        java.util.ArrayList<Parameter> all = new java.util.ArrayList<>(dm);
        all.addAll(disc);
        return Optional.of(new SearchSpace(all));
    }

    @Override
    public Direction defaultDirection() {
        return Direction.MINIMIZE;
    }
}

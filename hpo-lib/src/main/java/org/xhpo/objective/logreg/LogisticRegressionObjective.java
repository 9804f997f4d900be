package org.xhpo.objective.logreg;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.xhpo.data.LabeledImages;
import org.xhpo.hypergrad.HypergradientSolver;
import org.xhpo.hypergrad.HypergradientSpec;
import org.xhpo.hypergrad.UnrolledTrajectory;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.HypergradientObjective;
import org.xhpo.objective.Hyperparameters;
import org.xhpo.objective.IdxFiles;
import org.xhpo.objective.Settings;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;

/**
 * {@code objective: logreg} — multinomial logistic regression on IDX images (Fashion-MNIST by default)
 * with one L2 weight decay per block of pixels ({@link PixelGroups}), trained to tolerance by L-BFGS
 * ({@link SoftmaxRegression#train}); the value is the validation cross-entropy
 * (a hold-out of the training file: selection on validation, never on test). With a hypergradient
 * method, d(validation loss)/dλ_g is computed at the trained weights by {@link HypergradientSolver}
 * (greedy, HOAG with conjugate gradients on Hessian-vector products, or the Neumann series) and
 * returned as {@code hypergrad_l2…} metrics. With {@code unrolled} the weights are instead the T-step
 * momentum gradient-descent iterate from the sampler's settings, differentiated in reverse mode by
 * {@link UnrolledTrajectory}; the value and every metric are then those of that iterate (the
 * {@code tolerance} and {@code max_iterations} settings are not used). Gaussian input noise N(0, σ²)
 * (σ = {@code input_noise}) is added to every image from {@code data_seed}, as in the lecture's "Experiment: MNIST".
 *
 * <p>Hyperparameters: {@code l2} (one group) or {@code l2_000 …} (one per block), default 1e-4.
 * Metrics: {@code val_error}, {@code test_loss}, {@code test_error}, {@code train_loss},
 * {@code train_seconds}, {@code hypergradient_seconds}, {@code hessian_products}.
 * Settings: {@code images}, {@code labels}, {@code test_images}, {@code test_labels} (IDX files),
 * {@code train_size} (2000), {@code validation} (1000), {@code test_size} (2000), {@code group_size}
 * (28: one decay; 1: one per pixel), {@code input_noise} (0), {@code data_seed} (0),
 * {@code tolerance} (1e-5, L-BFGS gradient test), {@code max_iterations} (500), {@code neumann_terms} (50).
 */
public final class LogisticRegressionObjective implements HypergradientObjective {
    private static final double DEFAULT_DECAY = 1e-4;
    private final IdxFiles files;
    private final int trainSize;
    private final int validation;
    private final int testSize;
    private final int groupSize;
    private final double inputNoise;
    private final long dataSeed;
    private final double tolerance;
    private final int maxIterations;
    private final HypergradientSolver solver;

    /** @param settings see the class comment */
    public LogisticRegressionObjective(Map<String, Object> settings) {
        Settings s = new Settings(settings, "objective.settings").allowOnly("images", "labels", "test_images",
                "test_labels", "train_size", "validation", "test_size", "group_size", "input_noise", "data_seed",
                "tolerance", "max_iterations", "neumann_terms");
        this.files = IdxFiles.from(s);
        this.trainSize = s.getInt("train_size", 2000, 10);
        this.validation = s.getInt("validation", 1000, 10);
        this.testSize = s.getInt("test_size", 2000, 10);
        this.groupSize = s.getInt("group_size", 28, 1);
        this.inputNoise = s.getDouble("input_noise", 0.0);
        if (!(inputNoise >= 0)) {
            throw new IllegalArgumentException("objective.settings.input_noise: must be >= 0, got " + inputNoise);
        }
        this.dataSeed = s.getInt("data_seed", 0);
        this.tolerance = s.getDouble("tolerance", 1e-5);
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("objective.settings.tolerance: must be > 0, got " + tolerance);
        }
        this.maxIterations = s.getInt("max_iterations", 500, 1);
        this.solver = new HypergradientSolver(1e-6, 200, s.getInt("neumann_terms", 50, 1), 20);
    }

    /** The decay groups of a 28 × 28 image (the default space; other image sizes use their own). */
    private PixelGroups groups(int rows, int cols) {
        return PixelGroups.blocks(rows, cols, groupSize);
    }

    @Override
    public Optional<SearchSpace> defaultSpace() {
        List<Parameter> ps = new ArrayList<>();
        for (String name : groups(28, 28).names()) {
            ps.add(new FloatParameter(name, 1e-6, 1.0, true, null, null));
        }
        return Optional.of(new SearchSpace(ps));
    }

    @Override
    public Evaluation evaluate(Configuration config, TrialContext context) throws IOException {
        return evaluateWithHypergradient(config, context, null);
    }

    @Override
    public Evaluation evaluateWithHypergradient(Configuration config, TrialContext context, HypergradientSpec spec)
            throws IOException {
        LabeledImages train = files.train(trainSize + validation);
        if (train.size() < trainSize + validation) {
            throw new IllegalArgumentException("objective.settings.train_size: train_size + validation = "
                    + (trainSize + validation) + " exceeds the " + train.size() + " images of " + files.images());
        }
        LabeledImages test = files.test(testSize);
        PixelGroups groups = groups(train.rows(), train.cols());
        Hyperparameters hp = new Hyperparameters(config, "logreg");
        double[] lambda = new double[groups.count()];
        for (int g = 0; g < lambda.length; g++) {
            lambda[g] = hp.nonNegative(groups.names().get(g), DEFAULT_DECAY);
        }
        SplittableRandom noise = new SplittableRandom(dataSeed);
        float[][] xt = noisy(train.pixels(), 0, trainSize, noise);
        float[][] xv = noisy(train.pixels(), trainSize, validation, noise);
        float[][] xs = noisy(test.pixels(), 0, test.size(), noise);
        int[] yt = java.util.Arrays.copyOfRange(train.labels(), 0, trainSize);
        int[] yv = java.util.Arrays.copyOfRange(train.labels(), trainSize, trainSize + validation);
        int classes = Math.max(train.classes(), test.classes());
        SoftmaxRegression model = new SoftmaxRegression(xt, yt, xv, yv, classes, groups.groupOf(), lambda);

        long t0 = System.nanoTime();
        UnrolledTrajectory unrolled = spec != null && spec.unrolls()
                ? UnrolledTrajectory.train(model, spec.unrolled(), context.seed()) : null;
        double[] theta = unrolled != null ? unrolled.weights() : model.train(tolerance, maxIterations);
        double trainLoss = model.trainLoss(theta, null);
        if (context.cancelled().getAsBoolean()) {
            throw new IllegalStateException("logreg: cancelled after training");
        }
        double trainSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> metrics = new LinkedHashMap<>();
        double valLoss = model.validationLoss(theta);
        metrics.put("val_error", model.error(theta, xv, yv));
        metrics.put("test_loss", model.crossEntropy(theta, xs, test.labels(), null));
        metrics.put("test_error", model.error(theta, xs, test.labels()));
        metrics.put("train_loss", trainLoss);
        metrics.put("train_seconds", trainSeconds);
        if (spec != null) {
            long t1 = System.nanoTime();
            HypergradientSolver.Result r = unrolled != null ? unrolled.hypergradient()
                    : solver.hypergradient(model, theta, spec.method());
            metrics.put("hypergradient_seconds", (System.nanoTime() - t1) / 1e9);
            metrics.put("hessian_products", (double) r.hessianProducts());
            for (int g = 0; g < lambda.length; g++) {
                if (config.has(groups.names().get(g))) {
                    metrics.put(GRADIENT_PREFIX + groups.names().get(g), r.gradient()[g]);
                }
            }
        }
        return new Evaluation(valLoss, metrics);
    }

    private float[][] noisy(float[][] pixels, int from, int count, SplittableRandom rng) {
        float[][] out = new float[count][];
        for (int i = 0; i < count; i++) {
            float[] src = pixels[from + i];
            if (inputNoise == 0) {
                out[i] = src;
                continue;
            }
            float[] row = new float[src.length];
            for (int p = 0; p < src.length; p++) {
                row[p] = (float) (src[p] + inputNoise * rng.nextGaussian());
            }
            out[i] = row;
        }
        return out;
    }
}

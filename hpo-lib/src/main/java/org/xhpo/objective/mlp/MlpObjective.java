package org.xhpo.objective.mlp;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.xhpo.data.BatemanDataset;
import org.xhpo.data.LabeledImages;
import org.xhpo.nn.Activation;
import org.xhpo.nn.DenseNetwork;
import org.xhpo.nn.Minibatches;
import org.xhpo.nn.Optimizer;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.Hyperparameters;
import org.xhpo.objective.IdxFiles;
import org.xhpo.objective.Objective;
import org.xhpo.objective.Settings;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Condition;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * {@code objective: mlp} — trains a dense network as in the HSIC seed's applications
 * (hsic-explainable-hpo.md: MNIST classification, Bateman regression; cost = parameters and FLOPs).
 *
 * <p>Hyperparameters (a missing one takes the default in brackets): {@code layers} [2],
 * {@code width} [128], {@code lr} [1e-3], {@code batch} [64], {@code optimizer} sgd|adam|rmsprop
 * [adam] (sgd with momentum 0.9), {@code activation} relu|tanh|sigmoid [relu], {@code dropout}
 * on|off [off] with {@code dropout_rate} [0.2] active only when on, {@code weight_decay} [0],
 * {@code epochs} [5].
 *
 * <p>Settings: {@code task} classification | regression. Classification reads IDX files
 * ({@code images}, {@code labels}, {@code test_images}, {@code test_labels}; local paths or any
 * Hadoop URI; default the Debian {@code dataset-fashion-mnist} files): the first
 * {@code train_size} [5000] training images are the training pool, the first {@code test_size}
 * [2000] test images the test set. Regression reads a Bateman CSV ({@code data}
 * [data/bateman.csv], written by {@code xhpo data bateman}), split once with {@code split_seed} [0]
 * into test rows ({@code test_fraction} [0.2]) and the pool (at most {@code train_size} rows);
 * inputs and outputs are standardized on each fold's training rows.
 *
 * <p>Model selection never sees the test set ({@link ValidationSplit}): the pool's last
 * {@code validation} fraction [0.1] validates a network trained on the rest, or, with
 * {@code cv_folds: k}, k networks are trained on k − 1 blocks each and validated on the k-th. The
 * value is the (mean) validation error: 1 − accuracy, or the relative L2 error
 * {@code ‖ŷ − y‖₂/‖y‖₂} over all outputs. Metrics: {@code val_error} (= the value),
 * {@code test_error} (the same network(s) on the test set, mean over folds), {@code accuracy} (test
 * accuracy, classification), with k folds {@code val_error_sd}, {@code test_error_sd} (n − 1) and
 * {@code folds}; the costs {@code train_seconds} (all folds), {@code params}, {@code flops} (one
 * forward pass of one example, 2 per multiply-add).
 */
public final class MlpObjective implements Objective {
    private static final Map<String, BatemanDataset> BATEMAN = new ConcurrentHashMap<>();

    private final boolean classification;
    private final IdxFiles files;
    private final int trainSize;
    private final ValidationSplit split;
    private final int testSize;
    private final String data;
    private final double testFraction;
    private final long splitSeed;

    /** @param settings see the class comment */
    public MlpObjective(Map<String, Object> settings) {
        Settings s = new Settings(settings, "objective.settings").allowOnly("task", "images", "labels", "test_images",
                "test_labels", "train_size", "validation", "cv_folds", "test_size", "data", "test_fraction", "split_seed");
        String task = s.getString("task", "classification");
        if (!task.equals("classification") && !task.equals("regression")) {
            throw new IllegalArgumentException("objective.settings.task: expected classification or regression, got '" + task + "'");
        }
        classification = task.equals("classification");
        files = IdxFiles.from(s);
        trainSize = s.getInt("train_size", classification ? 5000 : Integer.MAX_VALUE, 2);
        split = new ValidationSplit(s.has("cv_folds") ? s.getInt("cv_folds", 0) : 1, s.getDouble("validation", 0.1));
        if (s.has("cv_folds") && split.folds() < 2) {
            throw new IllegalArgumentException("objective.settings.cv_folds: must be >= 2, got " + split.folds());
        }
        testSize = s.getInt("test_size", 2000, 1);
        data = s.getString("data", "data/bateman.csv");
        testFraction = s.getDouble("test_fraction", 0.2);
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("objective.settings.test_fraction: must be in (0, 1), got " + testFraction);
        }
        splitSeed = s.getInt("split_seed", 0);
    }

    @Override
    public Evaluation evaluate(Configuration c, TrialContext context) throws IOException {
        MlpTraining t = training(c);
        SplittableRandom rng = new SplittableRandom(context.seed());
        return classification ? classify(t, rng, context) : regress(t, rng, context);
    }

    /** Reads the hyperparameters, with defaults for missing ones. */
    static MlpTraining training(Configuration c) {
        Hyperparameters h = new Hyperparameters(c, "mlp");
        boolean dropout = switch (h.text("dropout", "off")) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> throw new IllegalArgumentException("mlp hyperparameter dropout: expected on or off, got " + c.get("dropout"));
        };
        double rate = dropout ? h.fraction("dropout_rate", 0.2) : 0.0;
        return new MlpTraining(h.whole("layers", 2, 0), h.whole("width", 128, 1),
                Activation.parse(h.text("activation", "relu"), "mlp hyperparameter activation"), rate,
                Optimizer.Kind.parse(h.text("optimizer", "adam"), "mlp hyperparameter optimizer"),
                h.positive("lr", 1e-3), h.nonNegative("weight_decay", 0.0), h.whole("batch", 64, 1), h.whole("epochs", 5, 1));
    }

    private Evaluation classify(MlpTraining t, SplittableRandom rng, TrialContext context) throws IOException {
        LabeledImages train = files.train(trainSize);
        LabeledImages test = files.test(testSize);
        int[] testRows = range(0, test.size());
        return select(split.split(range(0, train.size())), fold -> {
            DenseNetwork net = t.classifier(train.pixels(), train.labels(), fold.train(), train.classes(), rng, context.cancelled());
            return new FoldResult(net, 1 - accuracy(net, train, fold.validate()), 1 - accuracy(net, test, testRows));
        }, true);
    }

    /** One fold's trained network and its validation and test errors. */
    private record FoldResult(DenseNetwork net, double validationError, double testError) {}

    /** Trains and scores the network of one fold. */
    private interface FoldTrainer {
        FoldResult run(ValidationSplit.Fold fold) throws IOException;
    }

    /** Runs every fold; the value is the mean validation error, the test error only a metric. */
    private Evaluation select(List<ValidationSplit.Fold> folds, FoldTrainer trainer, boolean classifier) throws IOException {
        double[] val = new double[folds.size()];
        double[] test = new double[folds.size()];
        DenseNetwork net = null;
        long start = System.nanoTime();
        for (int f = 0; f < folds.size(); f++) {
            FoldResult r = trainer.run(folds.get(f));
            val[f] = r.validationError();
            test[f] = r.testError();
            net = r.net();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> m = new LinkedHashMap<>();
        double value = ValidationSplit.mean(val);
        m.put("val_error", value);
        m.put("test_error", ValidationSplit.mean(test));
        if (classifier) {
            m.put("accuracy", 1 - ValidationSplit.mean(test));
        }
        if (folds.size() > 1) {
            m.put("val_error_sd", ValidationSplit.sd(val));
            m.put("test_error_sd", ValidationSplit.sd(test));
            m.put("folds", (double) folds.size());
        }
        costs(m, net, seconds);
        return new Evaluation(value, m);
    }

    private static double accuracy(DenseNetwork net, LabeledImages d, int[] rows) {
        double[] out = MlpTraining.predict(net, d.pixels(), rows);
        int k = net.outputs();
        int right = 0;
        for (int i = 0; i < rows.length; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (out[i * k + c] > out[i * k + best]) {
                    best = c;
                }
            }
            right += best == d.labels()[rows[i]] ? 1 : 0;
        }
        return (double) right / rows.length;
    }

    private Evaluation regress(MlpTraining t, SplittableRandom rng, TrialContext context) throws IOException {
        BatemanDataset d = BATEMAN.get(data);
        if (d == null) {
            d = BatemanDataset.read(data, "objective.settings.data");
            BATEMAN.putIfAbsent(data, d);
        }
        BatemanDataset ds = d;
        int n = ds.rows();
        int[] perm = Minibatches.identity(n);
        Minibatches.shuffle(perm, new SplittableRandom(splitSeed));
        int nTest = Math.max(1, (int) Math.round(n * testFraction));
        int nPool = Math.min(n - nTest, trainSize);
        if (nPool < 3) {
            throw new IllegalArgumentException("objective.settings.data: '" + data + "' has " + n
                    + " rows, too few for a training split");
        }
        int[] testRows = Arrays.copyOfRange(perm, 0, nTest);
        int[] pool = Arrays.copyOfRange(perm, nTest, nTest + nPool);
        return select(split.split(pool), fold -> {
            Standardizer sx = Standardizer.fit(ds.inputs(), fold.train());
            Standardizer sy = Standardizer.fit(ds.outputs(), fold.train());
            float[][] x = sx.applyFloat(ds.inputs());
            DenseNetwork net = t.regressor(x, sy.apply(ds.outputs()), fold.train(), rng, context.cancelled());
            return new FoldResult(net, relativeL2(net, x, ds.outputs(), fold.validate(), sy),
                    relativeL2(net, x, ds.outputs(), testRows, sy));
        }, false);
    }

    private static double relativeL2(DenseNetwork net, float[][] x, double[][] y, int[] rows, Standardizer sy) {
        double[] out = MlpTraining.predict(net, x, rows);
        int k = net.outputs();
        double err = 0;
        double norm = 0;
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < k; j++) {
                double pred = sy.invert(out[i * k + j], j);
                double truth = y[rows[i]][j];
                err += (pred - truth) * (pred - truth);
                norm += truth * truth;
            }
        }
        return Math.sqrt(err / norm);
    }

    private static void costs(Map<String, Double> m, DenseNetwork net, double seconds) {
        m.put("train_seconds", seconds);
        m.put("params", (double) net.parameterCount());
        m.put("flops", (double) net.forwardFlops());
    }

    private static int[] range(int from, int to) {
        int[] r = new int[Math.max(0, to - from)];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    @Override
    public Optional<SearchSpace> defaultSpace() {
        return Optional.of(new SearchSpace(List.of(
                new IntParameter("layers", 1, 4, false, 1, null, null),
                new IntParameter("width", 16, 512, true, 1, null, null),
                new FloatParameter("lr", 1e-4, 1e-1, true, null, null),
                new IntParameter("batch", 16, 512, true, 1, null, null),
                new CategoricalParameter("optimizer", List.of("sgd", "adam", "rmsprop"), null, null),
                new CategoricalParameter("activation", List.of("relu", "tanh", "sigmoid"), null, null),
                new CategoricalParameter("dropout", List.of("off", "on"), null, null),
                new FloatParameter("dropout_rate", 0.05, 0.5, false, null, new Condition(Map.of("dropout", List.of("on")))),
                new FloatParameter("weight_decay", 1e-6, 1e-2, true, null, null),
                new IntParameter("epochs", 1, 20, false, 1, null, null))));
    }

    @Override
    public Direction defaultDirection() {
        return Direction.MINIMIZE;
    }
}

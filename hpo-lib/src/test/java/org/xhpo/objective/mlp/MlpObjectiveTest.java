package org.xhpo.objective.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.data.BatemanDataset;
import org.xhpo.data.FashionMnistSubset;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.Configuration;

class MlpObjectiveTest {
    /** Fashion-MNIST from the test resources (the shipped subset: 1,000 training, 300 test images). */
    private static final Map<String, Object> TINY = FashionMnistSubset.settings(Map.of("train_size", 1000, "test_size", 300));

    private static Configuration config(Object... kv) {
        Map<String, Object> m = new HashMap<>(Map.of("layers", 1L, "width", 32L, "lr", 3e-3, "batch", 32L,
                "optimizer", "adam", "activation", "relu", "dropout", "off", "epochs", 2L));
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return new Configuration(m);
    }

    @Test
    void fashionMnistTinyTrainingLearnsAndIsDeterministic() throws Exception {
        MlpObjective o = new MlpObjective(TINY);
        Evaluation a = o.evaluate(config(), TrialContext.of(1, 5));
        Evaluation b = o.evaluate(config(), TrialContext.of(1, 5));
        Evaluation c = o.evaluate(config(), TrialContext.of(1, 6));
        assertTrue(a.value() < 0.4, "validation error " + a.value()); // chance is 0.9
        assertEquals(a.metrics().get("val_error"), a.value(), 0.0); // the value is the validation error
        double test = a.metrics().get("test_error");
        assertTrue(test < 0.4 && test != a.value(), "test error " + test); // 100 validation vs 300 test images
        assertEquals(1 - test, a.metrics().get("accuracy"), 1e-15);
        assertEquals(a.value(), b.value(), 0.0);
        assertEquals(test, b.metrics().get("test_error"), 0.0);
        assertNotEquals(a.metrics().get("test_error") + a.value(), c.metrics().get("test_error") + c.value());
        assertEquals(784 * 32 + 32 + 32 * 10 + 10, a.metrics().get("params"), 0.0);
        assertEquals(2.0 * (784 * 32 + 32 * 10), a.metrics().get("flops"), 0.0);
        assertTrue(a.metrics().get("train_seconds") > 0);
    }

    @Test
    void crossValidationAveragesTheFoldsAndNeverLooksAtTheTestSet() throws Exception {
        Map<String, Object> cv = FashionMnistSubset.settings(Map.of("train_size", 600, "test_size", 200, "cv_folds", 3));
        Evaluation e = new MlpObjective(cv).evaluate(config("epochs", 1L), TrialContext.of(1, 3));
        assertEquals(3.0, e.metrics().get("folds"), 0.0);
        assertEquals(e.value(), e.metrics().get("val_error"), 0.0);
        assertTrue(e.metrics().get("val_error_sd") > 0 && e.metrics().get("test_error_sd") >= 0, e.metrics().toString());
        // the test set only changes the test metric: a different test set leaves the value unchanged
        Evaluation other = new MlpObjective(FashionMnistSubset.settings(Map.of("train_size", 600, "test_size", 50, "cv_folds", 3)))
                .evaluate(config("epochs", 1L), TrialContext.of(1, 3));
        assertEquals(e.value(), other.value(), 0.0);
        assertNotEquals(e.metrics().get("test_error"), other.metrics().get("test_error"));
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> new MlpObjective(Map.of("cv_folds", 1)));
        assertTrue(one.getMessage().contains("objective.settings.cv_folds"), one.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new MlpObjective(Map.of("validation", 0.0)));
        assertTrue(none.getMessage().contains("objective.settings.validation"), none.getMessage());
    }

    @Test
    void foldsPartitionThePoolIntoContiguousValidationBlocks() {
        int[] pool = {9, 8, 7, 6, 5, 4, 3};
        var folds = new ValidationSplit(3, 0.1).split(pool);
        int[] seen = new int[10];
        for (var f : folds) {
            assertEquals(pool.length, f.train().length + f.validate().length);
            for (int r : f.validate()) {
                seen[r]++;
            }
        }
        for (int r : pool) {
            assertEquals(1, seen[r], "row " + r + " validated once");
        }
        assertEquals(java.util.List.of(2, 2, 3), folds.stream().map(f -> f.validate().length).toList());
        var holdOut = new ValidationSplit(1, 0.3).split(pool).get(0);
        assertEquals(java.util.List.of(4, 3), java.util.Arrays.stream(holdOut.validate()).boxed().toList().subList(0, 2));
        assertEquals(5, holdOut.train().length);
    }

    @Test
    void everyOptimizerActivationAndDropoutRuns() throws Exception {
        MlpObjective o = new MlpObjective(FashionMnistSubset.settings(Map.of("train_size", 300, "test_size", 100)));
        for (String opt : new String[] {"sgd", "rmsprop"}) {
            for (String act : new String[] {"tanh", "sigmoid"}) {
                Evaluation e = o.evaluate(config("optimizer", opt, "activation", act, "dropout", "on", "dropout_rate", 0.3,
                        "weight_decay", 1e-4, "layers", 2L, "epochs", 1L), TrialContext.of(1, 1));
                assertTrue(e.value() >= 0 && e.value() <= 1, opt + "/" + act + " " + e.value());
            }
        }
    }

    @Test
    void batemanRegressionBeatsThePredictMeanBaseline(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bateman.csv");
        try (Writer w = Files.newBufferedWriter(csv)) {
            BatemanDataset.generate(2000, 3, 1).write(w);
        }
        MlpObjective o = new MlpObjective(Map.of("task", "regression", "data", csv.toString()));
        Evaluation e = o.evaluate(config("width", 64L, "layers", 2L, "epochs", 30L, "lr", 3e-3), TrialContext.of(1, 2));
        // predicting the training mean gives a relative L2 error near 0.6 on this data
        assertTrue(e.value() < 0.15, "relative L2 " + e.value());
        assertTrue(e.metrics().get("test_error") < 0.15, "test relative L2 " + e.metrics().get("test_error"));
        assertEquals(e.value(), o.evaluate(config("width", 64L, "layers", 2L, "epochs", 30L, "lr", 3e-3),
                TrialContext.of(1, 2)).value(), 0.0);
    }

    @Test
    void badSettingsAndDataNameTheField(@TempDir Path dir) throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MlpObjective(Map.of("train_size", -3)));
        assertTrue(e.getMessage().contains("objective.settings.train_size"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MlpObjective(Map.of("task", "ranking")));
        assertTrue(e.getMessage().contains("objective.settings.task"), e.getMessage());
        Exception missing = assertThrows(Exception.class, () -> new MlpObjective(FashionMnistSubset.settings(Map.of("images", dir.resolve("nope.gz").toString())))
                .evaluate(config(), TrialContext.of(1, 1)));
        assertTrue(missing.getMessage().contains("objective.settings.images") && missing.getMessage().contains("nope.gz"),
                missing.getMessage());
        Path bad = dir.resolve("bad-idx");
        Files.write(bad, new byte[] {0, 0, 8, 9, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0});
        Exception magic = assertThrows(Exception.class, () -> new MlpObjective(FashionMnistSubset.settings(Map.of("images", bad.toString(), "train_size", 10)))
                .evaluate(config(), TrialContext.of(1, 1)));
        assertTrue(magic.getMessage().contains("objective.settings.images"), magic.getMessage());
        Exception labels = assertThrows(Exception.class, () -> new MlpObjective(FashionMnistSubset.settings(
                Map.of("labels", dir.resolve("no-labels.gz").toString()))).evaluate(config(), TrialContext.of(1, 1)));
        assertTrue(labels.getMessage().startsWith("objective.settings.labels: ")
                && labels.getMessage().contains("no-labels.gz"), labels.getMessage());
        Exception testLabels = assertThrows(Exception.class, () -> new MlpObjective(FashionMnistSubset.settings(
                Map.of("test_labels", bad.toString(), "train_size", 10))).evaluate(config(), TrialContext.of(1, 1)));
        assertTrue(testLabels.getMessage().startsWith("objective.settings.test_labels: "), testLabels.getMessage());
        Exception opt = assertThrows(IllegalArgumentException.class, () -> new MlpObjective(TINY)
                .evaluate(config("optimizer", "lbfgs"), TrialContext.of(1, 1)));
        assertTrue(opt.getMessage().contains("optimizer"), opt.getMessage());
        Exception noData = assertThrows(Exception.class, () -> new MlpObjective(Map.of("task", "regression",
                "data", dir.resolve("none.csv").toString())).evaluate(config(), TrialContext.of(1, 1)));
        assertTrue(noData.getMessage().contains("objective.settings.data"), noData.getMessage());
    }

    @Test
    void registeredWithAConditionalDropoutRate() {
        var space = ObjectiveRegistry.create(new org.xhpo.objective.ObjectiveSpec("mlp", Map.of())).defaultSpace().orElseThrow();
        assertTrue(space.parameters().stream().anyMatch(p -> p.name().equals("dropout_rate") && p.when().isPresent()));
    }
}

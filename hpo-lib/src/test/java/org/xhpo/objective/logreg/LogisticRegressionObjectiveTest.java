package org.xhpo.objective.logreg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.hypergrad.FiniteDifferences;
import org.xhpo.hypergrad.HypergradientMethod;
import org.xhpo.hypergrad.HypergradientSpec;
import org.xhpo.hypergrad.UnrolledSettings;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.Configuration;

/** The logreg workload on IDX files the test writes (8 × 8 images of three classes). */
class LogisticRegressionObjectiveTest {
    @TempDir
    Path dir;

    /** Class k lights the k-th 2-pixel-high band of an 8 × 8 image, plus uniform noise. */
    private Path[] write(String name, int n, long seed) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        ByteArrayOutputStream img = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(img);
        d.writeInt(0x803);
        d.writeInt(n);
        d.writeInt(8);
        d.writeInt(8);
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (i % 3);
            for (int p = 0; p < 64; p++) {
                int band = (p / 8) / 2;
                d.writeByte(Math.min(255, rng.nextInt(120) + (band == labels[i] ? 100 : 0)));
            }
        }
        ByteArrayOutputStream lab = new ByteArrayOutputStream();
        DataOutputStream l = new DataOutputStream(lab);
        l.writeInt(0x801);
        l.writeInt(n);
        l.write(labels);
        Path pi = dir.resolve(name + "-images.gz");
        Path pl = dir.resolve(name + "-labels.gz");
        for (Object[] f : new Object[][] {{pi, img.toByteArray()}, {pl, lab.toByteArray()}}) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream((Path) f[0]))) {
                out.write((byte[]) f[1]);
            }
        }
        return new Path[] {pi, pl};
    }

    private LogisticRegressionObjective objective(int groupSize) throws IOException {
        Path[] train = write("train", 300, 1);
        Path[] test = write("test", 150, 2);
        return new LogisticRegressionObjective(Map.of("images", train[0].toString(), "labels", train[1].toString(),
                "test_images", test[0].toString(), "test_labels", test[1].toString(), "train_size", 150,
                "validation", 150, "test_size", 150, "group_size", groupSize, "tolerance", 1e-9, "max_iterations", 3000));
    }

    @Test
    void learnsAndItsHoagHypergradientMatchesFiniteDifferences() throws Exception {
        LogisticRegressionObjective o = objective(4); // 8 × 8 in 4 × 4 blocks: l2_0 … l2_3
        Map<String, Object> values = Map.of("l2_0", 0.02, "l2_1", 0.05, "l2_2", 0.01, "l2_3", 0.03);
        Evaluation e = o.evaluateWithHypergradient(new Configuration(values), TrialContext.of(0, 0),
                HypergradientSpec.of(HypergradientMethod.HOAG));
        assertTrue(e.metrics().get("test_error") < 0.2, "three bright bands are easy: " + e.metrics());
        for (String name : values.keySet()) {
            double fd = FiniteDifferences.partial(v -> o.evaluate(new Configuration(v), TrialContext.of(0, 0)).value(),
                    values, name, 1e-3 * (Double) values.get(name));
            double g = e.metrics().get("hypergrad_" + name);
            // L-BFGS to tolerance 1e-9 leaves θ̂ slightly off the optimum; 2% of the gradient is the test's allowance
            assertEquals(fd, g, 0.02 * Math.abs(fd) + 1e-4, name);
        }
    }

    /** With unrolled, the value is the 30-step iterate's validation loss and the gradient is its derivative. */
    @Test
    void unrolledValueIsTheIterateAndItsHypergradientIsItsDerivative() throws Exception {
        LogisticRegressionObjective o = objective(4);
        HypergradientSpec spec = new HypergradientSpec(HypergradientMethod.UNROLLED,
                new UnrolledSettings(30, 0.05, 0.9, UnrolledSettings.Init.SEED, 0.01));
        Map<String, Object> values = Map.of("l2_0", 0.02, "l2_1", 0.05, "l2_2", 0.01, "l2_3", 0.03);
        Evaluation e = o.evaluateWithHypergradient(new Configuration(values), TrialContext.of(0, 9), spec);
        Evaluation trained = o.evaluate(new Configuration(values), TrialContext.of(0, 9));
        assertTrue(e.metrics().get("train_loss") > trained.metrics().get("train_loss") + 1e-6,
                "30 steps stop short of the training optimum: " + e.metrics() + " vs " + trained.metrics());
        assertTrue(Math.abs(e.value() - trained.value()) > 1e-6, "the value is the iterate's validation loss");
        for (String name : java.util.List.of("l2_0", "l2_3")) {
            double fd = FiniteDifferences.partial(
                    v -> o.evaluateWithHypergradient(new Configuration(v), TrialContext.of(0, 9), spec).value(),
                    values, name, 1e-4 * (Double) values.get(name));
            // measured agreement 4e-11 and 1e-10 relative; bound 1e-5
            assertEquals(fd, e.metrics().get("hypergrad_" + name), 1e-5 * Math.abs(fd) + 1e-9, name);
        }
    }

    @Test
    void pixelGroupsNameOneDecayOrOnePerBlock() {
        assertEquals(java.util.List.of("l2"), PixelGroups.blocks(28, 28, 28).names());
        assertEquals(784, PixelGroups.blocks(28, 28, 1).count());
        assertEquals("l2_783", PixelGroups.blocks(28, 28, 1).names().get(783));
        assertEquals(9, PixelGroups.blocks(28, 28, 10).count());
        assertEquals(4, PixelGroups.blocks(28, 28, 10).groupOf()[28 * 14 + 14]);
    }
}

package org.xhpo.objective.ubal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.data.FashionMnistSubset;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.objective.ObjectiveSpec;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.Configuration;
import org.xhpo.study.Direction;

class UbalObjectiveTest {
    /** Fashion-MNIST from the test resources (the shipped subset: 1,000 training, 300 test images). */
    private static final Map<String, Object> TINY = FashionMnistSubset.settings(
            Map.of("train_size", 600, "test_size", 300, "hidden", 32, "epochs", 2));

    @Test
    void tinyFashionMnistRunIsFiniteAboveChanceAndDeterministic() throws Exception {
        UbalObjective o = new UbalObjective(TINY);
        Evaluation a = o.evaluate(new Configuration(Map.of()), TrialContext.of(1, 7));
        Evaluation b = o.evaluate(new Configuration(Map.of()), TrialContext.of(1, 7));
        Evaluation c = o.evaluate(new Configuration(Map.of()), TrialContext.of(1, 8));
        assertTrue(a.value() > 0.3 && a.value() <= 1, "validation accuracy " + a.value());
        assertEquals(a.value(), a.metrics().get("val_accuracy"), 0.0);
        double test = a.metrics().get("test_accuracy");
        assertTrue(test > 0.3 && test <= 1, "test accuracy " + test);
        assertEquals(1 - test, a.metrics().get("test_error"), 1e-15);
        // 60 validation images: the value is a multiple of 1/60, not the 300-image test accuracy
        assertEquals(0.0, Math.abs(a.value() * 60 - Math.rint(a.value() * 60)), 1e-9);
        double bp = a.metrics().get("backproj_accuracy");
        assertTrue(bp >= 0 && bp <= 1 && Math.abs(bp * 10 - Math.rint(bp * 10)) < 1e-9, "backproj " + bp);
        assertEquals(a.value(), b.value(), 0.0);
        assertEquals(a.metrics().get("backproj_accuracy"), b.metrics().get("backproj_accuracy"), 0.0);
        assertNotEquals(a.value(), c.value());
        assertEquals(Direction.MAXIMIZE, o.defaultDirection());
    }

    @Test
    void theHyperparametersChangeTheResult() throws Exception {
        UbalObjective o = new UbalObjective(TINY);
        Evaluation ref = o.evaluate(new Configuration(Map.of()), TrialContext.of(1, 7));
        Evaluation other = o.evaluate(new Configuration(Map.of("beta2_f", 0.2, "gamma1_f", 0.5)), TrialContext.of(1, 7));
        assertNotEquals(ref.value(), other.value());
    }

    @Test
    void badSettingsAndDataNameTheField(@TempDir Path dir) throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new UbalObjective(Map.of("hidden", -1)));
        assertTrue(e.getMessage().contains("objective.settings.hidden"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new UbalObjective(Map.of("hiden", 10)));
        assertTrue(e.getMessage().contains("objective.settings.hiden"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new UbalObjective(Map.of("validation", 1.0)));
        assertTrue(e.getMessage().contains("objective.settings.validation"), e.getMessage());
        Path bad = dir.resolve("labels.idx");
        Files.write(bad, new byte[] {0, 0, 8, 3, 0, 0, 0, 1, 1});
        Exception magic = assertThrows(Exception.class, () -> new UbalObjective(FashionMnistSubset.settings(Map.of("labels", bad.toString(), "train_size", 10)))
                .evaluate(new Configuration(Map.of()), TrialContext.of(1, 1)));
        assertTrue(magic.getMessage().startsWith("objective.settings.labels: ") && magic.getMessage().contains(bad.toString()),
                magic.getMessage());
        Exception range = assertThrows(IllegalArgumentException.class, () -> new UbalObjective(TINY)
                .evaluate(new Configuration(Map.of("beta1_f", 1.5)), TrialContext.of(1, 1)));
        assertTrue(range.getMessage().contains("beta1_f"), range.getMessage());
    }

    @Test
    void registeredWithTheSeedsSevenHyperparameters() {
        var o = ObjectiveRegistry.create(new ObjectiveSpec("ubal", Map.of()));
        assertEquals(7, o.defaultSpace().orElseThrow().parameters().size());
    }
}

package org.xhpo.objective.sdcmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.objective.ObjectiveSpec;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.Configuration;

class SdcmiObjectiveTest {
    private static final Map<String, Object> TINY = Map.of("sample_size", 200, "iterations", 3);

    private static Configuration config(String disc) {
        Map<String, Object> v = new HashMap<>(Map.of("steps", 10L, "hdif", 2L, "lr", 5e-3, "bs", 64L, "epoch", 5L, "drop", 0.1));
        if (disc.equals("gmm")) {
            v.putAll(Map.of("comp", 5L, "scale", 0.4, "delta", 1e-3, "n_iters", 100L));
        } else {
            v.putAll(Map.of("layers", 2L, "hclas", 8L));
        }
        return new Configuration(v);
    }

    @Test
    void tinyRunsAreFiniteAndDeterministic() throws Exception {
        for (String disc : new String[] {"gmm", "ac"}) {
            Map<String, Object> s = new HashMap<>(TINY);
            s.put("discriminator", disc);
            SdcmiObjective o = new SdcmiObjective(s);
            Evaluation a = o.evaluate(config(disc), TrialContext.of(1, 42));
            Evaluation b = o.evaluate(config(disc), TrialContext.of(1, 42));
            Evaluation c = o.evaluate(config(disc), TrialContext.of(1, 43));
            assertTrue(a.value() >= 0 && a.value() <= Math.log(2), disc + " js " + a.value());
            assertEquals(Math.sqrt(a.value()), a.metrics().get("js_distance"), 1e-15);
            assertTrue(Double.isFinite(a.metrics().get("js_x")));
            assertEquals(a.value(), b.value(), 0.0, disc + ": same seed, same JS");
            assertEquals(a.metrics().get("js_x"), b.metrics().get("js_x"), 0.0);
            assertNotEquals(a.value(), c.value(), disc + ": another seed, another run");
        }
    }

    @Test
    void thePipelineMovesThePushForwardTowardsTheTarget() throws Exception {
        SdcmiObjective o = new SdcmiObjective(Map.of("sample_size", 500, "iterations", 6));
        Evaluation e = o.evaluate(config("gmm"), TrialContext.of(1, 7));
        // the prior's push-forward is far from N(250, 10): JS(prior) ≈ 0.6 nats
        double prior = InversionPipeline.outputDivergence(priorSample());
        assertTrue(prior > 0.5, "prior JS " + prior);
        assertTrue(e.value() < prior - 0.2, "JS after 6 iterations " + e.value() + " vs prior " + prior);
    }

    private static double[] priorSample() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(1);
        double[] x = new double[4000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 2 * rng.nextDouble();
        }
        return x;
    }

    @Test
    void badSettingsNameTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SdcmiObjective(Map.of("sample_size", -5)));
        assertTrue(e.getMessage().contains("objective.settings.sample_size"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SdcmiObjective(Map.of("discriminator", "kde")));
        assertTrue(e.getMessage().contains("objective.settings.discriminator"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SdcmiObjective(Map.of("rejection", 1.5)));
        assertTrue(e.getMessage().contains("objective.settings.rejection"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SdcmiObjective(Map.of("iteration", 3)));
        assertTrue(e.getMessage().contains("objective.settings.iteration"), e.getMessage());
        SdcmiObjective o = new SdcmiObjective(TINY);
        Map<String, Object> bad = new HashMap<>(config("gmm").values());
        bad.put("drop", 1.0);
        e = assertThrows(IllegalArgumentException.class, () -> o.evaluate(new Configuration(bad), TrialContext.of(1, 1)));
        assertTrue(e.getMessage().contains("drop"), e.getMessage());
    }

    @Test
    void registeredAsABuiltIn() {
        assertTrue(ObjectiveRegistry.names().contains("sdcmi"));
        assertTrue(ObjectiveRegistry.create(new ObjectiveSpec("sdcmi", Map.of())).defaultSpace().isPresent());
    }
}

package org.xhpo.objective.ridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xhpo.hypergrad.HypergradientMethod;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.HypergradientObjective;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.Configuration;

/** The ridge_polynomial workload: its metrics, its value choice, and its reported gradients. */
class RidgePolynomialObjectiveTest {

    private static double valueAt(RidgePolynomialObjective o, double alpha) {
        return o.evaluate(new Configuration(Map.of("alpha", alpha)), TrialContext.of(0, 0)).value();
    }

    @Test
    void reportsCvAndEvidenceAndTheirGradientsInNativeUnits() {
        for (String value : new String[] {"cv", "evidence"}) {
            RidgePolynomialObjective o = new RidgePolynomialObjective(Map.of("samples", 20, "degree", 5, "value", value));
            double alpha = 0.3;
            Evaluation e = o.evaluateWithHypergradient(new Configuration(Map.of("alpha", alpha)), TrialContext.of(0, 0),
                    HypergradientMethod.HOAG);
            assertTrue(e.metrics().keySet().containsAll(java.util.List.of("cv_loss", "cv_sd", "log_evidence", "test_mse")));
            assertEquals(value.equals("cv") ? e.metrics().get("cv_loss") : -e.metrics().get("log_evidence"), e.value(), 0);
            double h = 1e-6;
            double fd = (valueAt(o, alpha + h) - valueAt(o, alpha - h)) / (2 * h);
            double g = e.metrics().get(HypergradientObjective.GRADIENT_PREFIX + "alpha");
            assertEquals(fd, g, 1e-5 * Math.max(1, Math.abs(fd)), value);
        }
    }

    @Test
    void perDegreePriorsAreSeparateHyperparameters() {
        RidgePolynomialObjective o = new RidgePolynomialObjective(Map.of("samples", 20, "degree", 3, "per_degree", true));
        assertEquals(java.util.List.of("alpha_0", "alpha_1", "alpha_2", "alpha_3"), o.defaultSpace().orElseThrow().names());
        Evaluation e = o.evaluateWithHypergradient(new Configuration(Map.of("alpha_0", 0.1, "alpha_1", 1.0, "alpha_2", 2.0,
                "alpha_3", 5.0)), TrialContext.of(0, 0), HypergradientMethod.GREEDY);
        assertEquals(4, e.metrics().keySet().stream().filter(k -> k.startsWith("hypergrad_")).count());
    }

    @Test
    void badSettingsNameTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RidgePolynomialObjective(Map.of("samples", 5, "folds", 6)));
        assertTrue(e.getMessage().startsWith("objective.settings.folds:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new RidgePolynomialObjective(Map.of("value", "aic")));
        assertTrue(e.getMessage().startsWith("objective.settings.value:"), e.getMessage());
    }
}

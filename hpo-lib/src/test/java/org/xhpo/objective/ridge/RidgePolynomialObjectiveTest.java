package org.xhpo.objective.ridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xhpo.hypergrad.FiniteDifferences;
import org.xhpo.hypergrad.HypergradientMethod;
import org.xhpo.hypergrad.HypergradientSpec;
import org.xhpo.hypergrad.UnrolledSettings;
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
                    HypergradientSpec.of(HypergradientMethod.HOAG));
            assertTrue(e.metrics().keySet().containsAll(java.util.List.of("cv_loss", "cv_sd", "log_evidence", "test_mse")));
            assertEquals(value.equals("cv") ? e.metrics().get("cv_loss") : -e.metrics().get("log_evidence"), e.value(), 0);
            double fd = FiniteDifferences.derivative(a -> valueAt(o, a), alpha, 1e-6);
            double g = e.metrics().get(HypergradientObjective.GRADIENT_PREFIX + "alpha");
            assertEquals(fd, g, 1e-5 * Math.max(1, Math.abs(fd)), value);
        }
    }

    @Test
    void perDegreePriorsAreSeparateHyperparameters() {
        RidgePolynomialObjective o = new RidgePolynomialObjective(Map.of("samples", 20, "degree", 3, "per_degree", true));
        assertEquals(java.util.List.of("alpha_0", "alpha_1", "alpha_2", "alpha_3"), o.defaultSpace().orElseThrow().names());
        Evaluation e = o.evaluateWithHypergradient(new Configuration(Map.of("alpha_0", 0.1, "alpha_1", 1.0, "alpha_2", 2.0,
                "alpha_3", 5.0)), TrialContext.of(0, 0),
                HypergradientSpec.of(HypergradientMethod.GREEDY));
        assertEquals(4, e.metrics().keySet().stream().filter(k -> k.startsWith("hypergrad_")).count());
    }

    /**
     * With {@code unrolled} the weights are the T-step iterate: the value is that iterate's CV loss (not
     * the exact one), its reported gradient is the derivative of that value, and it is a function of the
     * trial seed alone (θ₀ drawn from it).
     */
    @Test
    void unrolledReportsTheIterateDeterministicallyAndConsistentlyWithItsGradient() throws Exception {
        RidgePolynomialObjective o = new RidgePolynomialObjective(
                Map.of("samples", 20, "degree", 3, "per_degree", true));
        HypergradientSpec spec = new HypergradientSpec(HypergradientMethod.UNROLLED,
                new UnrolledSettings(50, 1e-3, 0.9, UnrolledSettings.Init.SEED, 0.1));
        Map<String, Object> values = Map.of("alpha_0", 0.1, "alpha_1", 1.0, "alpha_2", 2.0, "alpha_3", 5.0);
        Evaluation e = o.evaluateWithHypergradient(new Configuration(values), TrialContext.of(4, 42), spec);
        Evaluation again = o.evaluateWithHypergradient(new Configuration(values), TrialContext.of(4, 42), spec);
        assertEquals(e.metrics(), again.metrics());
        assertEquals(e.value(), again.value(), 0);
        double otherSeed = o.evaluateWithHypergradient(new Configuration(values), TrialContext.of(4, 43), spec).value();
        assertTrue(otherSeed != e.value(), "θ₀ comes from the trial seed");
        double exact = o.evaluate(new Configuration(values), TrialContext.of(4, 42)).value();
        assertTrue(Math.abs(exact - e.value()) > 1e-6,
                "50 steps do not reach the minimizer: " + exact + " vs " + e.value());
        assertEquals(e.metrics().get("cv_loss"), e.value(), 0);
        for (String name : values.keySet()) {
            double fd = FiniteDifferences.partial(
                    v -> o.evaluateWithHypergradient(new Configuration(v), TrialContext.of(4, 42), spec).value(),
                    values, name, 1e-5 * (Double) values.get(name));
            assertEquals(fd, e.metrics().get(HypergradientObjective.GRADIENT_PREFIX + name),
                    1e-6 * Math.max(1e-3, Math.abs(fd)), name);
        }
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

package org.xhpo.objective.functions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.Objective;
import org.xhpo.objective.Settings;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Condition;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.space.Values;
import org.xhpo.study.Direction;

/**
 * A mixed-type, conditional test function (ours): two floats, a categorical that picks the branch,
 * a float that exists only in one branch, and an integer. It exercises what the box functions
 * cannot — categorical cells, inactive parameters and integer steps — with a known optimum.
 *
 * <p>Source: XHPO's own design, built on Surjanovic &amp; Bingham, Virtual Library of Simulation
 * Experiments: Branin function (sfu.ca/~ssurjano/branin.html).
 *
 * <p>Notation: parameters {@code x1 ∈ [−5, 10]}, {@code x2 ∈ [0, 15]} (floats, as Branin),
 * {@code kernel ∈ {branin, quadratic, constant}}, {@code shift ∈ [0, 1]} (float, active only when
 * {@code kernel = quadratic}) and {@code n ∈ {1, …, 8}} (integer); {@code b(x1, x2)} is the Branin
 * function and {@code g(n) = 0.1(n − 3)²}. Then
 * <ul>
 *   <li>{@code kernel = branin}: {@code f = b(x1, x2) + g(n)}, minimum 5/(4π) ≈ 0.397887;</li>
 *   <li>{@code kernel = quadratic}: {@code f = 1 + (x1 − 2)²/10 + (x2 − 5)²/20 + (shift − 0.3)² + g(n)},
 *       minimum 1 at (2, 5, 0.3, 3);</li>
 *   <li>{@code kernel = constant}: {@code f = 5 + g(n)}, minimum 5.</li>
 * </ul>
 * The global minimum is therefore {@code f* = 5/(4π) ≈ 0.397887}, in the branin branch with
 * {@code n = 3} and {@code (x1, x2)} at any of Branin's three minimizers.
 *
 * <p>Settings: none.
 */
public final class MixedConditional implements Objective {
    /** The branch names, in the order of the {@code kernel} parameter's choices. */
    public static final List<String> KERNELS = List.of("branin", "quadratic", "constant");

    private static final SearchSpace SPACE = new SearchSpace(List.of(
            new FloatParameter("x1", -5.0, 10.0, false, null, null),
            new FloatParameter("x2", 0.0, 15.0, false, null, null),
            new CategoricalParameter("kernel", List.copyOf(KERNELS), null, null),
            new FloatParameter("shift", 0.0, 1.0, false, null,
                    new Condition(Map.of("kernel", List.of("quadratic")))),
            new IntParameter("n", 1, 8, false, 1, null, null)));

    /** @param settings must be empty; MixedConditional takes no settings */
    public MixedConditional(Map<String, Object> settings) {
        new Settings(settings, "objective.settings").allowOnly();
    }

    /** The default space: x1, x2, kernel, shift (conditional on kernel = quadratic), n. */
    public SearchSpace space() {
        return SPACE;
    }

    /** The known global minimum f* = 5/(4π) ≈ 0.397887. */
    public double optimumValue() {
        return Branin.OPTIMUM;
    }

    /** One global minimizer: kernel = branin, n = 3, (x1, x2) = (−π, 12.275); shift inactive. */
    public Configuration optimumConfiguration() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("x1", -Math.PI);
        v.put("x2", 12.275);
        v.put("kernel", "branin");
        v.put("n", 3L);
        return new Configuration(v);
    }

    /**
     * The function value, a pure function of its arguments.
     *
     * @param shift used only when kernel is {@code quadratic}
     * @throws IllegalArgumentException when kernel is not one of {@link #KERNELS}
     */
    public static double value(String kernel, double x1, double x2, double shift, long n) {
        double g = 0.1 * (n - 3) * (n - 3); // g(n) = 0.1(n − 3)²
        return switch (kernel) {
            case "branin" -> Branin.branin(x1, x2) + g; // f = b(x1, x2) + g(n)
            case "quadratic" -> 1.0 + (x1 - 2.0) * (x1 - 2.0) / 10.0 + (x2 - 5.0) * (x2 - 5.0) / 20.0
                    + (shift - 0.3) * (shift - 0.3) + g; // f = 1 + (x1−2)²/10 + (x2−5)²/20 + (shift−0.3)² + g(n)
            case "constant" -> 5.0 + g; // f = 5 + g(n)
            default -> throw new IllegalArgumentException("kernel: expected one of " + KERNELS
                    + ", got '" + kernel + "'");
        };
    }

    /** Reads the active parameters (shift only in the quadratic branch) and returns the value. */
    @Override
    public Evaluation evaluate(Configuration config, TrialContext context) {
        Object k = config.get("kernel");
        if (!(k instanceof String kernel)) {
            throw new IllegalArgumentException("kernel: expected one of " + KERNELS + ", got " + Values.describe(k));
        }
        double shift = "quadratic".equals(kernel) ? config.getDouble("shift") : Double.NaN;
        double n = config.getDouble("n");
        if (n != Math.rint(n)) {
            throw new IllegalArgumentException("n: expected a whole number, got " + n);
        }
        return Evaluation.of(value(kernel, config.getDouble("x1"), config.getDouble("x2"), shift, (long) n));
    }

    @Override
    public Optional<SearchSpace> defaultSpace() {
        return Optional.of(SPACE);
    }

    @Override
    public Direction defaultDirection() {
        return Direction.MINIMIZE;
    }
}

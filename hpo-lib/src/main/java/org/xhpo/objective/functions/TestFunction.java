package org.xhpo.objective.functions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.Objective;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * A closed-form function on a box of real parameters {@code x1..xd}, with a known global minimum:
 * the shape of every benchmark in this package except {@link MixedConditional}. Subclasses supply
 * the formula ({@link #compute}) and the optimum; this class supplies the default space, reads the
 * configuration and checks the point's dimension.
 *
 * <p>Notation: {@code d} the dimension, {@code x = (x1, …, xd)} in native coordinates,
 * {@code f(x)} the value to minimize, {@code f* = f(x*)} the known minimum.
 */
public abstract class TestFunction implements Objective {
    private final int dimension;
    private final SearchSpace space;

    /**
     * @param low lower bound of each coordinate
     * @param high upper bound of each coordinate (same length as low)
     */
    protected TestFunction(double[] low, double[] high) {
        if (low.length == 0 || low.length != high.length) {
            throw new IllegalArgumentException("bounds must have the same, non-zero length, got "
                    + low.length + " and " + high.length);
        }
        this.dimension = low.length;
        List<Parameter> params = new ArrayList<>(dimension);
        for (int i = 0; i < dimension; i++) {
            params.add(new FloatParameter(name(i), low[i], high[i], false, null, null));
        }
        this.space = new SearchSpace(params);
    }

    /** The parameter name of coordinate i (0-based): {@code x1}, {@code x2}, …. */
    public static String name(int i) {
        return "x" + (i + 1);
    }

    /** A vector of length d with every entry equal to v (for cube domains and diagonal optima). */
    protected static double[] filled(int d, double v) {
        double[] a = new double[d];
        Arrays.fill(a, v);
        return a;
    }

    /** The number of coordinates d. */
    public final int dimension() {
        return dimension;
    }

    /** The standard domain as a space of uniform float parameters {@code x1..xd}. */
    public final SearchSpace space() {
        return space;
    }

    /** The known global minimum f*. */
    public abstract double optimumValue();

    /** One known global minimizer x*, in native coordinates (a fresh copy). */
    public abstract double[] optimumLocation();

    /** The formula itself; x has length {@link #dimension()}. */
    protected abstract double compute(double[] x);

    /**
     * The function value at x, a pure function of x.
     *
     * @throws IllegalArgumentException when x does not have {@link #dimension()} coordinates
     */
    public final double value(double[] x) {
        if (x.length != dimension) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": expected " + dimension
                    + " coordinates, got " + x.length);
        }
        return compute(x);
    }

    /** Reads {@code x1..xd} from the configuration and returns {@link #value(double[])}. */
    @Override
    public Evaluation evaluate(Configuration config, TrialContext context) {
        double[] x = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            x[i] = config.getDouble(name(i));
        }
        return Evaluation.of(value(x));
    }

    @Override
    public Optional<SearchSpace> defaultSpace() {
        return Optional.of(space);
    }

    @Override
    public Direction defaultDirection() {
        return Direction.MINIMIZE;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(d=" + dimension + ")";
    }
}

package org.xhpo.space;

import java.io.Serializable;
import java.util.Objects;

/**
 * A hyperparameter held at one value ({@code lr: {type: fixed, value: 0.001}}): present in every
 * configuration and recorded in the trials table, but not sampled and not analyzed. A space keeps
 * its fixed parameters apart from the sampled ones ({@link SearchSpace#fixed()}), so samplers and
 * importance methods, which only see {@link SearchSpace#parameters()}, need no case for them;
 * {@link SearchSpace#fromUnit} and {@link SearchSpace#configuration} add their values.
 *
 * @param name the parameter's name, unique within its space
 * @param value the value, in canonical type (Double, Long, String, Boolean)
 */
public record FixedParameter(String name, Object value) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonicalizes the value and refuses a missing name or a value that is not a scalar. */
    public FixedParameter {
        if (name == null || name.isBlank()) {
            throw new SpaceException("space", "a fixed parameter needs a name");
        }
        value = Values.canonical(Objects.requireNonNull(value, name));
        if (!(value instanceof Double || value instanceof Long || value instanceof String || value instanceof Boolean)) {
            throw new SpaceException(name + ".value", "expected a number, text or boolean, got " + Values.describe(value));
        }
        if (value instanceof Double d && !Double.isFinite(d)) {
            throw new SpaceException(name + ".value", "must be finite, got " + d);
        }
    }

    /** The column type of the value in the trials table. */
    public ValueType valueType() {
        if (value instanceof Double) {
            return ValueType.DOUBLE;
        }
        if (value instanceof Long) {
            return ValueType.LONG;
        }
        return value instanceof Boolean ? ValueType.BOOLEAN : ValueType.STRING;
    }

    @Override
    public String toString() {
        return name + "=fixed(" + value + ")";
    }
}

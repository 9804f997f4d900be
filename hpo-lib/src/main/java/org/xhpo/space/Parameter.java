package org.xhpo.space;

import java.io.Serializable;
import java.util.Optional;

/**
 * One hyperparameter of a search space. Every parameter maps its values to the unit interval and
 * back (P1 of {@code hsic-explainable-hpo.md}): {@link #toUnit} is its CDF under the declared
 * distribution, {@link #fromUnit} the inverse CDF. Discrete parameters own cells of [0,1]; their
 * {@code toUnit} returns the cell centre and {@link #unitCell} the whole cell.
 */
public sealed interface Parameter extends Serializable
        permits FloatParameter, IntParameter, CategoricalParameter {

    /** The parameter's name, unique within its space. */
    String name();

    /** The condition under which the parameter is active, if it is conditional. */
    Optional<Condition> when();

    /** The declared default value, if any, in canonical type (Double, Long, String, Boolean). */
    Optional<Object> defaultValue();

    /** The column type of native values. */
    ValueType valueType();

    /** Maps a native value to [0,1]: the CDF, or the centre of a discrete value's cell. */
    double toUnit(Object value);

    /** Maps u in [0,1] to a native value by the inverse CDF. */
    Object fromUnit(double u);

    /**
     * The sub-interval of [0,1] that maps to the given value: {@code [u,u]} for a continuous
     * parameter, the value's cell for a discrete one.
     */
    double[] unitCell(Object value);

    /** Whether the given native value is one this parameter can take. */
    boolean contains(Object value);

    /** Number of distinct values, or {@code Long.MAX_VALUE} for a continuous parameter. */
    long cardinality();

    /** The same parameter under another condition (null = unconditional). */
    default Parameter withCondition(Condition when) {
        if (this instanceof FloatParameter f) {
            return new FloatParameter(f.name(), f.low(), f.high(), f.log(), f.defaultVal(), when);
        }
        if (this instanceof IntParameter i) {
            return new IntParameter(i.name(), i.low(), i.high(), i.log(), i.step(), i.defaultVal(), when);
        }
        CategoricalParameter c = (CategoricalParameter) this;
        return new CategoricalParameter(c.name(), c.choices(), c.defaultVal(), when);
    }

    /** Clamps u into [0,1], mapping NaN to 0.5 so a bad proposal still yields a valid value. */
    static double clampUnit(double u) {
        if (Double.isNaN(u)) {
            return 0.5;
        }
        return Math.min(1.0, Math.max(0.0, u));
    }
}

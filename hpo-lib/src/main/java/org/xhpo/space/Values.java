package org.xhpo.space;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Canonical forms of native parameter values: Double, Long, String or Boolean. */
public final class Values {
    private Values() {
    }

    /** Converts numbers to Long (integral types) or Double; keeps strings and booleans. */
    public static Object canonical(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte || v instanceof BigInteger) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float || v instanceof BigDecimal) {
            return ((Number) v).doubleValue();
        }
        return v;
    }

    /** The value as a double, for numeric values; throws for others. */
    public static double asDouble(Object v, String what) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(what + ": expected a number, got " + describe(v));
    }

    /** A short description of a value and its type for error messages. */
    public static String describe(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof String s) {
            return "'" + s + "' (text)";
        }
        return v + " (" + v.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}

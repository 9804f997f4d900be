package org.xhpo.space;

import java.util.regex.Pattern;

/** Checks shared by the parameter records' compact constructors. */
final class ParameterChecks {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private ParameterChecks() {
    }

    static void name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must start with a letter and contain only letters, digits"
                    + " and '_', got " + (name == null ? "nothing" : "'" + name + "'"));
        }
    }

    static void finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number, got " + v);
        }
    }
}

package org.xhpo.jobs.analysis;

/**
 * Parameter names for columns and Optuna parameters named freely ({@code model.lr}, {@code n layers},
 * {@code 2nd}): XHPO names are letters, digits and {@code _}, starting with a letter, so every other
 * character becomes {@code _} and a name not starting with a letter gets a {@code p_} prefix. The
 * column itself is read under its own name (quoted), so nothing about the table changes.
 */
public final class ParameterNames {
    private ParameterNames() {
    }

    /** The XHPO parameter name for a column or Optuna parameter name. */
    public static String of(String name) {
        String s = name.strip().replaceAll("[^A-Za-z0-9_]", "_");
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) || s.charAt(0) > 127 ? "p_" + s : s;
    }
}

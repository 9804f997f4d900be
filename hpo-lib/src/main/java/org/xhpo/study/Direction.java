package org.xhpo.study;

import java.util.Locale;

/** Whether the optimized metric is to be minimized or maximized. */
public enum Direction {
    /** Lower is better. */
    MINIMIZE,
    /** Higher is better. */
    MAXIMIZE;

    /** True when a is strictly better than b. */
    public boolean better(double a, double b) {
        return this == MINIMIZE ? a < b : a > b;
    }

    /** The value as a loss to minimize: itself, or its negation when maximizing. */
    public double asLoss(double value) {
        return this == MINIMIZE ? value : -value;
    }

    /** Lower-case name as written in configs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

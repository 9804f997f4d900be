package org.xhpo.jobs.analysis;

/** Conversions of analysis numbers to table cells. */
final class SqlValues {
    private SqlValues() {
    }

    /** A double cell, null where the number is undefined (NaN). */
    static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }
}

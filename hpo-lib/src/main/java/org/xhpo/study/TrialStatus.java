package org.xhpo.study;

import java.util.Locale;

/** How a trial ended. Failures are data: every status is a row of the trials table. */
public enum TrialStatus {
    /** Finished with a finite value. */
    OK,
    /** Threw, or returned a non-finite value. */
    FAILED,
    /** Exceeded the trial timeout and was interrupted. */
    TIMEOUT;

    /** Lower-case label as stored in the table. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a stored label. */
    public static TrialStatus fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}

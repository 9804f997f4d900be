package org.xhpo.jobs.sweep;

/** The sweep stopped because more trials failed than {@code max_failed_fraction} allows. */
public final class TooManyFailuresException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message counts, the limit and the last error */
    public TooManyFailuresException(String message) {
        super(message);
    }
}

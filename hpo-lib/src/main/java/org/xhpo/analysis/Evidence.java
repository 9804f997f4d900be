package org.xhpo.analysis;

/**
 * What one method says about one parameter, in the terms a recommendation needs: whether the
 * parameter matters for reaching good objective values, and where (in unit space) its values are
 * favourable. {@code matters} is null when the method abstains (too few trials, model not trusted).
 *
 * @param method hsic, pdp or shap
 * @param matters whether the method finds the parameter influential, or null to abstain
 * @param low lower end of the favourable unit range, NaN when none was found
 * @param high upper end of the favourable unit range, NaN when none was found
 * @param detail a short human-readable statement of the evidence
 */
public record Evidence(String method, Boolean matters, double low, double high, String detail) {
    /** Checks the range. */
    public Evidence {
        if (!Double.isNaN(low) && !(low >= 0 && low <= high && high <= 1)) {
            throw new IllegalArgumentException("evidence range: expected 0 <= low <= high <= 1, got [" + low + ", " + high + "]");
        }
    }

    /** Whether a favourable range was found. */
    public boolean hasRange() {
        return !Double.isNaN(low);
    }
}

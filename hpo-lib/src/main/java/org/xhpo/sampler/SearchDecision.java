package org.xhpo.sampler;

import java.io.Serializable;

/**
 * One decision of an explanation-guided sampler, a row of the {@code search_decisions} table: in
 * which stage, about which parameter, what was done, at which value or over which range, and why.
 *
 * @param stage the stage the decision governs (e.g. {@code focus})
 * @param parameter the parameter, or {@code *} for a decision about the whole stage
 * @param action {@code sample}, {@code tune}, {@code fix}, {@code fix-cost} or {@code drop}
 * @param value the fixed value, or the tuned range as {@code [low, high]} / the choices
 * @param evidence the numbers behind the decision (index, p-value, trade-off cut, trial)
 */
public record SearchDecision(String stage, String parameter, String action, String value, String evidence)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Refuses missing fields. */
    public SearchDecision {
        if (stage == null || parameter == null || action == null || value == null || evidence == null) {
            throw new IllegalArgumentException("SearchDecision: every field is required, got " + stage + ", " + parameter
                    + ", " + action + ", " + value + ", " + evidence);
        }
    }
}

package org.xhpo.analysis;

/**
 * What the partial-dependence model (MLlib GBT on the Spark side) contributes to the
 * recommendations: per parameter its PDP importance, and how much the model is trusted.
 *
 * @param importance per parameter (matrix column order), sd of its PDP (range/4 for categoricals)
 * @param heldOutR2 the model's R² on trials it did not see
 */
public record PdpEvidence(double[] importance, double heldOutR2) {
    /** Copies the importances. */
    public PdpEvidence {
        importance = importance.clone();
    }
}

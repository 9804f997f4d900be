package org.xhpo.analysis;

/** {@link Recommendations} (computing its own HSIC, trade-off and SHAP evidence) keeps the contract. */
class RecommendationsContractTest extends ExplanationMethodContract<Recommendations.Result> {
    @Override
    protected ExplanationMethod<Recommendations.Result> method() {
        return new Recommendations();
    }
}

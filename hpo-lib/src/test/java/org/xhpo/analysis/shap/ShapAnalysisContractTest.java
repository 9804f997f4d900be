package org.xhpo.analysis.shap;

import org.xhpo.analysis.ExplanationMethod;
import org.xhpo.analysis.ExplanationMethodContract;

/** {@link ShapAnalysis} keeps the explanation-method contract. */
class ShapAnalysisContractTest extends ExplanationMethodContract<ShapAnalysis.Result> {
    @Override
    protected ExplanationMethod<ShapAnalysis.Result> method() {
        return new ShapAnalysis();
    }
}

package org.xhpo.analysis.hsic;

import org.xhpo.analysis.ExplanationMethod;
import org.xhpo.analysis.ExplanationMethodContract;

/** {@link HsicImportance} keeps the explanation-method contract. */
class HsicImportanceContractTest extends ExplanationMethodContract<HsicImportance.Result> {
    @Override
    protected ExplanationMethod<HsicImportance.Result> method() {
        return new HsicImportance();
    }
}

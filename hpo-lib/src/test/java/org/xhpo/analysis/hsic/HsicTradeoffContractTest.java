package org.xhpo.analysis.hsic;

import org.xhpo.analysis.ExplanationMethod;
import org.xhpo.analysis.ExplanationMethodContract;

/** {@link HsicTradeoff} keeps the explanation-method contract (beta is the declared cost). */
class HsicTradeoffContractTest extends ExplanationMethodContract<HsicTradeoff.Result> {
    @Override
    protected ExplanationMethod<HsicTradeoff.Result> method() {
        return new HsicTradeoff();
    }
}

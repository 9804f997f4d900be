package org.xhpo.analysis.hsic;

import org.xhpo.analysis.ExplanationMethod;
import org.xhpo.analysis.ExplanationMethodContract;

/** {@link HsicPairs} keeps the explanation-method contract. */
class HsicPairsContractTest extends ExplanationMethodContract<HsicPairs.Result> {
    @Override
    protected ExplanationMethod<HsicPairs.Result> method() {
        return new HsicPairs();
    }
}

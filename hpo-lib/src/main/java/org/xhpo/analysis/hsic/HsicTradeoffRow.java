package org.xhpo.analysis.hsic;

/**
 * One row of {@code hsic_tradeoff} (slides Fig. 9 of hsic-explainable-hpo.md): S of a cost-driving
 * parameter restricted to the range left after cutting a fraction of its expensive end.
 *
 * @param parameter the parameter
 * @param cost the cost (parameter or metric) that drives it
 * @param expensiveEnd {@code high} or {@code low}
 * @param cut the fraction c cut off
 * @param unitLow unit low of the kept range
 * @param unitHigh unit high of the kept range
 * @param valueLow the user's value at unitLow
 * @param valueHigh the user's value at unitHigh
 * @param n trials in the range
 * @param bestTrialsKept trials of the global best p% in the range
 * @param s S of the parameter inside the range (NaN when too few trials)
 * @param pGamma its Gamma p-value
 * @param bestObjective the best objective in the range (NaN when empty)
 * @param sufficient whether the range still holds enough of the global best trials
 */
public record HsicTradeoffRow(String parameter, String cost, String expensiveEnd, double cut, double unitLow,
                              double unitHigh, String valueLow, String valueHigh, int n, int bestTrialsKept, double s,
                              double pGamma, double bestObjective, boolean sufficient) {
}

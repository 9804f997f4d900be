package org.xhpo.analysis.hsic;

/**
 * One row of {@code hsic_tradeoff} (slides Fig. 9 of hsic-explainable-hpo.md): S of a cost-driving
 * parameter restricted to part of its range.
 *
 * @param parameter the parameter
 * @param cost the cost (parameter or metric) that drives it
 * @param expensiveEnd {@code high} or {@code low}
 * @param curve {@code cheap_end_cut} — the seed's Fig. 9: S of X on [a + c, b], the cheap end cut
 *     off (the default criterion); {@code expensive_end_cut} — XHPO's earlier curve: the expensive end
 *     cut off, the cheapest range still holding enough best trials
 * @param cut the fraction c cut off
 * @param unitLow unit low of the kept range
 * @param unitHigh unit high of the kept range
 * @param valueLow the user's value at unitLow
 * @param valueHigh the user's value at unitHigh
 * @param n trials in the range
 * @param bestTrialsKept trials of the global best p% in the range
 * @param s S of the parameter inside the range, the threshold recomputed there (NaN when too few trials)
 * @param pGamma its Gamma p-value (raw: the criterion is the seed's per-cut reading)
 * @param bestObjective the best objective in the range (NaN when empty)
 * @param sufficient whether the range still holds at least 5 of the global best trials
 * @param recommended on the cheap_end_cut curve: the cut whose a + c is the recommended cheap value
 *     (smallest cut at which X no longer matters, p &gt; 0.05, with the range sufficient); on the
 *     expensive_end_cut curve: its most-cut sufficient range
 * @param sampling {@code uniform}, or the caveat when the trials came from a non-uniform sampler
 */
public record HsicTradeoffRow(String parameter, String cost, String expensiveEnd, String curve, double cut,
                              double unitLow, double unitHigh, String valueLow, String valueHigh, int n,
                              int bestTrialsKept, double s, double pGamma, double bestObjective, boolean sufficient,
                              boolean recommended, String sampling) {
    /** The seed's curve (default criterion). */
    public static final String CHEAP_END_CUT = "cheap_end_cut";
    /** XHPO's earlier curve. */
    public static final String EXPENSIVE_END_CUT = "expensive_end_cut";

    /** The unit value this row recommends: the cheap end of its range. */
    public double cheapUnit() {
        return expensiveEnd.equals("high") ? unitLow : unitHigh;
    }
}

package org.xhpo.sampler.cmaes;

import java.util.ArrayList;
import java.util.List;

/**
 * When a CMA-ES run has stalled and IPOP should restart it, after the termination criteria of
 * Hansen's tutorial (arXiv:1604.00772, Appendix B.3; the same list as Hansen 2009, "Benchmarking a
 * BI-Population CMA-ES on the BBOB-2009 Function Testbed", §2) read in the unit cube:
 * <ul>
 *   <li>TolFun: the best losses of the last 10 + ⌈30n/λ⌉ generations and all losses of the newest
 *   one span less than {@code tolFun};</li>
 *   <li>TolX: on every continuous coordinate σ A_ii √C_ii and σ |p_c,i| are below {@code tolX};</li>
 *   <li>ConditionCov: the condition number of C exceeds 10¹⁴;</li>
 *   <li>NoEffectAxis: adding 0.1 σ D_kk b_k (k = g mod n) leaves the mean unchanged;</li>
 *   <li>NoEffectCoord: adding 0.2 σ A_ii √C_ii to a continuous coordinate leaves it unchanged.</li>
 * </ul>
 * With discrete coordinates ConditionCov and NoEffectAxis are skipped: once an integer is settled its
 * C_ii shrinks without bound while the margin's A_ii keeps its spread, so the condition number of C
 * says nothing about a stall there.
 * One instance follows one run (from a start or restart to the next).
 */
final class RestartCriteria {
    private final double tolFun;
    private final double tolX;
    private final boolean[] continuous;
    private final List<Double> bestPerGeneration = new ArrayList<>();

    /**
     * @param tolFun the TolFun threshold
     * @param tolX the TolX threshold (unit space)
     * @param continuous which coordinates are continuous (TolX looks only at those)
     */
    RestartCriteria(double tolFun, double tolX, boolean[] continuous) {
        this.tolFun = tolFun;
        this.tolX = tolX;
        this.continuous = continuous;
    }

    /**
     * Records a generation's ok losses (sorted ascending, possibly empty) and says whether the run
     * has stalled, given the state after the update.
     */
    boolean stalled(CmaEsState s, double[] sortedLosses) {
        int n = s.parameters().n();
        if (sortedLosses.length > 0) {
            bestPerGeneration.add(sortedLosses[0]);
        }
        int window = 10 + (int) Math.ceil(30.0 * n / s.parameters().lambda());
        if (bestPerGeneration.size() >= window && sortedLosses.length > 0) {
            double lo = sortedLosses[0];
            double hi = sortedLosses[sortedLosses.length - 1];
            for (int i = bestPerGeneration.size() - window; i < bestPerGeneration.size(); i++) {
                lo = Math.min(lo, bestPerGeneration.get(i));
                hi = Math.max(hi, bestPerGeneration.get(i));
            }
            if (hi - lo < tolFun) {
                return true;
            }
        }
        boolean anyContinuous = false;
        boolean allSmall = true;
        for (int i = 0; i < n; i++) {
            if (continuous[i]) {
                anyContinuous = true;
                allSmall &= s.coordinateSd(i) < tolX && s.sigma() * Math.abs(s.pathC(i)) < tolX;
            }
        }
        if (anyContinuous && allSmall) {
            return true;
        }
        boolean allContinuous = true;
        for (boolean c : continuous) {
            allContinuous &= c;
        }
        double[] mean = s.mean();
        if (allContinuous) {
            double[] d = s.axes();
            if (d[n - 1] * d[n - 1] > 1e14 * d[0] * d[0]) {
                return true;
            }
            int k = s.generation() % n;
            double[] bk = s.axis(k);
            boolean noEffectAxis = true;
            for (int i = 0; i < n; i++) {
                noEffectAxis &= mean[i] + 0.1 * s.sigma() * d[k] * bk[i] == mean[i];
            }
            if (noEffectAxis) {
                return true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (continuous[i] && mean[i] + 0.2 * s.coordinateSd(i) == mean[i]) {
                return true;
            }
        }
        return false;
    }
}

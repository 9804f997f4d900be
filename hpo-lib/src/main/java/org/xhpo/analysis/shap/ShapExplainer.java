package org.xhpo.analysis.shap;

import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * SHAP values of every explained trial for every ensemble member, exact up to
 * {@link ExactShapley#MAX_DIMENSION} parameters and Kernel SHAP beyond (docs/methods/shap.md, 'SHAP
 * values'), averaged over the members with their spread kept (metamodel-shap-hp-analysis.md §3: one
 * SHAP analysis per meta-model). Members are explained in parallel, one thread per member.
 */
public final class ShapExplainer {
    /**
     * The explanation of a set of rows.
     *
     * @param mean rows × d ensemble-mean SHAP values
     * @param sd rows × d standard deviation across members
     * @param baseValue the ensemble-mean base value E_bg[f]
     * @param exact whether exact Shapley values were computed (else Kernel SHAP)
     */
    public record ShapMatrix(double[][] mean, double[][] sd, double baseValue, boolean exact) {
    }

    private ShapExplainer() {
    }

    /**
     * @param ensemble the fitted meta-model
     * @param rows the rows to explain
     * @param background the background sample
     * @param seed seeds Kernel SHAP's coalitions
     */
    public static ShapMatrix explain(MlpEnsemble ensemble, double[][] rows, double[][] background, long seed) {
        int d = rows[0].length;
        boolean exact = d <= ExactShapley.MAX_DIMENSION;
        int members = ensemble.size();
        double[][][] phi = new double[members][][];
        double[] base = new double[members];
        IntStream.range(0, members).parallel().forEach(k -> {
            ToDoubleFunction<double[]> f = ensemble.member(k);
            ExactShapley ex = new ExactShapley(background);
            KernelShap ks = new KernelShap(background, Math.max(2 * d + 2, 512), seed + k);
            double[][] out = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                out[i] = exact ? ex.explain(f, rows[i]) : ks.explain(f, rows[i]);
            }
            phi[k] = out;
            base[k] = ex.baseValue(f);
        });
        double[][] mean = new double[rows.length][d];
        double[][] sd = new double[rows.length][d];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int k = 0; k < members; k++) {
                    s += phi[k][i][j];
                }
                double mu = s / members;
                double ss = 0;
                for (int k = 0; k < members; k++) {
                    ss += (phi[k][i][j] - mu) * (phi[k][i][j] - mu);
                }
                mean[i][j] = mu;
                sd[i][j] = members > 1 ? Math.sqrt(ss / (members - 1)) : 0.0;
            }
        }
        double b = 0;
        for (double v : base) {
            b += v / members;
        }
        return new ShapMatrix(mean, sd, b, exact);
    }
}

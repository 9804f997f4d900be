package org.xhpo.analysis.shap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.ExplainInput;
import org.xhpo.analysis.ExplanationMethod;
import org.xhpo.analysis.ResultTables;
import org.xhpo.analysis.RowTable;
import org.xhpo.analysis.SampleMoments;
import org.xhpo.analysis.TrialMatrix;
import org.xhpo.study.Seeds;

/**
 * {@code shap_values} and {@code shap_summary} (metamodel-shap-hp-analysis.md §3–4): an
 * {@link MlpEnsemble} meta-model of the objective on unit-space inputs (inactive values as
 * {@link TrialMatrix#INACTIVE}), interventional SHAP values of the first {@code shap_rows} trials
 * (the input is in a seeded order) averaged over the members with their spread, and per parameter
 * mean |SHAP|, the binned dependence, the favourable range and the fixable flag.
 */
public final class ShapAnalysis implements ExplanationMethod<ShapAnalysis.Result> {
    /** Most trials the meta-model is trained on. */
    public static final int MAX_TRAIN = 2_000;
    /** Units per hidden layer (docs/methods/shap.md, 'Defaults where the papers are silent'). */
    public static final int HIDDEN = 32;
    /** Most training epochs per member. */
    public static final int EPOCHS = 200;

    /**
     * The two tables and what the recommendations need.
     *
     * @param values rows of {@code shap_values}
     * @param summary rows of {@code shap_summary}
     * @param heldOutR2 the meta-model's hold-out R²
     * @param dependence per parameter, its dependence
     */
    public record Result(List<ShapValueRow> values, List<ShapSummaryRow> summary, double heldOutR2,
                         List<ShapDependence> dependence) implements ResultTables {
        @Override
        public Map<String, RowTable<?>> tables() {
            Map<String, RowTable<?>> m = new LinkedHashMap<>();
            m.put("shap_values", RowTable.of(ShapValueRow.class, values));
            m.put("shap_summary", RowTable.of(ShapSummaryRow.class, summary));
            return m;
        }
    }

    @Override
    public String name() {
        return "shap";
    }

    @Override
    public Result explain(ExplainInput input, AnalysisSettings s, long seed) {
        input.requireUsable(name());
        TrialMatrix t = input.trials();
        int n = Math.min(t.n(), MAX_TRAIN);
        double[][] x = Arrays.copyOf(t.filled(TrialMatrix.INACTIVE), n);
        double[] y = Arrays.copyOf(t.objective(), n);
        if (s.logTarget()) {
            for (int i = 0; i < n; i++) {
                if (!(y[i] > 0)) {
                    throw new IllegalArgumentException("analysis.log_target: the objective '" + input.metric()
                            + "' has values <= 0 (" + y[i] + "); log_target needs positive values");
                }
                y[i] = Math.log(y[i]);
            }
        }
        MlpEnsemble ens = MlpEnsemble.fit(x, y, s.shapMembers(), HIDDEN, EPOCHS,
                Seeds.derive(seed, Seeds.Purpose.ANALYSIS, 101));
        int rows = Math.min(n, s.shapRows());
        double[][] explained = Arrays.copyOf(x, rows);
        double[][] background = Arrays.copyOfRange(x, Math.max(0, n - s.shapBackground()), n);
        ShapExplainer.ShapMatrix m = ShapExplainer.explain(ens, explained, background,
                Seeds.derive(seed, Seeds.Purpose.ANALYSIS, 102));
        double sd = SampleMoments.sd(y);
        List<ShapValueRow> vals = new ArrayList<>();
        List<ShapSummaryRow> sum = new ArrayList<>();
        List<ShapDependence> deps = new ArrayList<>();
        for (int j = 0; j < t.d(); j++) {
            String name = t.parameters().get(j);
            String group = t.groups().get(j);
            double[] u = new double[rows];
            double[] phi = new double[rows];
            for (int i = 0; i < rows; i++) {
                u[i] = t.unit()[i][j];
                phi[i] = m.mean()[i][j];
                vals.add(new ShapValueRow(input.keys()[i], name, group, u[i], Double.isNaN(u[i]) ? null
                        : String.valueOf(input.space().parameters().get(j).fromUnit(u[i])), phi[i], m.sd()[i][j],
                        input.metric(), m.baseValue()));
            }
            ShapDependence dep = ShapDependence.of(u, phi, 10, sd, t.direction());
            deps.add(dep);
            List<ShapBin> bins = new ArrayList<>();
            for (double[] b : dep.bins()) {
                bins.add(new ShapBin(b[0], b[1], (long) b[2], b[3], b[4]));
            }
            sum.add(new ShapSummaryRow(name, group, input.metric(), dep.meanAbs(), dep.fixable(), dep.rangeLow(),
                    dep.rangeHigh(), dep.maxBinMean(), dep.threshold(), ens.heldOutR2(), m.exact() ? "exact" : "kernel",
                    bins));
        }
        return new Result(List.copyOf(vals), List.copyOf(sum), ens.heldOutR2(), List.copyOf(deps));
    }
}

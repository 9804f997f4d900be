package org.xhpo.analysis.hsic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.ExplainInput;
import org.xhpo.analysis.ExplanationMethod;
import org.xhpo.analysis.MultipleTesting;
import org.xhpo.analysis.ResultTables;
import org.xhpo.analysis.RowTable;
import org.xhpo.analysis.TrialMatrix;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.study.Seeds;

/**
 * {@code hsic_importance} of hsic-explainable-hpo.md: the goal-oriented index of every parameter
 * against the best and the worst p% (slides Fig. 8). P3 ("each S_Xi,Y must be only compared within
 * X_i ∈ G_Xk", the set of hyperparameters involved jointly with X_k): a conditional parameter is
 * computed on the trials where it is active, the threshold recomputed there, and ranked there
 * together with every always-active parameter that varies on those trials, recomputed on the same
 * trials ({@code own_group} false on those rows). Every p-value of the table is one family for the
 * Benjamini–Hochberg correction ({@link MultipleTesting}); {@code significant} is the adjusted
 * p-value below 0.05. Also: where the best trials put each parameter ({@link GoodRange}), which the
 * recommendations read. Exact estimator ({@link HsicEstimator}); beyond {@code exact_limit} the Spark
 * side computes binned indices over every trial, the P3 co-active ones included, and hands them to
 * {@link #fromIndices}; both estimators choose the co-active parameters with {@link #varies}.
 */
public final class HsicImportance implements ExplanationMethod<HsicImportance.Result> {
    /**
     * A conditional group as the {@code group} column stores it ({@code [{optimizer=[sgd]}]}) read as its
     * condition ({@code optimizer = sgd}), for the summary and the report.
     */
    public static String readableGroup(String group) {
        return group.replaceAll("[\\[\\]{}]", "").replace("=", " = ");
    }

    /** Fewest rows for an index to be reported (docs/methods/hsic.md, 'P3: conditional parameters'). */
    public static final int MIN_ROWS = 20;

    /**
     * The table and what the recommendations need from it.
     *
     * @param rows the rows of {@code hsic_importance}
     * @param best per parameter, its best-p% index in its own group (null when insufficient)
     * @param goodRange per parameter, the unit region(s) the best trials occupy (null when too few)
     * @param significant per parameter, whether its best-p% index in its own group is significant
     *     after the correction
     */
    public record Result(List<HsicImportanceRow> rows, HsicIndex[] best, GoodRange[] goodRange,
                         boolean[] significant) implements ResultTables {
        @Override
        public Map<String, RowTable<?>> tables() {
            return Map.of("hsic_importance", RowTable.of(HsicImportanceRow.class, rows));
        }
    }

    /**
     * An always-active parameter recomputed on a conditional group's trials (P3), with the threshold
     * recomputed there.
     *
     * @param j the parameter's index
     * @param best its best-p% index on the group's trials
     * @param worst its worst-p% index on the group's trials
     */
    public record CoActive(int j, HsicIndex best, HsicIndex worst) {
    }

    /** A row before the correction. */
    private record Pending(int j, String group, boolean own, String target, HsicIndex h, Integer rank) {
    }

    @Override
    public String name() {
        return "hsic";
    }

    @Override
    public Result explain(ExplainInput input, AnalysisSettings settings, long seed) {
        input.requireUsable(name());
        Bandwidth bw = Bandwidth.parse(settings.bandwidth());
        HsicIndex[][] idx = {singles(input.indexTrials(), settings, bw, true, seed),
            singles(input.indexTrials(), settings, bw, false, seed)};
        return build(input, settings, idx, coActive(input, settings, bw, seed), "exact");
    }

    /**
     * The table from indices computed elsewhere (the binned estimator over every trial).
     *
     * @param idx [0] best-p%, [1] worst-p% index per parameter (null when insufficient)
     * @param coActive per conditional group label, the always-active parameters that vary on its trials
     *     ({@link #varies}) with their indices there, in parameter order (P3)
     * @param estimator the {@code estimator} column of computed rows
     */
    public static Result fromIndices(ExplainInput input, AnalysisSettings settings, HsicIndex[][] idx,
                                     Map<String, List<CoActive>> coActive, String estimator) {
        return build(input, settings, idx, coActive, estimator);
    }

    private static Result build(ExplainInput input, AnalysisSettings settings, HsicIndex[][] idx,
                                Map<String, List<CoActive>> coActive, String estimator) {
        TrialMatrix t = input.trials();
        GoodRange[] good = new GoodRange[t.d()];
        for (int j = 0; j < t.d(); j++) {
            int[] rowsJ = t.activeRows(j);
            if (rowsJ.length >= MIN_ROWS) {
                double[] x = TrialMatrix.pick(t.column(j), rowsJ);
                boolean[] z = GoalTarget.best(TrialMatrix.pick(t.objective(), rowsJ), settings.bestFraction(),
                        t.direction());
                good[j] = input.space().parameters().get(j) instanceof CategoricalParameter c
                        ? GoodRange.overRepresentedCells(x, z, c.choices().size()) : GoodRange.regions(x, z);
            }
        }
        List<Pending> pending = new ArrayList<>();
        String[] targets = {"best", "worst"};
        for (int k = 0; k < 2; k++) {
            HsicIndex[] byParam = idx[k];
            for (Map.Entry<String, List<Integer>> g : t.byGroup().entrySet()) {
                List<Pending> ranked = new ArrayList<>();
                for (int j : g.getValue()) {
                    if (byParam[j] != null) {
                        ranked.add(new Pending(j, g.getKey(), true, targets[k], byParam[j], null));
                    }
                }
                for (CoActive co : coActive.getOrDefault(g.getKey(), List.of())) {
                    ranked.add(new Pending(co.j(), g.getKey(), false, targets[k], k == 0 ? co.best() : co.worst(),
                            null));
                }
                ranked.sort(Comparator.comparingDouble(r -> -r.h().s()));
                for (int rank = 0; rank < ranked.size(); rank++) {
                    Pending r = ranked.get(rank);
                    pending.add(new Pending(r.j(), r.group(), r.own(), r.target(), r.h(), rank + 1));
                }
                for (int j : g.getValue()) {
                    if (byParam[j] == null) {
                        pending.add(new Pending(j, g.getKey(), true, targets[k], null, null));
                    }
                }
            }
        }
        double[] p = new double[pending.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = pending.get(i).h() == null ? Double.NaN : pending.get(i).h().pValue();
        }
        double[] adjusted = MultipleTesting.benjaminiHochberg(p);
        List<HsicImportanceRow> rows = new ArrayList<>();
        boolean[] significant = new boolean[t.d()];
        for (int i = 0; i < p.length; i++) {
            Pending r = pending.get(i);
            String name = t.parameters().get(r.j());
            HsicIndex h = r.h();
            boolean sig = adjusted[i] < MultipleTesting.LEVEL;
            if (h == null) {
                rows.add(new HsicImportanceRow(name, r.group(), true, r.target(), Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        input.indexTrials().activeRows(r.j()).length, 0,
                        Double.NaN, null, false, "insufficient: fewer than " + MIN_ROWS + " active trials",
                        input.sampling()));
                continue;
            }
            if (r.own() && r.target().equals("best")) {
                significant[r.j()] = sig;
            }
            rows.add(new HsicImportanceRow(name, r.group(), r.own(), r.target(), h.s(), h.hsicV(), h.hsicU(), h.r2(),
                    h.pPermutation(), h.pGamma(), h.pValue(), adjusted[i], (int) h.n(), (int) h.m(), h.bandwidth(),
                    r.rank(), sig, estimator, input.sampling()));
        }
        return new Result(List.copyOf(rows), idx[0], good, significant);
    }

    /**
     * P3: for each conditional group, the best- and worst-p% indices of every always-active
     * parameter that varies on the group's trials, computed on those trials.
     */
    private static Map<String, List<CoActive>> coActive(ExplainInput input, AnalysisSettings s, Bandwidth bw,
                                                           long seed) {
        TrialMatrix t = input.indexTrials();
        Map<String, List<CoActive>> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> g : t.byGroup().entrySet()) {
            if (g.getKey().isEmpty()) {
                continue;
            }
            int[] rows = t.activeRows(g.getValue().get(0));
            if (rows.length < MIN_ROWS) {
                continue;
            }
            double[] y = TrialMatrix.pick(t.objective(), rows);
            boolean[][] z = {GoalTarget.best(y, s.bestFraction(), t.direction()),
                GoalTarget.worst(y, s.bestFraction(), t.direction())};
            List<CoActive> entries = new ArrayList<>();
            for (int j = 0; j < t.d(); j++) {
                double[] x = TrialMatrix.pick(t.column(j), rows);
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (double v : x) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                if (!t.groups().get(j).isEmpty() || !varies(input.space().parameters().get(j), lo, hi)) {
                    continue;
                }
                HsicEstimator est = new HsicEstimator(bw, s.permutations());
                long sj = Seeds.derive(seed, Seeds.Purpose.ANALYSIS, j);
                entries.add(new CoActive(j, est.single(x, z[0], sj), est.single(x, z[1], sj)));
            }
            out.put(g.getKey(), entries);
        }
        return out;
    }

    /**
     * Whether a parameter whose unit values on some rows span [lo, hi] takes more than one value there
     * (more than one cell, for a categorical): only then is it co-active with a group (P3).
     */
    public static boolean varies(org.xhpo.space.Parameter p, double lo, double hi) {
        if (p instanceof CategoricalParameter cat) {
            int k = cat.choices().size();
            return Math.min(k - 1, Math.floor(hi * k)) > Math.min(k - 1, Math.floor(lo * k));
        }
        return hi > lo;
    }

    /** Exact best- or worst-p% indices of every parameter on its active rows (null below MIN_ROWS). */
    static HsicIndex[] singles(TrialMatrix t, AnalysisSettings s, Bandwidth bw, boolean best, long seed) {
        HsicIndex[] out = new HsicIndex[t.d()];
        for (int j = 0; j < t.d(); j++) {
            int[] rowsJ = t.activeRows(j);
            if (rowsJ.length >= MIN_ROWS) {
                double[] y = TrialMatrix.pick(t.objective(), rowsJ);
                boolean[] z = best ? GoalTarget.best(y, s.bestFraction(), t.direction())
                        : GoalTarget.worst(y, s.bestFraction(), t.direction());
                out[j] = new HsicEstimator(bw, s.permutations())
                        .single(TrialMatrix.pick(t.column(j), rowsJ), z, Seeds.derive(seed, Seeds.Purpose.ANALYSIS, j));
            }
        }
        return out;
    }
}

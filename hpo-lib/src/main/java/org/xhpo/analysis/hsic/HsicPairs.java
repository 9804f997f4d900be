package org.xhpo.analysis.hsic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.ExplainInput;
import org.xhpo.analysis.ExplanationMethod;
import org.xhpo.analysis.MultipleTesting;
import org.xhpo.analysis.ResultTables;
import org.xhpo.analysis.RowTable;
import org.xhpo.analysis.TrialMatrix;

/**
 * {@code hsic_interactions}, P2 of hsic-explainable-hpo.md ("check for interactions using
 * S_(Xi,Xj),Y before selecting hyperparameter values"): every pair of parameters that are active
 * together, under the product kernel (each its own bandwidth; docs/methods/hsic.md, 'P2: pairs and
 * interactions'), on the trials
 * where both are active, on at most {@link #PAIR_ROWS} of them (O(n²) per pair), with both singles
 * on the same rows and target ({@link PairIndex}). The pair p-values are one family for the
 * Benjamini–Hochberg correction ({@link MultipleTesting}).
 */
public final class HsicPairs implements ExplanationMethod<HsicPairs.Result> {
    /** Most rows a pair index is computed on. */
    public static final int PAIR_ROWS = 2_000;

    /**
     * The table and the pair indices behind it.
     *
     * @param rows the rows of {@code hsic_interactions}
     * @param pairs the pair indices, in the order of the rows
     */
    public record Result(List<HsicInteractionRow> rows, List<PairIndex> pairs) implements ResultTables {
        /**
         * The pairs to tune jointly: significant after the correction and saying more than their
         * parts (excess over the sum of the singles &gt; 0).
         */
        public List<PairIndex> interacting() {
            List<PairIndex> out = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (rows.get(i).significant() && pairs.get(i).excessOverSum() > 0) {
                    out.add(pairs.get(i));
                }
            }
            return out;
        }

        @Override
        public Map<String, RowTable<?>> tables() {
            return Map.of("hsic_interactions", RowTable.of(HsicInteractionRow.class, rows));
        }

        /** Pairs (a, b) with the largest positive excess over the larger single, at most k. */
        public List<int[]> topPairs(int k) {
            List<PairIndex> sorted = new ArrayList<>(pairs);
            sorted.sort(Comparator.comparingDouble(p -> -p.excessOverMax()));
            List<int[]> out = new ArrayList<>();
            for (PairIndex p : sorted) {
                if (out.size() < k && p.excessOverMax() > 0) {
                    out.add(new int[] {p.a(), p.b()});
                }
            }
            return out;
        }
    }

    @Override
    public String name() {
        return "hsic-pairs";
    }

    @Override
    public Result explain(ExplainInput input, AnalysisSettings settings, long seed) {
        input.requireUsable(name());
        return fromPairs(input, exact(input.indexTrials(), settings, Bandwidth.parse(settings.bandwidth()), seed));
    }

    /** The table from pair indices computed elsewhere (the binned estimator over every trial). */
    public static Result fromPairs(ExplainInput input, List<PairIndex> pairs) {
        List<String> names = input.trials().parameters();
        double[] p = new double[pairs.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = pairs.get(i).pair().pGamma();
        }
        double[] adjusted = MultipleTesting.benjaminiHochberg(p);
        List<HsicInteractionRow> rows = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            PairIndex q = pairs.get(i);
            HsicIndex pair = q.pair();
            rows.add(new HsicInteractionRow(names.get(q.a()), names.get(q.b()), q.group(), pair.s(), q.singleA(),
                    q.singleB(), q.excessOverSum(), q.excessOverMax(), pair.r2(), pair.pGamma(), adjusted[i],
                    adjusted[i] < MultipleTesting.LEVEL, (int) pair.n(), input.sampling()));
        }
        return new Result(List.copyOf(rows), List.copyOf(pairs));
    }

    /** Exact pair indices on at most PAIR_ROWS rows (the first ones: callers pass a seeded order). */
    static List<PairIndex> exact(TrialMatrix t, AnalysisSettings s, Bandwidth bw, long seed) {
        List<PairIndex> out = new ArrayList<>();
        TrialMatrix pairT = t.n() > PAIR_ROWS ? t.subset(firstRows(PAIR_ROWS)) : t;
        HsicEstimator estimator = new HsicEstimator(bw, 0);
        Map<Integer, Double> singleOnAllRows = new HashMap<>();
        for (int a = 0; a < t.d(); a++) {
            for (int b = a + 1; b < t.d(); b++) {
                String ga = t.groups().get(a);
                String gb = t.groups().get(b);
                if (!ga.isEmpty() && !gb.isEmpty() && !ga.equals(gb)) {
                    continue;
                }
                int[] rows = bothActive(pairT, a, b);
                if (rows.length < HsicImportance.MIN_ROWS) {
                    continue;
                }
                boolean[] z = GoalTarget.best(TrialMatrix.pick(pairT.objective(), rows), s.bestFraction(),
                        t.direction());
                double[] xa = TrialMatrix.pick(pairT.column(a), rows);
                double[] xb = TrialMatrix.pick(pairT.column(b), rows);
                HsicIndex pair = estimator.joint(new double[][] {xa, xb}, z, seed);
                // a pair on all rows shares its rows and Z with every other such pair: singles once
                boolean allRows = rows.length == pairT.n();
                double sa = allRows ? singleOnAllRows.computeIfAbsent(a, k -> estimator.single(xa, z, seed).s())
                        : estimator.single(xa, z, seed).s();
                double sb = allRows ? singleOnAllRows.computeIfAbsent(b, k -> estimator.single(xb, z, seed).s())
                        : estimator.single(xb, z, seed).s();
                out.add(new PairIndex(a, b, ga.isEmpty() ? gb : ga, pair, sa, sb));
            }
        }
        return out;
    }

    private static int[] firstRows(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    private static int[] bothActive(TrialMatrix t, int a, int b) {
        int[] out = new int[t.n()];
        int k = 0;
        for (int i = 0; i < t.n(); i++) {
            if (!Double.isNaN(t.unit()[i][a]) && !Double.isNaN(t.unit()[i][b])) {
                out[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }
}

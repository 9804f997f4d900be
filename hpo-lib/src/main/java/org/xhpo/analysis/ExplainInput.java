package org.xhpo.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/**
 * The finished trials an {@link ExplanationMethod} explains: the search space (to turn unit values
 * back into the user's values), the {@link TrialMatrix} of ok trials, a key per row (the trial id)
 * and the name of the analyzed metric.
 *
 * @param space the search space; its parameters are the matrix columns, in order
 * @param trials the ok trials (finite objective values only)
 * @param keys row i's trial id
 * @param metric the analyzed column ("value" for XHPO studies)
 * @param sampling how the trials were sampled, as the rows report it: {@link #UNIFORM} when every
 *     trial came from a space-filling sampler (P1 of hsic-explainable-hpo.md holds), otherwise the
 *     caveat and the remedy applied ({@link SamplingRemedy})
 * @param indexTrials the trials the HSIC indices are computed on: {@code trials} itself, or after
 *     the P1 remedy (exploration trials only, or empirical-CDF unit values); ranges, regions and
 *     models always read {@code trials}, whose unit values map back to the user's values
 */
public record ExplainInput(SearchSpace space, TrialMatrix trials, long[] keys, String metric, String sampling,
                           TrialMatrix indexTrials) {
    /** The sampling label when P1 holds (random, Sobol or grid trials only). */
    public static final String UNIFORM = "uniform";
    /** Fewest finished trials any method accepts. */
    public static final int MIN_TRIALS = 10;

    /** Checks that the matrix matches the space and there is one key per row. */
    public ExplainInput {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(trials, "trials");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(sampling, "sampling");
        indexTrials = indexTrials == null ? trials : indexTrials;
        if (!indexTrials.parameters().equals(trials.parameters())) {
            throw new IllegalArgumentException("indexTrials.parameters: expected " + trials.parameters() + ", got "
                    + indexTrials.parameters());
        }
        if (!space.names().equals(trials.parameters())) {
            throw new IllegalArgumentException("trials.parameters: expected the space's parameters " + space.names()
                    + ", got " + trials.parameters());
        }
        if (keys.length != trials.n()) {
            throw new IllegalArgumentException("keys: expected one per trial (" + trials.n() + "), got " + keys.length);
        }
    }

    /** Trials whose HSIC indices use the same matrix. */
    public ExplainInput(SearchSpace space, TrialMatrix trials, long[] keys, String metric, String sampling) {
        this(space, trials, keys, metric, sampling, null);
    }

    /** Trials keyed 0..n−1, metric "value", uniform sampling. */
    public static ExplainInput of(SearchSpace space, TrialMatrix trials) {
        long[] keys = new long[trials.n()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i;
        }
        return new ExplainInput(space, trials, keys, "value", UNIFORM);
    }

    /**
     * The ok trials of a study as an input (the library entry point for samplers that explain the
     * trials they were told): failed and timed-out trials are dropped, unit values come from the
     * space (cell centres for discrete values), groups from the declared conditions, and every
     * reported metric present in all ok trials becomes a cost column.
     */
    public static ExplainInput fromTrials(SearchSpace space, List<TrialResult> results, Direction direction) {
        List<TrialResult> ok = new ArrayList<>();
        for (TrialResult r : results) {
            if (r.ok()) {
                ok.add(r);
            }
        }
        int n = ok.size();
        double[][] unit = new double[n][];
        double[] y = new double[n];
        long[] keys = new long[n];
        Map<String, double[]> costs = new LinkedHashMap<>();
        if (n > 0) {
            for (String metric : ok.get(0).metrics().keySet()) {
                if (ok.stream().allMatch(r -> r.metrics().containsKey(metric))) {
                    costs.put(metric, new double[n]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            TrialResult r = ok.get(i);
            unit[i] = space.toUnit(r.trial().config());
            y[i] = r.value();
            keys[i] = r.trial().id();
            for (Map.Entry<String, double[]> c : costs.entrySet()) {
                c.getValue()[i] = r.metrics().get(c.getKey());
            }
        }
        List<String> groups = new ArrayList<>();
        for (Parameter p : space.parameters()) {
            groups.add(groupOf(p));
        }
        return new ExplainInput(space, new TrialMatrix(space.names(), groups, unit, y, direction, costs), keys, "value",
                UNIFORM);
    }

    /** The conditional group label of a declared parameter: "" when always active, else its condition. */
    public static String groupOf(Parameter p) {
        return p.when().map(Object::toString).orElse("");
    }

    /** The same trials with a P1 remedy: another matrix for the HSIC indices, and its label. */
    public ExplainInput withIndexTrials(TrialMatrix t, String label) {
        return new ExplainInput(space, trials, keys, metric, label, t);
    }

    /** The trials at {@code rows} (keys kept). */
    public ExplainInput subset(int[] rows) {
        long[] k = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            k[i] = keys[rows[i]];
        }
        return new ExplainInput(space, trials.subset(rows), k, metric, sampling,
                indexTrials == trials ? null : indexTrials.subset(rows));
    }

    /**
     * Refuses a table a method cannot use.
     *
     * @param method the method's name, for the message
     * @throws IllegalArgumentException when there are fewer than {@link #MIN_TRIALS} finished trials
     */
    public void requireUsable(String method) {
        if (trials.n() < MIN_TRIALS) {
            throw new IllegalArgumentException("trials: " + method + " needs at least " + MIN_TRIALS
                    + " finished trials, got " + trials.n());
        }
    }
}

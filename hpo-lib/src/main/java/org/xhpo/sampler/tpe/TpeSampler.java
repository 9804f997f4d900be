package org.xhpo.sampler.tpe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.xhpo.objective.Settings;
import org.xhpo.sampler.RandomSampler;
import org.xhpo.sampler.Sampler;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Configuration;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/**
 * Tree-structured Parzen estimator (Bergstra, Bardenet, Bengio, Kégl 2011, "Algorithms for
 * Hyper-Parameter Optimization", §4; {@code hpo-lecture-smbo-tpe.md} "Tree-Parzen Estimators").
 * The ok trials are split at the γ-quantile of the loss into good and bad groups; l(x) and g(x) are
 * Parzen estimators fitted on each group, per parameter on the trials where it was active; the
 * candidate drawn from l maximizing l(x)/g(x) (equivalent to maximizing EI, §4.1) is proposed.
 * Defaults follow Optuna 5.0: multivariate (one product kernel per group of co-active parameters),
 * 10 random start-up trials, 24 candidates, γ(n) = min(⌈0.1n⌉, 25), prior weight 1, Optuna's recency
 * weights, the same neighbour bandwidths per dimension in the joint kernel as in one dimension.
 * Groups are the parameters that share one activity condition (the unconditional ones form one
 * group; each set of parameters under the same condition another), so a joint kernel is fitted on
 * the trials where all its parameters were active, as Optuna's {@code group=True} decomposition does
 * for a static tree. {@code multivariate: false} models every parameter on its own (Optuna's
 * univariate TPE). Batches use the constant liar (Optuna 5's default): configurations already
 * proposed in the batch join the bad group. Failed trials are ignored.
 */
public final class TpeSampler implements Sampler {
    private final SearchSpace space;
    private final Direction direction;
    private final int startupTrials;
    private final int candidates;
    private final double priorWeight;
    private final double gammaFraction;
    private final SplitRule split;
    private final double gammaBeta;
    private final boolean uniformWeights;
    private final KernelRule kernelRule;
    private final int[] choices;
    private final List<int[]> groups;
    /** ok trials by id (sorted = trial order for the weights): encoded row and loss. */
    private final TreeMap<Long, double[]> rows = new TreeMap<>();
    private final TreeMap<Long, Double> losses = new TreeMap<>();
    private final Set<Long> seen = new HashSet<>();

    /**
     * @param space the search space
     * @param direction minimize or maximize
     * @param settings {@code n_startup_trials} (10), {@code n_ei_candidates} (24), {@code prior_weight} (1.0),
     *     {@code multivariate} (true), {@code gamma} (0 = Optuna's min(⌈0.1n⌉, 25); else a fraction);
     *     Watanabe 2023's components (arXiv:2304.11127, Tables 3 and 6; measured in
     *     {@code benchmarks/samplers-issue15/tpe-watanabe}): {@code gamma_strategy} ({@code optuna},
     *     {@code linear}: min(⌈β n⌉, 25), {@code sqrt}: min(⌈β √n⌉, 25)) with {@code gamma_beta} (0.1;
     *     0.25 for sqrt), {@code weights} ({@code optuna}, {@code uniform}), {@code bandwidth}
     *     ({@code optuna}, {@code scott}), {@code magic_clip_exponent} (1) and
     *     {@code categorical_prior_weight} (Optuna's rule), see {@link KernelRule}
     */
    public TpeSampler(SearchSpace space, Direction direction, Map<String, Object> settings) {
        Settings s = new Settings(settings, "sampler.settings")
                .allowOnly("n_startup_trials", "n_ei_candidates", "prior_weight", "multivariate", "gamma",
                        "gamma_strategy", "gamma_beta", "weights", "bandwidth", "magic_clip_exponent",
                        "categorical_prior_weight");
        this.space = space;
        this.direction = direction;
        this.startupTrials = s.getInt("n_startup_trials", 10, 0);
        this.candidates = s.getInt("n_ei_candidates", 24, 1);
        this.priorWeight = s.getDouble("prior_weight", 1.0);
        if (priorWeight <= 0) {
            throw new IllegalArgumentException("sampler.settings.prior_weight: must be > 0, got " + priorWeight);
        }
        boolean multivariate = s.getBoolean("multivariate", true);
        this.gammaFraction = s.getDouble("gamma", 0);
        if (gammaFraction < 0 || gammaFraction >= 1) {
            throw new IllegalArgumentException("sampler.settings.gamma: must lie in (0, 1), or 0 for Optuna's rule, got "
                    + gammaFraction);
        }
        this.split = SplitRule.named(s.getChoice("gamma_strategy", SplitRule.OPTUNA.settingName(),
                java.util.Arrays.stream(SplitRule.values()).map(SplitRule::settingName).toList()));
        this.gammaBeta = s.getDouble("gamma_beta", split.defaultBeta());
        if (gammaBeta <= 0) {
            throw new IllegalArgumentException("sampler.settings.gamma_beta: must be > 0, got " + gammaBeta);
        }
        if (gammaFraction > 0 && split != SplitRule.OPTUNA) {
            throw new IllegalArgumentException("sampler.settings.gamma: give either gamma or gamma_strategy, not both");
        }
        this.uniformWeights = s.getChoice("weights", "optuna", List.of("optuna", "uniform")).equals("uniform");
        boolean scott = s.getChoice("bandwidth", "optuna", List.of("optuna", "scott")).equals("scott");
        double alpha = s.getDouble("magic_clip_exponent", 1.0);
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("sampler.settings.magic_clip_exponent: must be > 0, got " + alpha);
        }
        double b = s.getDouble("categorical_prior_weight", Double.NaN);
        if (!Double.isNaN(b) && !(b > 0 && b < 1)) {
            throw new IllegalArgumentException("sampler.settings.categorical_prior_weight: must lie in (0, 1), got " + b);
        }
        this.kernelRule = new KernelRule(scott, alpha, b);
        List<Parameter> ps = space.parameters();
        this.choices = new int[ps.size()];
        for (int d = 0; d < ps.size(); d++) {
            choices[d] = ps.get(d) instanceof CategoricalParameter c ? c.choices().size() : 0;
        }
        this.groups = groups(ps, multivariate);
    }

    @Override
    public void tell(List<TrialResult> finished) {
        for (TrialResult r : finished) {
            long id = r.trial().id();
            if (!seen.add(id)) {
                continue;
            }
            if (r.ok()) {
                rows.put(id, encode(r.trial().config()));
                losses.put(id, direction.asLoss(r.value()));
            }
        }
    }

    /** Unit coordinates with categorical dimensions as choice indices; NaN where inactive. */
    private double[] encode(Configuration c) {
        List<Parameter> ps = space.parameters();
        double[] x = new double[ps.size()];
        for (int d = 0; d < x.length; d++) {
            Parameter p = ps.get(d);
            Object v = c.get(p.name());
            if (v == null) {
                x[d] = Double.NaN;
            } else if (p instanceof CategoricalParameter cp) {
                x[d] = cp.indexOf(v);
            } else {
                x[d] = p.toUnit(v);
            }
        }
        return x;
    }

    @Override
    public List<Configuration> ask(int n, SplittableRandom rng) {
        List<Configuration> out = new ArrayList<>(n);
        Set<Configuration> batch = new HashSet<>();
        List<double[]> pending = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Configuration c = null;
            for (int attempt = 0; attempt < 20 && c == null; attempt++) {
                double[] u = rows.size() < startupTrials || attempt >= 10 ? RandomSampler.uniform(space.dimension(), rng) : propose(pending, rng);
                Configuration cand = space.fromUnit(u);
                if (!batch.contains(cand)) {
                    c = cand;
                }
            }
            if (c == null) {
                break; // a tiny discrete space ran out of distinct points
            }
            batch.add(c);
            out.add(c);
            pending.add(encode(c));
        }
        return out;
    }

    /** γ(n): the number of good trials. */
    int below(int n) {
        if (gammaFraction > 0) {
            return Math.max(1, (int) Math.ceil(gammaFraction * n));
        }
        return split.below(n, gammaBeta);
    }

    /** Optuna's default weights: flat for the newest 25 trials, a ramp from 1/n up for older ones. */
    static double[] weights(int n) {
        double[] w = new double[n];
        if (n < 25) {
            Arrays.fill(w, 1.0);
            return w;
        }
        int ramp = n - 25;
        for (int i = 0; i < ramp; i++) {
            w[i] = ramp == 1 ? 1.0 / n : 1.0 / n + (1.0 - 1.0 / n) * i / (ramp - 1);
        }
        Arrays.fill(w, ramp, n, 1.0);
        return w;
    }

    private static double[] uniform(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        return w;
    }

    private double[] propose(List<double[]> pending, SplittableRandom rng) {
        int n = rows.size();
        long[] ids = new long[n];
        double[][] x = new double[n][];
        double[] y = new double[n];
        int i = 0;
        for (Map.Entry<Long, double[]> e : rows.entrySet()) {
            ids[i] = e.getKey();
            x[i] = e.getValue();
            y[i] = losses.get(e.getKey());
            i++;
        }
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> y[a] != y[b] ? Double.compare(y[a], y[b]) : Long.compare(ids[a], ids[b]));
        int nBelow = below(n);
        boolean[] good = new boolean[n];
        for (int j = 0; j < nBelow; j++) {
            good[order[j]] = true;
        }
        List<double[]> goodRows = new ArrayList<>();
        List<double[]> badRows = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            (good[j] ? goodRows : badRows).add(x[j]);
        }
        badRows.addAll(pending); // constant liar: pending trials count as bad

        double[] u = new double[space.dimension()];
        for (int[] group : groups) {
            sampleDims(group, goodRows, badRows, rng, u);
        }
        return u;
    }

    /** Parameters grouped by their activity condition (declaration order), or one group each. */
    static List<int[]> groups(List<Parameter> ps, boolean multivariate) {
        Map<Object, List<Integer>> byCondition = new java.util.LinkedHashMap<>();
        for (int d = 0; d < ps.size(); d++) {
            Object key = multivariate ? ps.get(d).when() : Integer.valueOf(d);
            byCondition.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> g : byCondition.values()) {
            out.add(g.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /** Fits l and g on the rows where all of {@code dims} are active and writes the best candidate into u. */
    private void sampleDims(int[] dims, List<double[]> goodRows, List<double[]> badRows, SplittableRandom rng, double[] u) {
        int[] ch = new int[dims.length];
        for (int k = 0; k < dims.length; k++) {
            ch[k] = choices[dims[k]];
        }
        ParzenEstimator l = estimator(dims, goodRows, ch);
        ParzenEstimator g = estimator(dims, badRows, ch);
        double best = Double.NEGATIVE_INFINITY;
        double[] bestX = null;
        for (int c = 0; c < candidates; c++) {
            double[] cand = l.sample(rng);
            double score = l.logDensity(cand) - g.logDensity(cand);
            if (score > best || bestX == null) {
                best = score;
                bestX = cand;
            }
        }
        for (int k = 0; k < dims.length; k++) {
            u[dims[k]] = ch[k] == 0 ? bestX[k] : (bestX[k] + 0.5) / ch[k];
        }
    }

    private ParzenEstimator estimator(int[] dims, List<double[]> rowsIn, int[] ch) {
        List<double[]> obs = new ArrayList<>(rowsIn.size());
        for (double[] r : rowsIn) {
            double[] o = new double[dims.length];
            boolean active = true;
            for (int k = 0; k < dims.length && active; k++) {
                o[k] = r[dims[k]];
                active = !Double.isNaN(o[k]);
            }
            if (active) {
                obs.add(o);
            }
        }
        double[] w = uniformWeights ? uniform(obs.size()) : weights(obs.size());
        return new ParzenEstimator(obs.toArray(new double[0][]), w, ch, priorWeight, kernelRule);
    }
}

package org.xhpo.sampler.gp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.xhpo.objective.Settings;
import org.xhpo.sampler.RandomSampler;
import org.xhpo.sampler.Sampler;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/**
 * Batched Bayesian optimization with a Gaussian process ({@code hpo-lecture-smbo-tpe.md}, SMBO with
 * GP + EI; Snoek, Larochelle, Adams 2012, "Practical Bayesian Optimization of Machine Learning
 * Algorithms"). After {@code n_startup_trials} random trials, each ask fits a Matérn-5/2 GP on
 * the standardized losses of the ok trials (or, with {@code output_warping: power}, HEBO's power-warped
 * losses, {@link PowerTransform}; with {@code auto}, whichever of the two the GP explains better as losses:
 * both are fitted and the one with the lower negative log posterior of the losses themselves — the fit's
 * plus the warp's log Jacobian, Snelson, Rasmussen &amp; Ghahramani 2004, Eq. (6) — is kept, each round),
 * with a constant prior mean, the mean of the modelled losses or, with {@code prior_mean: max}, their worst
 * ({@link #PRIOR_MEANS}), and proposes a batch of q points, one at a time: maximize
 * the acquisition (log EI by default, or UCB, PI), then add the point to the GP with a fantasy value
 * — its posterior mean (Kriging believer, the default) or a constant (constant liar: min, mean or max
 * of the observed losses) — so the next point of the batch looks elsewhere (Ginsbourger, Le Riche,
 * Carraro 2010, "Kriging is well-suited to parallelize optimization", §3).
 * The kernel ({@code kernel}, {@link KernelForm}) is ARD by default; {@code additive} models the loss as
 * a sum of one-dimensional functions, {@code sum} averages the two (a sum of one-dimensional functions
 * plus a full interaction), and {@code auto} fits all three on the round's points and keeps the
 * one with the highest fitted log posterior (same hyperparameters and priors in all, so the fitted
 * values compare like for like; a type-II maximum-likelihood model choice, R&amp;W 2006 §5.4.1).
 * When the fitted kernel has an additive part (additive or sum), the first {@value #TERM_CANDIDATE_POINTS}
 * points of a round also score the additive terms' optima, built one coordinate at a time as Add-GP-UCB
 * maximizes its acquisition ({@link AdditiveTermCandidates}; Kandasamy et al. 2015, §4).
 * Beyond {@code max_points} ok trials the GP is conditioned on a subset (the best third and a random
 * rest); hyperparameters are fitted on at most {@code fit_points} of them (with {@code refit_points}
 * larger, the chosen form is then refitted on up to that many, warm-started from that first fit), from
 * fixed and seeded random starts (no warm start from an earlier round, so proposals depend only on the
 * told trials and the round's rng, and a resumed study proposes what the uninterrupted one would).
 * {@link #askTested} proposes fewer points when the round's fitted GP fails a leave-one-out skill test
 * ({@link LooSkill}; {@code auto}'s large rounds use it). Failed trials are ignored.
 */
public final class GpSampler implements Sampler {
    /** The losses the GP models: {@code none} (standardized) or {@code power} (HEBO's warping, {@link PowerTransform}). */
    public static final String DEFAULT_WARPING = "none";
    /**
     * The kernel forms {@code kernel} accepts: {@code ard}, {@code additive}, {@code sum} (their average),
     * or {@code auto} (the best fit of the three, each round).
     */
    public static final List<String> KERNELS = List.of("ard", "additive", "sum", "auto");
    /** The ok trials the GP is conditioned on at most, unless {@code max_points} says otherwise. */
    public static final int DEFAULT_MAX_POINTS = 300;
    /** The points hyperparameters are fitted on unless {@code fit_points} says otherwise. */
    public static final int DEFAULT_FIT_POINTS = 128;
    /** The GP kernel unless {@code kernel} says otherwise. */
    public static final String DEFAULT_KERNEL = "ard";
    /**
     * The GP's constant prior mean ({@code prior_mean}): {@code mean}, the mean of the modelled losses,
     * or {@code max}, the worst of them (De Ath, Fieldsend &amp; Everson 2020, "What do you mean? The role
     * of the mean function in Bayesian optimisation": the best choice of eight on their synthetic functions
     * in five or more dimensions; far from the data the model then expects the worst loss rather than an
     * average one, which they argue makes EI exploit more).
     */
    public static final List<String> PRIOR_MEANS = List.of("mean", "max");
    /** The GP's prior mean unless {@code prior_mean} says otherwise. */
    public static final String DEFAULT_PRIOR_MEAN = "mean";
    /**
     * How many points of a round are offered the additive terms' optima ({@link AdditiveTermCandidates})
     * besides the usual candidates. Each later point's candidates lie near the earlier ones' (the
     * Kriging-believer fantasies only shrink the variance around them), so a larger round would be spent
     * around one optimum: at batch 32, offering them to every point made Dixon–Price-6 and Griewank-6
     * worse at p ≤ 0.02, while 8 per round was level with no candidates on every function but
     * Schwefel-6, which it improved (benchmarks/RESULTS.md §2b, "The additive terms' optima").
     */
    static final int TERM_CANDIDATE_POINTS = 8;
    private final SearchSpace space;
    private final Direction direction;
    private final GpEncoder encoder;
    private final Acquisition acquisition;
    private final AcquisitionMaximizer maximizer;
    private final int startupTrials;
    private final String strategy;
    private final String liar;
    private final int fitPoints;
    private final int refitPoints;
    private final int maxPoints;
    private final int randomStarts;
    private final String outputWarping;
    private final String kernel;
    private final String priorMean;
    private GaussianProcess.Hyper lastFit;
    private LooSkill lastSkill;
    private boolean lastUnskilled;
    private String lastWarping;
    private double[] lastModelled;
    private final TreeMap<Long, Configuration> configs = new TreeMap<>();
    private final TreeMap<Long, Double> losses = new TreeMap<>();
    private final Set<Long> seen = new HashSet<>();
    private final Set<Configuration> evaluated = new HashSet<>();

    /**
     * @param space the search space
     * @param direction minimize or maximize
     * @param settings see the README's sampler table
     */
    public GpSampler(SearchSpace space, Direction direction, Map<String, Object> settings) {
        Settings s = new Settings(settings, "sampler.settings").allowOnly("n_startup_trials", "acquisition", "kappa",
                "batch_strategy", "liar", "fit_points", "refit_points", "max_points", "candidates", "local_starts",
                "local_steps", "random_starts", "output_warping", "kernel", "prior_mean");
        this.space = space;
        this.direction = direction;
        this.encoder = new GpEncoder(space);
        this.acquisition = Acquisition.named(s.getString("acquisition", "ei"), s.getDouble("kappa", 2.0));
        this.startupTrials = s.getInt("n_startup_trials", 10, 2);
        this.strategy = s.getString("batch_strategy", "kriging_believer");
        if (!strategy.equals("kriging_believer") && !strategy.equals("constant_liar")) {
            throw new IllegalArgumentException("sampler.settings.batch_strategy: expected kriging_believer or "
                    + "constant_liar, got '" + strategy + "'");
        }
        this.liar = s.getString("liar", "min");
        if (!List.of("min", "mean", "max").contains(liar)) {
            throw new IllegalArgumentException("sampler.settings.liar: expected min, mean or max, got '" + liar + "'");
        }
        this.fitPoints = s.getInt("fit_points", DEFAULT_FIT_POINTS, 8);
        this.refitPoints = s.getInt("refit_points", fitPoints, 8);
        this.maxPoints = s.getInt("max_points", DEFAULT_MAX_POINTS, 8);
        this.randomStarts = s.getInt("random_starts", 2, 0);
        this.outputWarping = s.getString("output_warping", DEFAULT_WARPING);
        if (!outputWarping.equals("none") && !outputWarping.equals("power") && !outputWarping.equals("auto")) {
            throw new IllegalArgumentException("sampler.settings.output_warping: expected none, power or auto, got '"
                    + outputWarping + "'");
        }
        this.kernel = s.getChoice("kernel", DEFAULT_KERNEL, KERNELS);
        this.priorMean = s.getChoice("prior_mean", DEFAULT_PRIOR_MEAN, PRIOR_MEANS);
        this.maximizer = new AcquisitionMaximizer(space, s.getInt("candidates", 1000, 1),
                s.getInt("local_starts", 5, 0), s.getInt("local_steps", 60, 0));
    }

    @Override
    public void tell(List<TrialResult> finished) {
        for (TrialResult r : finished) {
            long id = r.trial().id();
            if (seen.add(id)) {
                evaluated.add(r.trial().config());
                if (r.ok()) {
                    configs.put(id, r.trial().config());
                    losses.put(id, direction.asLoss(r.value()));
                }
            }
        }
    }

    @Override
    public List<Configuration> ask(int n, SplittableRandom rng) {
        return ask(n, rng, fitPoints, refitPoints);
    }

    /**
     * {@link #ask(int, SplittableRandom)} with the hyperparameters fitted on at most {@code fitOn} of the
     * points the GP is conditioned on and refitted on at most {@code refitOn}, instead of {@code fit_points}
     * and {@code refit_points}.
     */
    public List<Configuration> ask(int n, SplittableRandom rng, int fitOn, int refitOn) {
        return propose(n, n, rng, fitOn, refitOn, 0);
    }

    /**
     * {@link #ask(int, SplittableRandom, int, int)}, but only the first {@code unskilled} of the n points (0:
     * none) when the round's fitted GP fails the leave-one-out skill test at level {@code level}
     * ({@link LooSkill}): its predictions are no better than chance, so a batch it places by its fantasies
     * is no better placed than a guess. {@link #lastRoundUnskilled} tells which. Random startup rounds always
     * propose n.
     */
    public List<Configuration> askTested(int n, int unskilled, SplittableRandom rng, int fitOn, int refitOn,
                                         double level) {
        if (!(level > 0 && level <= 0.5)) {
            throw new IllegalArgumentException("skill level: expected a value in (0, 0.5], got " + level);
        }
        return propose(n, Math.min(n, unskilled), rng, fitOn, refitOn, level);
    }

    /** A round's proposals: n, or {@code unskilled} when {@code level} &gt; 0 and the fitted GP fails the test. */
    private List<Configuration> propose(int n, int unskilled, SplittableRandom rng, int fitOn, int refitOn,
                                        double level) {
        if (fitOn < 8) {
            throw new IllegalArgumentException("fit points: expected at least 8, got " + fitOn);
        }
        lastFit = null;
        lastWarping = null;
        lastModelled = null;
        lastSkill = null;
        lastUnskilled = false;
        List<Configuration> out = new ArrayList<>(n);
        Set<Configuration> exclude = new HashSet<>(evaluated);
        if (losses.size() < startupTrials) {
            for (int k = 0; k < n; k++) {
                Configuration c = random(exclude, rng);
                if (c != null) {
                    out.add(c);
                    exclude.add(c);
                }
            }
            return out;
        }
        List<Long> ids = select(rng);
        double[][] x = new double[ids.size()][];
        double[] y = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            x[i] = encoder.encode(configs.get(ids.get(i)));
            y[i] = losses.get(ids.get(i));
        }
        GaussianProcess.Hyper hyper;
        lastWarping = outputWarping;
        if (outputWarping.equals("auto")) {
            double[] raw = y;
            PowerTransform.Warped warped = PowerTransform.warpWithLogJacobian(raw);
            double[] none = movedToPriorMean(standardized(raw));
            double[] power = movedToPriorMean(standardized(warped.values()));
            SplittableRandom noneRng = rng.split();
            GaussianProcess.Hyper powerFit = fit(x, power, fitOn, refitOn, rng);
            GaussianProcess.Hyper noneFit = fit(x, none, fitOn, refitOn, noneRng);
            // −log p(raw) = −log p(modelled) − Σ log |d modelled / d raw| (Snelson, Rasmussen & Ghahramani
            // 2004, Eq. (6)); standardizing divides by the sample sd, adding n log sd to each side
            double powerScore = GaussianProcess.negativeLogPosterior(x, power, powerFit)
                    - warped.logJacobian() + raw.length * Math.log(sampleSd(warped.values()));
            double noneScore = GaussianProcess.negativeLogPosterior(x, none, noneFit)
                    + raw.length * Math.log(sampleSd(raw));
            boolean usePower = powerScore <= noneScore;
            y = usePower ? power : none;
            hyper = usePower ? powerFit : noneFit;
            lastWarping = usePower ? "power" : "none";
        } else {
            if (outputWarping.equals("power")) {
                y = PowerTransform.warp(y);
            }
            y = movedToPriorMean(standardized(y));
            hyper = fit(x, y, fitOn, refitOn, rng);
        }
        lastFit = hyper;
        lastModelled = y;
        GaussianProcess gp = new GaussianProcess(x, y, hyper);
        if (level > 0) {
            lastSkill = LooSkill.of(gp, y);
            lastUnskilled = !lastSkill.passes(level);
        }
        int count = lastUnskilled ? unskilled : n;
        double best = Arrays.stream(y).min().orElse(0);
        double lie = lie(liar, y);
        List<double[]> incumbents = incumbents(ids, y);
        for (int k = 0; k < count; k++) {
            GaussianProcess model = gp;
            double incumbent = best;
            List<double[]> extra = k < TERM_CANDIDATE_POINTS
                    ? AdditiveTermCandidates.of(model, encoder, incumbents.get(0)) : List.of();
            Configuration c = maximizer.maximize(cfg -> {
                double[] p = model.predict(encoder.encode(cfg));
                return acquisition.score(p[0], Math.sqrt(p[1]), incumbent);
            }, incumbents, extra, exclude, rng);
            if (c == null) {
                c = random(exclude, rng);
            }
            if (c == null) {
                break;
            }
            out.add(c);
            exclude.add(c);
            double[] f = encoder.encode(c);
            double fantasy = strategy.equals("kriging_believer") ? gp.predict(f)[0] : lie;
            gp = gp.withObservation(f, fantasy);
            best = Math.min(best, fantasy);
        }
        return out;
    }

    /**
     * The constant liar's fantasy value (Ginsbourger, Le Riche &amp; Carraro 2010, §3.2): the minimum,
     * mean or maximum of the modelled losses {@code y}. The mean is computed, not taken as zero: with
     * {@code prior_mean: max} the modelled losses are moved so that their maximum is zero.
     */
    static double lie(String liar, double[] y) {
        return switch (liar) {
            case "min" -> Arrays.stream(y).min().orElse(0);
            case "max" -> Arrays.stream(y).max().orElse(0);
            default -> Arrays.stream(y).average().orElse(0);
        };
    }

    /** The ok trials the GP is conditioned on: all, or the best third plus a random rest. */
    private List<Long> select(SplittableRandom rng) {
        List<Long> ids = new ArrayList<>(losses.keySet());
        if (ids.size() <= maxPoints) {
            return ids;
        }
        return subset(ids, maxPoints, rng);
    }

    private List<Long> subset(List<Long> ids, int size, SplittableRandom rng) {
        List<Long> byLoss = new ArrayList<>(ids);
        byLoss.sort((a, b) -> Double.compare(losses.get(a), losses.get(b)));
        List<Long> keep = new ArrayList<>(byLoss.subList(0, size / 3));
        List<Long> rest = new ArrayList<>(byLoss.subList(size / 3, byLoss.size()));
        for (int i = 0; i < size - keep.size(); i++) { // partial Fisher–Yates
            int j = i + rng.nextInt(rest.size() - i);
            Long t = rest.get(i);
            rest.set(i, rest.get(j));
            rest.set(j, t);
            keep.add(rest.get(i));
        }
        keep.sort(Long::compare);
        return keep;
    }

    /**
     * Fits the configured kernel form on at most {@code fitOn} points ({@code auto}: all three forms, and
     * keeps the best-fitting one); then, when more points than that are conditioned on and
     * {@code refitOn} is larger, refits the chosen form on at most {@code refitOn} of them (a superset of
     * the first sample), from the first fit, the default and the short start. The form is a choice
     * among three and needs only the smaller sample; the lengthscales of a rugged loss need more points
     * per period than 128 hold in 10-D (benchmarks/RESULTS.md §2b, "The GP stage's fit in large rounds").
     */
    private GaussianProcess.Hyper fit(double[][] x, double[] y, int fitOn, int refitOn, SplittableRandom rng) {
        if (x.length <= fitOn) {
            return fitForm(x, y, rng);
        }
        int[] idx = fitIndices(x.length, fitOn, rng);
        GaussianProcess.Hyper first = fitForm(rows(x, idx, fitOn), take(y, idx, fitOn), rng);
        int more = Math.min(x.length, refitOn);
        if (more <= fitOn) {
            return first;
        }
        draw(idx, fitOn, more, rng);
        return GaussianProcess.fit(first.form(), rows(x, idx, more), take(y, idx, more), first, 0, 100, rng);
    }

    /** The configured kernel form fitted on (x, y); {@code auto}: the best-fitting of the three. */
    private GaussianProcess.Hyper fitForm(double[][] xs, double[] ys, SplittableRandom rng) {
        if (!kernel.equals("auto")) {
            return GaussianProcess.fit(KernelForm.valueOf(kernel.toUpperCase(Locale.ROOT)), xs, ys, null, randomStarts,
                    100, rng);
        }
        GaussianProcess.Hyper best = null;
        double bestFit = Double.POSITIVE_INFINITY;
        for (KernelForm form : KernelForm.values()) { // ARD, additive, sum: the first of equal fits wins
            GaussianProcess.Hyper h = GaussianProcess.fit(form, xs, ys, null, randomStarts, 100, rng);
            double f = GaussianProcess.negativeLogPosterior(xs, ys, h);
            if (best == null || f < bestFit) {
                best = h;
                bestFit = f;
            }
        }
        return best;
    }

    private static double[][] rows(double[][] x, int[] idx, int k) {
        double[][] out = new double[k][];
        for (int i = 0; i < k; i++) {
            out[i] = x[idx[i]];
        }
        return out;
    }

    private static double[] take(double[] y, int[] idx, int k) {
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            out[i] = y[idx[i]];
        }
        return out;
    }

    /** A seeded draw of {@code fitOn} of n indices (partial Fisher–Yates): the first fitOn entries. */
    private static int[] fitIndices(int n, int fitOn, SplittableRandom rng) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        draw(idx, 0, fitOn, rng);
        return idx;
    }

    /** Steps from to end of a partial Fisher–Yates shuffle: entries before end are then a seeded draw. */
    private static void draw(int[] idx, int from, int end, SplittableRandom rng) {
        for (int i = from; i < end; i++) {
            int j = i + rng.nextInt(idx.length - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
    }

    /** Sample standard deviation, 1 when it is zero (the scale {@link #standardized} divides by). */
    private static double sampleSd(double[] y) {
        double mean = Arrays.stream(y).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, y.length - 1));
        return sd > 0 ? sd : 1;
    }

    /**
     * Standardized losses moved so that the GP's zero prior mean is the configured constant: unchanged for
     * {@code mean} (standardized losses have mean 0), minus their maximum for {@code max}. A shift leaves
     * the acquisition's comparisons (prediction against the best loss, on the same scale) and the warping
     * choice's scores (both sides moved alike) as they were.
     */
    private double[] movedToPriorMean(double[] y) {
        if (!priorMean.equals("max")) {
            return y;
        }
        double max = Arrays.stream(y).max().orElse(0);
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i] - max;
        }
        return out;
    }

    /** (y − mean) / sample sd. */
    private static double[] standardized(double[] y) {
        double mean = Arrays.stream(y).average().orElse(0);
        double scale = sampleSd(y);
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = (y[i] - mean) / scale;
        }
        return out;
    }

    /** The output warping the last ask fitted with ({@code none} or {@code power}); null when it drew at random. */
    String lastWarping() {
        return lastWarping;
    }

    /**
     * The losses the last ask's GP was conditioned on, in the order of their trial ids, as it modelled
     * them: warped as chosen, standardized and moved to the prior mean (its zero); null when it drew at
     * random.
     */
    double[] lastModelledLosses() {
        return lastModelled == null ? null : lastModelled.clone();
    }

    /** The kernel form the last ask fitted ({@code ard}, {@code additive} or {@code sum}); empty when it drew at random. */
    public Optional<String> lastKernel() {
        return lastFit().map(h -> h.form().name().toLowerCase(Locale.ROOT));
    }

    /** The leave-one-out skill of the last ask's GP; empty when it drew at random or was not asked to test it. */
    public Optional<LooSkill> lastSkill() {
        return Optional.ofNullable(lastSkill);
    }

    /** Whether the last {@link #askTested} round's GP failed its skill test (and so proposed fewer points). */
    public boolean lastRoundUnskilled() {
        return lastUnskilled;
    }

    /** The hyperparameters the last ask fitted; empty when it drew at random. */
    Optional<GaussianProcess.Hyper> lastFit() {
        return Optional.ofNullable(lastFit);
    }

    /** Unit points of the five best trials (inactive coordinates drawn at random). */
    private List<double[]> incumbents(List<Long> ids, double[] y) {
        Integer[] order = new Integer[ids.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(y[a], y[b]));
        List<double[]> out = new ArrayList<>();
        SplittableRandom fill = new SplittableRandom(ids.size());
        for (int i = 0; i < Math.min(5, order.length); i++) {
            double[] u = space.toUnit(configs.get(ids.get(order[i])));
            for (int j = 0; j < u.length; j++) {
                if (Double.isNaN(u[j])) {
                    u[j] = fill.nextDouble();
                }
            }
            out.add(u);
        }
        return out;
    }

    private Configuration random(Set<Configuration> exclude, SplittableRandom rng) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Configuration c = space.fromUnit(RandomSampler.uniform(space.dimension(), rng));
            if (!exclude.contains(c)) {
                return c;
            }
        }
        return null;
    }
}

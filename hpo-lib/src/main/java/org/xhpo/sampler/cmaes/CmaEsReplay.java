package org.xhpo.sampler.cmaes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Seeds;

/**
 * CMA-ES as a pure function of the told trials: trials are consumed in id order, each generation
 * taking as many as it has candidates; when a generation is complete the distribution is updated
 * ({@link CmaEsState#update}), the margin applied ({@link IntegerMargin}) and, if the run stalled
 * ({@link RestartCriteria}), a new run starts with λ multiplied by the IPOP factor from a uniform
 * random mean (Auger &amp; Hansen 2005, "A Restart CMA Evolution Strategy With Increasing Population
 * Size", CEC, §2). A told trial that is one of the generation's candidates contributes that
 * candidate's exact step y; any other (warm start from earlier trials, another sampler's proposals)
 * contributes the step to its unit coordinates, inactive ones at the mean, shortened as an injected
 * solution ({@link CmaEsState#clipInjected}). Failed trials count as members but not in the update.
 */
final class CmaEsReplay {

    /** A told trial: id, round, configuration and loss (NaN when it failed). */
    record Told(long id, int round, Configuration config, double loss) {
    }

    private final SearchSpace space;
    private final CmaEsSettings settings;
    private final long studySeed;
    private final boolean[] continuous;
    private int lambda;
    private int restarts;
    private int generationIndex;
    private CmaEsState state;
    private RestartCriteria criteria;
    private IntegerMargin margin;
    private Generation current;
    private final List<Told> members = new ArrayList<>();
    private long lastId = Long.MIN_VALUE;

    /**
     * Starts the first run.
     *
     * @param batch the study's batch size b: λ = b ⌈max(λ_default, population) / b⌉, so a
     *     generation is a whole number of rounds
     */
    CmaEsReplay(SearchSpace space, CmaEsSettings settings, long studySeed, int batch) {
        this.space = space;
        this.settings = settings;
        this.studySeed = studySeed;
        int n = space.dimension();
        this.continuous = new boolean[n];
        for (int i = 0; i < n; i++) {
            continuous[i] = space.parameters().get(i) instanceof FloatParameter;
        }
        int wanted = Math.max(CmaEsParameters.defaultPopulation(n), settings.population());
        int b = Math.max(1, batch);
        this.lambda = Math.max(2, b * ((wanted + b - 1) / b));
        double[] mean = new double[n];
        Arrays.fill(mean, 0.5);
        startRun(mean);
    }

    private void startRun(double[] mean) {
        int n = space.dimension();
        CmaEsParameters p = CmaEsParameters.of(n, lambda);
        state = new CmaEsState(mean, settings.sigma0(), p);
        criteria = new RestartCriteria(settings.tolFun(), settings.tolX(), continuous);
        margin = new IntegerMargin(space.parameters(), settings.margin() > 0 ? settings.margin() : 1.0 / (n * lambda));
        margin.apply(state);
        newGeneration();
    }

    private void newGeneration() {
        current = new Generation(generationIndex, state, space, continuous,
                Seeds.derive(studySeed, Seeds.Purpose.SAMPLER_GENERATION, generationIndex));
    }

    /** The id of the last consumed trial; a trial told later with a smaller id forces a new replay. */
    long lastId() {
        return lastId;
    }

    /** The generation being filled. */
    Generation current() {
        return current;
    }

    /** How many of the current generation's members have been told. */
    int told() {
        return members.size();
    }

    /** The current distribution. */
    CmaEsState state() {
        return state;
    }

    /** The current population λ. */
    int lambda() {
        return lambda;
    }

    /** Number of IPOP restarts so far. */
    int restarts() {
        return restarts;
    }

    /** Consumes the next told trial (ids must increase). */
    void add(Told t) {
        lastId = t.id();
        members.add(t);
        if (members.size() >= current.size()) {
            complete();
        }
    }

    private void complete() {
        boolean[] used = new boolean[current.size()];
        List<double[]> steps = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        List<Told> ok = new ArrayList<>();
        for (Told t : members) {
            if (!Double.isNaN(t.loss())) {
                ok.add(t);
            }
        }
        ok.sort(Comparator.comparingDouble(Told::loss).thenComparingLong(Told::id));
        for (Told t : ok) {
            steps.add(step(t.config(), used));
            losses.add(t.loss());
        }
        members.clear();
        state.update(steps);
        margin.apply(state);
        double[] sorted = losses.stream().mapToDouble(Double::doubleValue).toArray();
        generationIndex++;
        if (settings.restarts() && criteria.stalled(state, sorted)) {
            restarts++;
            lambda = (int) Math.ceil(lambda * settings.populationFactor());
            SplittableRandom rng = new SplittableRandom(
                    Seeds.derive(studySeed, Seeds.Purpose.SAMPLER_GENERATION, -1L - restarts));
            double[] mean = new double[space.dimension()];
            for (int i = 0; i < mean.length; i++) {
                mean[i] = rng.nextDouble();
            }
            startRun(mean);
        } else {
            newGeneration();
        }
    }

    /** The step y of a told configuration: its candidate's, or that of an injected solution. */
    private double[] step(Configuration c, boolean[] used) {
        int k = current.indexOf(c);
        if (k >= 0 && !used[k]) {
            used[k] = true;
            return current.candidate(k).y();
        }
        double[] x = space.toUnit(c);
        double[] m = state.mean();
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                x[i] = m[i];
            }
        }
        return state.clipInjected(state.toY(x));
    }
}

package org.xhpo.config;

import java.util.Map;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;

/**
 * Resource bounds on the driver, checked before Spark starts so that a config that would exhaust the
 * driver's memory is refused with the setting named instead of dying (or hanging) hours later. The
 * bounds are generous for real sweeps: each is a size the driver holds in memory at once.
 */
public final class DriverBounds {
    /** Parameters in one space. */
    public static final int MAX_PARAMETERS = 1_000;
    /** Points of a grid (each is a configuration held on the driver). */
    public static final long MAX_GRID_POINTS = 1_000_000L;
    /** Candidates a GP or TPE sampler scores per proposal. */
    public static final long MAX_CANDIDATES = 100_000L;
    /** Trials a GP conditions on (O(n^2) memory, O(n^3) time). */
    public static final long MAX_GP_POINTS = 5_000L;
    /** Trials per round. */
    public static final long MAX_BATCH = 100_000L;
    /** Parameter values of all trials, held on the driver (every finished trial is told to the sampler). */
    public static final long MAX_TRIAL_VALUES = 100_000_000L;
    /** HSIC permutations. */
    public static final long MAX_PERMUTATIONS = 10_000L;
    /** Trials analyzed exactly on the driver (HSIC is O(n^2)). */
    public static final long MAX_EXACT_LIMIT = 20_000L;
    /** Parameter values of the analyzed trials matrix on the driver. */
    public static final long MAX_ANALYSIS_VALUES = 10_000_000L;

    private DriverBounds() {
    }

    /** Bounds that must hold before the sampler is built (a grid is built whole). */
    static void checkSampler(SearchSpace space, SamplerSpec sampler) {
        if (space.dimension() > MAX_PARAMETERS) {
            throw new ConfigException("space", "declares " + space.dimension() + " parameters, at most "
                    + MAX_PARAMETERS + " are supported");
        }
        Map<String, Object> s = sampler.settings();
        switch (sampler.name()) {
            case "grid" -> grid(space, s.get("grid_points"));
            case "gp" -> {
                atMost(s, "candidates", MAX_CANDIDATES, "candidates scored on the driver per proposal");
                atMost(s, "max_points", MAX_GP_POINTS, "trials the GP conditions on (O(n^2) memory)");
                atMost(s, "fit_points", MAX_GP_POINTS, "trials the GP hyperparameters are fitted on");
                atMost(s, "local_starts", MAX_CANDIDATES, "local searches per proposal");
                atMost(s, "local_steps", MAX_CANDIDATES, "steps per local search");
            }
            case "tpe" -> atMost(s, "n_ei_candidates", MAX_CANDIDATES, "candidates scored on the driver per proposal");
            case "fi-random" -> {
                atMost(s, "n", 10 * MAX_CANDIDATES, "candidate points held on the driver");
                atMost(s, "k", MAX_CANDIDATES, "iterations of the importance search per proposal");
                atMost(s, "probe", MAX_CANDIDATES, "probe points per proposal");
                atMost(s, "ladder", MAX_CANDIDATES, "probes of one adaptive step held on the driver");
            }
            default -> { }
        }
    }

    /** Bounds on the budget and the analysis, given the space. */
    static void check(SearchSpace space, Budget budget, AnalysisSettings analysis) {
        if (budget.batchSize() > MAX_BATCH) {
            throw new ConfigException("budget.batch_size", "must be at most " + MAX_BATCH + " (a round's trials"
                    + " are held on the driver), got " + budget.batchSize());
        }
        long values = (long) budget.trials() * space.dimension();
        if (values > MAX_TRIAL_VALUES) {
            throw new ConfigException("budget.trials", budget.trials() + " trials x " + space.dimension()
                    + " parameters = " + values + " values held on the driver, more than " + MAX_TRIAL_VALUES
                    + "; lower budget.trials or split the study");
        }
        if (!analysis.enabled()) {
            return;
        }
        if (analysis.permutations() > MAX_PERMUTATIONS) {
            throw new ConfigException("analysis.permutations", "must be at most " + MAX_PERMUTATIONS + ", got "
                    + analysis.permutations());
        }
        if (analysis.exactLimit() > MAX_EXACT_LIMIT) {
            throw new ConfigException("analysis.exact_limit", "must be at most " + MAX_EXACT_LIMIT
                    + " (exact HSIC is O(n^2) on the driver; beyond it Spark aggregates), got "
                    + analysis.exactLimit());
        }
        long analyzed = (long) Math.min(budget.trials(), analysis.exactLimit()) * space.dimension();
        if (analyzed > MAX_ANALYSIS_VALUES) {
            throw new ConfigException("analysis.exact_limit", "min(budget.trials, exact_limit) x " + space.dimension()
                    + " parameters = " + analyzed + " values analyzed on the driver, more than " + MAX_ANALYSIS_VALUES
                    + "; lower analysis.exact_limit or turn the analysis off");
        }
    }

    private static void grid(SearchSpace space, Object gridPointsSetting) {
        long points = gridPointsSetting instanceof Number n ? n.longValue() : 5;
        if (points < 2) {
            return; // the grid sampler names the bad setting
        }
        long size = 1;
        for (Parameter p : space.parameters()) {
            long values = p instanceof CategoricalParameter c ? c.choices().size()
                    : p instanceof IntParameter i ? Math.min(i.count(), points) : points;
            size = values > 0 && size > Long.MAX_VALUE / values ? Long.MAX_VALUE : size * values;
        }
        if (size > MAX_GRID_POINTS) {
            throw new ConfigException("sampler.settings.grid_points", "the grid would have "
                    + (size == Long.MAX_VALUE ? "more than 2^63" : Long.toString(size)) + " points (the product of "
                    + space.dimension() + " parameters' values), more than the " + MAX_GRID_POINTS
                    + " a driver holds; lower grid_points (now " + points + ") or narrow the space");
        }
    }

    private static void atMost(Map<String, Object> settings, String key, long max, String what) {
        if (settings.get(key) instanceof Number n && n.doubleValue() > max) {
            throw new ConfigException("sampler.settings." + key, "must be at most " + max + " (" + what + "), got "
                    + n);
        }
    }
}

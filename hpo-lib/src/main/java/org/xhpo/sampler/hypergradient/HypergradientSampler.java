package org.xhpo.sampler.hypergradient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.xhpo.hypergrad.HypergradientSpec;
import org.xhpo.objective.HypergradientObjective;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.ScrambledSobolSequence;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Seeds;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * {@code sampler: hypergradient}: {@code chains} independent gradient descents on the
 * hyperparameters (hpo-lecture-gradient-bayesian.md, "Greedy optimization", "HOAG": h' = h − γ_h ∇̂_h Q,
 * here with Adam), started at scrambled Sobol points; each round asks one step of every live chain,
 * so a round is a batch of chains evaluated in parallel. The objective computes each trial's
 * hypergradient by the settings' {@code method} and returns it as {@code hypergrad_<name>} metrics
 * (dValue/dh); this sampler converts it to unit space (dh/du = h·ln(high/low) on a log scale,
 * high − low otherwise) and steps.
 *
 * <p>State is rebuilt on every {@link #ask} by replaying the told trials in trial-id order, each
 * matched to the chain whose pending point it evaluated, so a resumed study continues every chain
 * exactly. A chain ends when its trial fails, carries no gradient, or its step falls below
 * {@code min_step}; the sweep ends when every chain has ended. Only continuous (float) parameters
 * without conditions are supported: integers, categoricals and conditional parameters are refused.
 */
public final class HypergradientSampler implements Sampler {
    private static final double MATCH = 1e-9;
    private final SearchSpace space;
    private final Direction direction;
    private final HypergradientSettings settings;
    private final double[][] starts;
    private final TreeMap<Long, TrialResult> told = new TreeMap<>();

    /**
     * @param space continuous parameters only
     * @param direction of the objective
     * @param studySeed the study seed (the Sobol scramble derives from it)
     * @param settings the sampler settings map
     */
    public HypergradientSampler(SearchSpace space, Direction direction, long studySeed, Map<String, Object> settings) {
        for (Parameter p : space.parameters()) {
            if (!(p instanceof FloatParameter f) || f.when().isPresent()) {
                throw new IllegalArgumentException("sampler: hypergradient tunes continuous float parameters without "
                        + "conditions; space." + p.name() + " is " + (p.when().isPresent() ? "conditional" : "not a float")
                        + " (use tpe, gp or cmaes for discrete or conditional spaces)");
            }
        }
        this.space = space;
        this.direction = direction;
        this.settings = HypergradientSettings.read(settings);
        ScrambledSobolSequence sobol = new ScrambledSobolSequence(space.dimension(),
                Seeds.derive(studySeed, Seeds.Purpose.SOBOL_SCRAMBLE, 0));
        this.starts = sobol.points(0, this.settings.chains());
    }

    /** What the objective must compute when the sampler is {@code hypergradient}, else empty. */
    public static Optional<HypergradientSpec> requestedHypergradient(String samplerName, Map<String, Object> settings) {
        return samplerName.equals("hypergradient") ? Optional.of(HypergradientSettings.read(settings).spec())
                : Optional.empty();
    }

    @Override
    public List<Configuration> ask(int n, SplittableRandom rng) {
        List<HypergradientChain> live = new ArrayList<>();
        for (HypergradientChain c : replay()) {
            if (!c.finished()) {
                live.add(c);
            }
        }
        live.sort(Comparator.comparingInt(HypergradientChain::steps).thenComparingInt(HypergradientChain::index));
        List<Configuration> batch = new ArrayList<>();
        for (HypergradientChain c : live) {
            Configuration cfg = space.fromUnit(c.pending());
            if (batch.size() < n && !batch.contains(cfg)) {
                batch.add(cfg);
            }
        }
        return batch;
    }

    @Override
    public void tell(List<TrialResult> finished) {
        for (TrialResult r : finished) {
            told.put(r.trial().id(), r);
        }
    }

    /** Rebuilds every chain from the starts and the told trials, in trial-id order. */
    List<HypergradientChain> replay() {
        List<HypergradientChain> chains = new ArrayList<>();
        for (int c = 0; c < starts.length; c++) {
            chains.add(new HypergradientChain(c, starts[c]));
        }
        for (TrialResult r : told.values()) {
            double[] u = space.toUnit(r.trial().config());
            HypergradientChain owner = null;
            for (HypergradientChain c : chains) {
                if (!c.finished() && distance(space.toUnit(space.fromUnit(c.pending())), u) <= MATCH) {
                    owner = c;
                    break;
                }
            }
            if (owner == null) {
                continue; // a trial this sampler did not propose (e.g. enqueued by hand): not part of any chain
            }
            double[] g = r.status() == TrialStatus.OK ? unitGradient(r) : null;
            if (g == null) {
                owner.finish(r.status() == TrialStatus.OK ? "trial " + r.trial().id() + " returned no hypergradient"
                        : "trial " + r.trial().id() + " " + r.status().name().toLowerCase(java.util.Locale.ROOT));
            } else {
                owner.step(g, settings);
            }
        }
        return chains;
    }

    /** dLoss/du for every parameter, or null when a gradient metric is missing or not finite. */
    private double[] unitGradient(TrialResult r) {
        double sign = direction == Direction.MINIMIZE ? 1 : -1;
        double[] g = new double[space.dimension()];
        for (int j = 0; j < g.length; j++) {
            FloatParameter p = (FloatParameter) space.parameters().get(j);
            Double dh = r.metrics() == null ? null : r.metrics().get(HypergradientObjective.GRADIENT_PREFIX + p.name());
            if (dh == null || !Double.isFinite(dh)) {
                return null;
            }
            double h = r.trial().config().getDouble(p.name());
            double dhdu = p.log() ? h * Math.log(p.high() / p.low()) : p.high() - p.low();
            g[j] = sign * dh * dhdu;
        }
        return g;
    }

    private static double distance(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }
}

package org.xhpo.sampler.fi;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;

/**
 * Turns one step of the adaptive mode — an origin Λ and the importance direction Δ — into a ladder
 * of new configurations (a departure from fi-random-search-sdcmi.md, lines 9–10, which probe one
 * point): point i is {@link StepLadder}'s i-th point along Δ. A point that decodes to a
 * configuration already proposed ({@link EvaluatedConfigurations}) is redrawn at the same step index
 * along a perturbed direction u + σ·z, with u = Δ/‖Δ‖∞, z ~ N(0, I_d) from the sampler's own stream
 * and σ = 2, 4, 8 on the three tries (so the ladder stays spread around Λ at the same scales, its
 * direction less and less tied to Δ); when all three repeat too, by a uniform unit point redrawn
 * (≤ 100 times) until new. When Δ moves nothing, u = 0 and every point comes from the perturbed
 * directions: a multiscale random probe around Λ. When even the uniform redraws repeat, the space
 * looks exhausted and the ladder is shorter.
 *
 * <p>Why perturb: after a restart the origin is the same best configuration and W has changed
 * little, so Δ and the whole ladder often repeat the previous one; a uniform replacement turned
 * more than half of the probes into plain random search on the sampler benchmark's functions.
 */
final class LadderBuilder {
    /** The first perturbation's scale, relative to ‖u‖∞ = 1. */
    static final double SIGMA0 = 2.0;
    /** Perturbed tries per repeated point (σ doubles on each). */
    static final int TRIES = 3;
    private static final int MAX_REDRAWS = 100;

    private final SearchSpace space;
    private final EvaluatedConfigurations proposed;
    private final SplittableRandom rng;

    /**
     * @param space the search space
     * @param proposed every configuration proposed so far; the ladder's are added to it
     * @param rng the stream of the perturbations and uniform redraws
     */
    LadderBuilder(SearchSpace space, EvaluatedConfigurations proposed, SplittableRandom rng) {
        this.space = space;
        this.proposed = proposed;
        this.rng = rng;
    }

    /** At most {@code count} configurations never proposed before, nearest step first. */
    List<Configuration> build(double[] origin, double[] delta, int count) {
        double[] u = unitDirection(delta);
        double[][] points = StepLadder.points(origin, u, count);
        List<Configuration> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Configuration c = points.length > 0 ? space.fromUnit(points[i]) : null;
            for (int attempt = 0; attempt < TRIES && (c == null || proposed.contains(c)); attempt++) {
                double sigma = SIGMA0 * Math.pow(2, attempt);
                double[] v = new double[u.length];
                for (int j = 0; j < v.length; j++) {
                    v[j] = u[j] + sigma * rng.nextGaussian();
                }
                double[][] perturbed = StepLadder.points(origin, v, count);
                if (perturbed.length > 0) {
                    c = space.fromUnit(perturbed[i]);
                }
            }
            c = uniformUntilNew(space, proposed, rng, c);
            if (proposed.add(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** Δ/‖Δ‖∞, or 0 when Δ moves nothing (non-finite components count as no move). */
    static double[] unitDirection(double[] delta) {
        double norm = 0;
        for (double v : delta) {
            norm = Math.max(norm, Double.isFinite(v) ? Math.abs(v) : 0);
        }
        double[] u = new double[delta.length];
        for (int j = 0; j < u.length; j++) {
            u[j] = norm > StepLadder.NO_MOVE && Double.isFinite(delta[j]) ? delta[j] / norm : 0;
        }
        return u;
    }

    /**
     * {@code c} if it is set and never proposed, else uniform draws ({@link #uniform}, at most 100) until
     * one is new; the last draw when none is (the space looks exhausted).
     */
    static Configuration uniformUntilNew(SearchSpace space, EvaluatedConfigurations proposed, SplittableRandom rng,
                                         Configuration c) {
        for (int redraw = 0; redraw < MAX_REDRAWS && (c == null || proposed.contains(c)); redraw++) {
            c = uniform(space, rng);
        }
        return c;
    }

    /** A configuration decoded from a uniform unit point, one draw per coordinate in order. */
    private static Configuration uniform(SearchSpace space, SplittableRandom rng) {
        double[] u = new double[space.dimension()];
        for (int j = 0; j < u.length; j++) {
            u[j] = rng.nextDouble();
        }
        return space.fromUnit(u);
    }
}

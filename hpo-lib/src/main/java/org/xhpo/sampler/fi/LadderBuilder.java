package org.xhpo.sampler.fi;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;

/**
 * Turns one step of the adaptive mode — an origin Λ and the importance direction Δ — into a ladder
 * of new configurations (a departure from fi-random-search-sdcmi.md, lines 9–10, which probe one
 * point): a fan of line searches around Δ.
 *
 * <p>Notation: L the ladder's length, u = Δ/‖Δ‖∞, R = ⌈L/{@value #PER_RAY}⌉ rays with directions
 * v₀ = u and v_r = u + {@value #RAY_SIGMA}·z_r (z_r ~ N(0, I_d) from the sampler's own stream) for
 * r ≥ 1, and {@value #OCTAVES} step lengths, {@link StepLadder}'s points along a direction at
 * t_max·2^−k, k = 0..{@value #OCTAVES}−1 (k = 0 on the box's edge). Point i (nearest first) lies on ray
 * i mod R at octave k_i = round(({@value #OCTAVES} − 1)(L − 1 − i)/(L − 1)) (k = 0 for L = 1): whatever
 * its length, a ladder spans the same eight octaves, and its points are dealt round-robin to the rays,
 * so a ladder of 8 is two interleaved rays of four and a ladder of 32 eight rays. Why: one line of L
 * points at halving steps put most of a long ladder next to the origin (a ladder of 32 reaches 2⁻³¹)
 * and tried one direction per round; on issue 15's and the benchmark's 24 functions the fan beat one
 * line at batch 8 and at batch 32 (benchmarks/RESULTS.md §2c, "Local importances").
 *
 * <p>A point that decodes to a configuration already proposed ({@link EvaluatedConfigurations}) is
 * redrawn at the same octave along its ray's direction perturbed, v + σ·z, z ~ N(0, I_d) from the
 * sampler's own stream and σ = 2, 4, 8 on the three tries (so the ladder stays spread around Λ at the
 * same scales, its direction less and less tied to Δ); when all three repeat too, by a uniform unit
 * point redrawn (≤ 100 times) until new. When Δ moves nothing, u = 0 and the rays' directions are
 * random: a multiscale random probe around Λ. When even the uniform redraws repeat, the space looks
 * exhausted and the ladder is shorter.
 *
 * <p>Why perturb: after a restart the origin is the same best configuration and W has changed
 * little, so Δ and the whole ladder often repeat the previous one; a uniform replacement turned
 * more than half of the probes into plain random search on the sampler benchmark's functions.
 */
final class LadderBuilder {
    /** The first perturbation's scale, relative to ‖u‖∞ = 1. */
    static final double SIGMA0 = 2.0;
    /** Step lengths a ladder spans: t_max·2^−k, k = 0..7 (what a single line of 8 spanned before). */
    static final int OCTAVES = 8;
    /** Points per ray: a ladder of L points has ⌈L/4⌉ rays. */
    static final int PER_RAY = 4;
    /** The spread of the second and later rays' directions u + σ·z around u, relative to ‖u‖∞ = 1. */
    static final double RAY_SIGMA = 1.0;
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
        int rays = (count + PER_RAY - 1) / PER_RAY;
        double[][] directions = new double[rays][];
        double[][][] octaves = new double[rays][][]; // per ray, StepLadder's points, nearest first
        for (int r = 0; r < rays; r++) {
            directions[r] = r == 0 ? u : perturbed(u, RAY_SIGMA);
            octaves[r] = StepLadder.points(origin, directions[r], OCTAVES);
        }
        List<Configuration> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int index = OCTAVES - 1 - octave(i, count);
            double[] direction = directions[i % rays];
            double[][] points = octaves[i % rays];
            Configuration c = points.length > 0 ? space.fromUnit(points[index]) : null;
            for (int attempt = 0; attempt < TRIES && (c == null || proposed.contains(c)); attempt++) {
                double[][] retry = StepLadder.points(origin, perturbed(direction, SIGMA0 * Math.pow(2, attempt)), OCTAVES);
                if (retry.length > 0) {
                    c = space.fromUnit(retry[index]);
                }
            }
            c = uniformUntilNew(space, proposed, rng, c);
            if (proposed.add(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** v + σ·z, z ~ N(0, I_d) from the sampler's stream, one draw per coordinate in order. */
    private double[] perturbed(double[] v, double sigma) {
        double[] out = new double[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = v[j] + sigma * rng.nextGaussian();
        }
        return out;
    }

    /** k_i: the octave of point i of a ladder of {@code count}, from OCTAVES − 1 (nearest) down to 0 (the edge). */
    static int octave(int i, int count) {
        return count == 1 ? 0 : (int) Math.round((OCTAVES - 1) * (count - 1 - i) / (double) (count - 1));
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

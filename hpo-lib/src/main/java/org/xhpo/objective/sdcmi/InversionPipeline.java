package org.xhpo.objective.sdcmi;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleUnaryOperator;
import org.xhpo.sampler.ScrambledSobolSequence;

/**
 * The sDCMI loop (fi-random-search-sdcmi.md appendix A; the step order is XHPO's reconstruction,
 * docs/methods/sdcmi.md, 'The loop'): start from N scrambled-Sobol prior points; each iteration
 * trains the diffusion generator on the current set, adds N generated points that fall inside the
 * prior's support (the prior ratio is 0 outside), pushes the union through M, fits the
 * discriminator's density to the outputs and thins the union by {@link CalibratedThinning} with
 * fraction ρ, so the set stays near N. The loss is JS(law of M(X_T) ‖ Q_Y); the secondary loss is
 * the input-space JS to the data-consistent reference.
 */
public final class InversionPipeline {
    private final int sampleSize;
    private final int iterations;
    private final double rejection;
    private final boolean butler;
    private final DiffusionGenerator.DiffusionSettings diffusion;
    private final Discriminator discriminator;

    /**
     * @param sampleSize N, the prior sample and the number generated per iteration
     * @param iterations sample–perturb–fit–reject cycles
     * @param rejection ρ, the fraction of the union removed per iteration
     * @param butler use Butler's r/max r rejection instead of the calibrated thinning
     */
    public InversionPipeline(int sampleSize, int iterations, double rejection, boolean butler,
            DiffusionGenerator.DiffusionSettings diffusion, Discriminator discriminator) {
        this.sampleSize = sampleSize;
        this.iterations = iterations;
        this.rejection = rejection;
        this.butler = butler;
        this.diffusion = diffusion;
        this.discriminator = discriminator;
    }

    /** Runs the loop with all randomness from {@code seed}. */
    public Result run(long seed, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        SplittableRandom rng = new SplittableRandom(seed);
        ScrambledSobolSequence sobol = new ScrambledSobolSequence(2, rng.nextLong());
        double[] x = new double[2 * sampleSize];
        double[][] pts = sobol.points(0, sampleSize);
        for (int i = 0; i < sampleSize; i++) {
            x[2 * i] = RosenbrockInversion.LOW + (RosenbrockInversion.HIGH - RosenbrockInversion.LOW) * pts[i][0];
            x[2 * i + 1] = RosenbrockInversion.LOW + (RosenbrockInversion.HIGH - RosenbrockInversion.LOW) * pts[i][1];
        }
        double jsFirst = Double.NaN;
        long train = 0;
        long sample = 0;
        long fit = 0;
        for (int t = 0; t < iterations; t++) {
            int n = x.length / 2;
            if (n < 2) {
                throw new IllegalStateException("sDCMI: the sample died out at iteration " + (t + 1)
                        + " (fewer than 2 points left); raise sample_size or lower the rejection fraction");
            }
            long t0 = System.nanoTime();
            DiffusionGenerator generator = new DiffusionGenerator(x, diffusion, rng, cancelled);
            long t1 = System.nanoTime();
            double[] generated = generator.sample(sampleSize, rng);
            long t2 = System.nanoTime();
            train += t1 - t0;
            sample += t2 - t1;
            double[] union = Arrays.copyOf(x, x.length + generated.length);
            int size = n;
            for (int i = 0; i < sampleSize; i++) {
                double a = generated[2 * i];
                double b = generated[2 * i + 1];
                if (RosenbrockInversion.inSupport(a, b)) {
                    union[2 * size] = a;
                    union[2 * size + 1] = b;
                    size++;
                }
            }
            double[] y = new double[size];
            for (int i = 0; i < size; i++) {
                y[i] = RosenbrockInversion.model(union[2 * i], union[2 * i + 1]);
            }
            long t3 = System.nanoTime();
            DoubleUnaryOperator logQHat = discriminator.fitLogDensity(y, rng);
            double[] logR = new double[size];
            for (int i = 0; i < size; i++) {
                double lq = logQHat.applyAsDouble(y[i]);
                logR[i] = Double.isFinite(lq) ? RosenbrockInversion.logTarget(y[i]) - lq
                        : (lq == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
            }
            clampInfinite(logR);
            fit += System.nanoTime() - t3;
            double[] keepP = butler ? CalibratedThinning.butler(logR) : CalibratedThinning.keepProbabilities(logR, rejection);
            boolean[] keep = CalibratedThinning.draw(keepP, rng);
            int kept = 0;
            for (boolean k : keep) {
                kept += k ? 1 : 0;
            }
            double[] next = new double[2 * kept];
            int o = 0;
            for (int i = 0; i < size; i++) {
                if (keep[i]) {
                    next[o++] = union[2 * i];
                    next[o++] = union[2 * i + 1];
                }
            }
            x = next;
            if (t == 0) {
                jsFirst = finalOutputDivergence(x);
            }
        }
        double js = iterations == 1 ? jsFirst : finalOutputDivergence(x);
        double[] x1 = new double[x.length / 2];
        double[] x2 = new double[x.length / 2];
        for (int i = 0; i < x1.length; i++) {
            x1[i] = x[2 * i];
            x2[i] = x[2 * i + 1];
        }
        double jsX = x1.length >= 2 ? InputDivergence.toReference(x1, x2) : Math.log(2);
        return new Result(x1, x2, js, jsX, jsFirst, (System.nanoTime() - start) / 1e9,
                new Phases(train / 1e9, sample / 1e9, fit / 1e9));
    }

    /** A density of 0 for a point means "infinitely under-represented": keep it; a NaN ratio: drop. */
    private static void clampInfinite(double[] logR) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logR) {
            if (Double.isFinite(v)) {
                max = Math.max(max, v);
            }
        }
        for (int i = 0; i < logR.length; i++) {
            if (logR[i] == Double.POSITIVE_INFINITY) {
                logR[i] = Double.isFinite(max) ? max : 0;
            } else if (Double.isNaN(logR[i])) {
                logR[i] = Double.NEGATIVE_INFINITY;
            }
        }
    }

    /** The output JS of a set, ln 2 when fewer than 2 points survived. */
    private static double finalOutputDivergence(double[] x) {
        return x.length >= 4 ? outputDivergence(x) : Math.log(2);
    }

    /** JS in nats between the law of M(x) and Q_Y. */
    static double outputDivergence(double[] x) {
        double[] y = new double[x.length / 2];
        for (int i = 0; i < y.length; i++) {
            y[i] = RosenbrockInversion.model(x[2 * i], x[2 * i + 1]);
        }
        return JensenShannon.sampleToTarget(y, v -> Math.exp(RosenbrockInversion.logTarget(v)),
                RosenbrockInversion.TARGET_MEAN, RosenbrockInversion.TARGET_SD);
    }

    /**
     * What one pipeline run produced.
     *
     * @param x1 the final sample's first coordinates
     * @param x2 the final sample's second coordinates
     * @param js JS(Q_Yg ‖ Q_Y) in nats after the last iteration
     * @param jsX the input-space JS to the data-consistent reference
     * @param jsFirst the output JS after the first iteration
     * @param seconds wall time of the run
     * @param phases where the time went
     */
    public record Result(double[] x1, double[] x2, double js, double jsX, double jsFirst, double seconds, Phases phases) {
    }

    /**
     * Seconds spent per phase, summed over the iterations (the rest is JS and rejection).
     *
     * @param generatorTraining training the diffusion models
     * @param generatorSampling drawing from them
     * @param discriminator fitting and evaluating the output density
     */
    public record Phases(double generatorTraining, double generatorSampling, double discriminator) {
    }
}

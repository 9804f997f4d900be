package org.xhpo.nn;

import java.util.Arrays;
import java.util.Locale;

/**
 * First-order update rules on a flat parameter array: plain SGD with momentum, Adam (Kingma and
 * Ba 2015, Algorithm 1) and RMSProp (Tieleman and Hinton 2012, lecture 6.5). Weight decay is
 * decoupled as in AdamW (Loshchilov and Hutter 2019): {@code θ ← θ − lr·wd·θ} each step, which for
 * SGD is the same as an L2 penalty of {@code wd/2·‖θ‖²}. An optional global-norm clip bounds the
 * gradient before the step.
 */
public final class Optimizer {
    /** The update rule. */
    public enum Kind {
        /** θ ← θ − lr·v, v ← μ·v + g. */
        SGD,
        /** Adam with β1 = 0.9, β2 = 0.999, ε = 1e-8 and bias correction. */
        ADAM,
        /** RMSProp with ρ = 0.9, ε = 1e-8. */
        RMSPROP;

        /**
         * Parses {@code sgd}, {@code adam} or {@code rmsprop}.
         *
         * @param field the config field, for the error message
         */
        public static Kind parse(String name, String field) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(field + ": expected one of sgd, adam, rmsprop, got '" + name + "'");
            }
        }
    }

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double RHO = 0.9;
    private static final double EPS = 1e-8;

    private final Kind kind;
    private final double learningRate;
    private final double weightDecay;
    private final double momentum;
    private final double clipNorm;
    private final double[] first;
    private final double[] second;
    private long steps;

    /**
     * @param size the number of parameters
     * @param momentum SGD's momentum μ (ignored by the others)
     * @param clipNorm the largest gradient norm applied, or 0 for no clipping
     */
    public Optimizer(Kind kind, int size, double learningRate, double weightDecay, double momentum, double clipNorm) {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        }
        if (!(weightDecay >= 0)) {
            throw new IllegalArgumentException("weight decay must be >= 0, got " + weightDecay);
        }
        this.kind = kind;
        this.learningRate = learningRate;
        this.weightDecay = weightDecay;
        this.momentum = momentum;
        this.clipNorm = clipNorm;
        this.first = new double[size];
        this.second = kind == Kind.SGD ? null : new double[size];
    }

    /** Applies one step with gradient {@code g} (the mean over a batch) to {@code theta}. */
    public void step(double[] theta, double[] g) {
        steps++;
        double scale = 1.0;
        if (clipNorm > 0) {
            double norm = 0;
            for (double v : g) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            if (norm > clipNorm) {
                scale = clipNorm / norm;
            }
        }
        double decay = 1.0 - learningRate * weightDecay;
        switch (kind) {
            case SGD -> {
                for (int i = 0; i < theta.length; i++) {
                    first[i] = momentum * first[i] + scale * g[i];
                    theta[i] = theta[i] * decay - learningRate * first[i];
                }
            }
            case ADAM -> {
                double c1 = 1.0 - Math.pow(BETA1, steps);
                double c2 = 1.0 - Math.pow(BETA2, steps);
                for (int i = 0; i < theta.length; i++) {
                    double gi = scale * g[i];
                    first[i] = BETA1 * first[i] + (1 - BETA1) * gi;
                    second[i] = BETA2 * second[i] + (1 - BETA2) * gi * gi;
                    double mHat = first[i] / c1;
                    double vHat = second[i] / c2;
                    theta[i] = theta[i] * decay - learningRate * mHat / (Math.sqrt(vHat) + EPS);
                }
            }
            case RMSPROP -> {
                for (int i = 0; i < theta.length; i++) {
                    double gi = scale * g[i];
                    second[i] = RHO * second[i] + (1 - RHO) * gi * gi;
                    theta[i] = theta[i] * decay - learningRate * gi / (Math.sqrt(second[i]) + EPS);
                }
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    /** Sets every entry of a gradient buffer to zero (a convenience for training loops). */
    public static void zero(double[] g) {
        Arrays.fill(g, 0.0);
    }
}

package org.xhpo.sampler.gp;

/**
 * The output warping of HEBO (Cowen-Rivers et al. 2022, "HEBO: Pushing the limits of sample-efficient
 * hyper-parameter optimisation", JAIR 74, §4.1 and its {@code hebo.py}): losses are divided by their standard
 * deviation, then power-transformed towards normality — Box–Cox (Box &amp; Cox 1964) when every loss is
 * positive, Yeo–Johnson (Yeo &amp; Johnson 2000) otherwise — with the exponent λ that maximizes the
 * profile log-likelihood of a normal model, and standardized. A GP then models a loss that spans orders of
 * magnitude (Rosenbrock's valley) on a scale where its stationary kernel fits. The transform is monotone
 * increasing, so the best trials stay the best. λ is searched in [−{@link #LAMBDA_BOUND}, {@link #LAMBDA_BOUND}]
 * by golden section (scikit-learn's {@code PowerTransformer} uses Brent's method from the bracket (−2, 2);
 * {@code PowerTransformTest} compares with its output).
 */
public final class PowerTransform {
    /** The λ search interval's half-width. */
    public static final double LAMBDA_BOUND = 5.0;

    private PowerTransform() {
    }

    /**
     * HEBO's warping of losses: y / sd(y) (population sd), then Box–Cox if all positive else Yeo–Johnson, then standardized
     * (population sd, as scikit-learn's {@code standardize=True}). Constant or too few losses are returned
     * centred, unwarped.
     *
     * @param y the losses (not modified)
     * @return the warped, standardized losses
     */
    public static double[] warp(double[] y) {
        return warpWithLogJacobian(y).values();
    }

    /**
     * The warped losses of {@link #warp} and Σᵢ log warp′(yᵢ) at y (its own λ and scales): the Jacobian term
     * that makes a likelihood of the warped losses a likelihood of the losses themselves (Snelson,
     * Rasmussen &amp; Ghahramani 2004, "Warped Gaussian processes", Eq. (6)).
     */
    public record Warped(double[] values, double logJacobian) {
    }

    /**
     * {@link #warp} and its log Jacobian from one fit of λ. Box–Cox and Yeo–Johnson have the derivative
     * x^(λ−1) and (1 + |x|)^((λ−1)·sign x) at x = y / sd; the two scalings add −log sd − log sd(t) each.
     * The log Jacobian is 0 where the warp only centres.
     *
     * @param y the losses (not modified)
     * @return the warped, standardized losses and Σᵢ log warp′(yᵢ)
     */
    public static Warped warpWithLogJacobian(double[] y) {
        int n = y.length;
        double sd = Math.sqrt(populationVariance(y)); // numpy's std, as hebo.py divides by self.y.std()
        if (n < 3 || !(sd > 0) || !Double.isFinite(sd)) {
            double mean = mean(y);
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = y[i] - mean;
            }
            return new Warped(out, 0);
        }
        double[] s = new double[n];
        boolean positive = true;
        for (int i = 0; i < n; i++) {
            s[i] = y[i] / sd;
            positive &= s[i] > 0;
        }
        double lambda = positive ? boxCoxLambda(s) : yeoJohnsonLambda(s);
        double[] t = positive ? boxCox(s, lambda) : yeoJohnson(s, lambda);
        double tSd = Math.sqrt(populationVariance(t));
        double logSlopes = 0;
        for (double v : s) {
            logSlopes += (lambda - 1) * (positive ? Math.log(v) : Math.signum(v) * Math.log1p(Math.abs(v)));
        }
        return new Warped(standardize(t), logSlopes - n * Math.log(sd) - (tSd > 0 ? n * Math.log(tSd) : 0));
    }

    /** Box–Cox: (x^λ − 1)/λ, log x at λ = 0; x &gt; 0. */
    static double[] boxCox(double[] x, double lambda) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.abs(lambda) < 1e-12 ? Math.log(x[i]) : (Math.pow(x[i], lambda) - 1) / lambda;
        }
        return out;
    }

    /** Yeo–Johnson (2000), eq. (2.1). */
    static double[] yeoJohnson(double[] x, double lambda) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            if (v >= 0) {
                out[i] = Math.abs(lambda) < 1e-12 ? Math.log1p(v) : (Math.pow(v + 1, lambda) - 1) / lambda;
            } else {
                out[i] = Math.abs(lambda - 2) < 1e-12 ? -Math.log1p(-v)
                        : -(Math.pow(-v + 1, 2 - lambda) - 1) / (2 - lambda);
            }
        }
        return out;
    }

    /** The λ maximizing the Box–Cox profile log-likelihood (λ − 1) Σ log x − n/2 log σ²(ψ). */
    static double boxCoxLambda(double[] x) {
        double sumLog = 0;
        for (double v : x) {
            sumLog += Math.log(v);
        }
        double s = sumLog;
        return argmax(l -> (l - 1) * s - x.length / 2.0 * Math.log(populationVariance(boxCox(x, l))));
    }

    /** The λ maximizing the Yeo–Johnson profile log-likelihood (λ − 1) Σ sign(x) log(1 + |x|) − n/2 log σ²(ψ). */
    static double yeoJohnsonLambda(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += Math.signum(v) * Math.log1p(Math.abs(v));
        }
        double s = sum;
        return argmax(l -> (l - 1) * s - x.length / 2.0 * Math.log(populationVariance(yeoJohnson(x, l))));
    }

    /** Golden-section search for the maximum of f on [−LAMBDA_BOUND, LAMBDA_BOUND]. */
    private static double argmax(java.util.function.DoubleUnaryOperator f) {
        double g = (Math.sqrt(5) - 1) / 2;
        double a = -LAMBDA_BOUND;
        double b = LAMBDA_BOUND;
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        double fc = finite(f.applyAsDouble(c));
        double fd = finite(f.applyAsDouble(d));
        while (b - a > 1e-9) {
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = finite(f.applyAsDouble(c));
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = finite(f.applyAsDouble(d));
            }
        }
        return (a + b) / 2;
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : Double.NEGATIVE_INFINITY;
    }

    private static double[] standardize(double[] t) {
        double mean = mean(t);
        double sd = Math.sqrt(populationVariance(t));
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = sd > 0 ? (t[i] - mean) / sd : t[i] - mean;
        }
        return out;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? 0 : s / v.length;
    }

    private static double populationVariance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return v.length == 0 ? 0 : s / v.length;
    }
}

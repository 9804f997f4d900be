package org.xhpo.sampler.gp;

import java.util.SplittableRandom;
import smile.math.BFGS;
import smile.math.DifferentiableMultivariateFunction;

/**
 * Gaussian-process regression with a Matérn-5/2 kernel, ARD or additive ({@link KernelForm}), and
 * Gaussian noise on standardized targets (Rasmussen &amp; Williams 2006, Alg. 2.1 for the posterior,
 * Eq. 5.8–5.9 for the log marginal likelihood and its gradient). Hyperparameters
 * θ = (log ℓ_1..ℓ_D, log σ_f², log σ_n²), the same for both forms, are fitted by maximizing the log
 * marginal likelihood plus weak log-normal priors, with Smile's L-BFGS-B from several starts (Smile's
 * own GP fit has one start and no ARD).
 * Notation: K = σ_f² C + σ_n² I, α = K⁻¹y, LML = −½yᵀα − ½ log|K| − (n/2) log 2π.
 */
final class GaussianProcess {
    static final double LOG_L_MIN = Math.log(1e-2);
    static final double LOG_L_MAX = Math.log(20);
    static final double LOG_SIGNAL_MIN = Math.log(5e-2);
    static final double LOG_SIGNAL_MAX = Math.log(20);
    static final double LOG_NOISE_MIN = Math.log(1e-6);
    static final double LOG_NOISE_MAX = Math.log(1.0);
    private static final double PRIOR_L_MEAN = Math.log(0.5);
    private static final double PRIOR_L_SD = 1.5;
    private static final double PRIOR_SIGNAL_SD = 1.5;
    /**
     * Every lengthscale of the second fixed start. The marginal likelihood is multimodal in the
     * lengthscales (Rasmussen &amp; Williams 2006, §5.4.1, Fig. 5.5: a short-lengthscale, low-noise
     * and a long-lengthscale, high-noise explanation of the same data); on rugged functions
     * (Rastrigin) L-BFGS from the prior's mean ℓ = 0.5 and from random starts ends in the long one,
     * and a start at ℓ = 0.1 reaches the short one (GpMathTest; benchmarks/RESULTS.md §2b).
     */
    private static final double LOG_SHORT_START = Math.log(0.1);

    /** Kernel form and hyperparameters, as logs. */
    record Hyper(KernelForm form, double[] logLengthscale, double logSignal, double logNoise) {
        /** ARD hyperparameters. */
        Hyper(double[] logLengthscale, double logSignal, double logNoise) {
            this(KernelForm.ARD, logLengthscale, logSignal, logNoise);
        }

        double[] toArray() {
            double[] t = java.util.Arrays.copyOf(logLengthscale, logLengthscale.length + 2);
            t[t.length - 2] = logSignal;
            t[t.length - 1] = logNoise;
            return t;
        }

        static Hyper fromArray(KernelForm form, double[] t) {
            return new Hyper(form, java.util.Arrays.copyOf(t, t.length - 2), t[t.length - 2], t[t.length - 1]);
        }
    }

    private final double[][] x;
    private final double[] y;
    private final Hyper hyper;
    private final double[] invL2;
    private final double signal;
    private final Cholesky chol;
    private final double[] alpha;

    /** Conditions the GP with fixed hyperparameters on (x, y). */
    GaussianProcess(double[][] x, double[] y, Hyper hyper) {
        this(x, y, hyper, null);
    }

    private GaussianProcess(double[][] x, double[] y, Hyper hyper, Cholesky chol) {
        this.x = x;
        this.y = y;
        this.hyper = hyper;
        this.invL2 = invL2(hyper);
        this.signal = Math.exp(hyper.logSignal());
        this.chol = chol != null ? chol : Cholesky.of(covariance(hyper.form(), x, invL2, signal, Math.exp(hyper.logNoise())));
        this.alpha = this.chol.solve(y);
    }

    private static double[] invL2(Hyper h) {
        double[] v = new double[h.logLengthscale().length];
        for (int d = 0; d < v.length; d++) {
            v[d] = Math.exp(-2 * h.logLengthscale()[d]);
        }
        return v;
    }

    private static double[][] covariance(KernelForm form, double[][] x, double[] invL2, double signal, double noise) {
        int n = x.length;
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double v = signal * form.correlation(x[i], x[j], invL2);
                k[i][j] = v;
                k[j][i] = v;
            }
            k[i][i] = signal + noise;
        }
        return k;
    }

    /** K = σ_f² C + σ_n² I from the pairs' correlations (the same numbers as the overload above). */
    private static double[][] covariance(KernelPairs pairs, int n, double signal, double noise) {
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double v = signal * pairs.correlation(i, j);
                k[i][j] = v;
                k[j][i] = v;
            }
            k[i][i] = signal + noise;
        }
        return k;
    }

    /**
     * The leave-one-out posterior means at the observations, same hyperparameters: the mean at x_i of the GP
     * conditioned on every observation but the i-th, μ₋ᵢ = y_i − [K⁻¹y]_i / [K⁻¹]_ii (Rasmussen &amp; Williams
     * 2006, Eq. (5.12)); O(n³) for K⁻¹'s diagonal.
     */
    double[] looMeans() {
        double[][] inv = chol.inverse();
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i] - alpha[i] / inv[i][i];
        }
        return out;
    }

    /** The hyperparameters. */
    Hyper hyper() {
        return hyper;
    }

    /** Posterior mean and variance of the latent function at a point: {mean, variance}. */
    double[] predict(double[] at) {
        int n = x.length;
        double[] ks = new double[n];
        for (int i = 0; i < n; i++) {
            ks[i] = signal * hyper.form().correlation(at, x[i], invL2);
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += ks[i] * alpha[i];
        }
        double[] v = chol.solveLower(ks);
        double var = signal;
        for (double t : v) {
            var -= t * t;
        }
        return new double[] {mean, Math.max(var, 1e-12)};
    }

    /**
     * The prior variance of each one-dimensional term of the kernel's additive part,
     * k⁽ᵈ⁾(t, t) = σ_f² w/D, w the additive part's weight in the correlation
     * ({@link KernelForm#additiveWeight}: 1 for the additive form, ½ for the sum; 0 for ARD, which has
     * no additive part). See {@link #termMeans}.
     */
    double termPriorVariance() {
        return signal * hyper.form().additiveWeight() / x[0].length;
    }

    /**
     * Posterior means of the d-th one-dimensional term of the kernel's additive part at the values
     * {@code t} of input coordinate d, the other coordinates left out (Kandasamy, Schneider &amp; Póczos
     * 2015, "High Dimensional Bayesian Optimisation and Bandits via Additive Models", §3: given the
     * sum's observations, the term f⁽ᵈ⁾ has mean k⁽ᵈ⁾(t, X) K⁻¹ y and variance
     * k⁽ᵈ⁾(t, t) − k⁽ᵈ⁾(t, X) K⁻¹ k⁽ᵈ⁾(X, t), with k⁽ᵈ⁾(a, b) = σ_f² w/D · m((a − b)²/ℓ_d²)). For the
     * additive form the terms' means add up to {@link #predict}'s.
     *
     * @throws IllegalStateException for the ARD form, which has no additive part
     */
    double[] termMeans(int d, double[] t) {
        double[] means = new double[t.length];
        for (int g = 0; g < t.length; g++) {
            double[] k = termCovariances(d, t[g]);
            double mean = 0;
            for (int i = 0; i < k.length; i++) {
                mean += k[i] * alpha[i];
            }
            means[g] = mean;
        }
        return means;
    }

    /** The posterior variance of the d-th additive term at value t of coordinate d ({@link #termMeans}); O(n²). */
    double termVariance(int d, double t) {
        double var = termPriorVariance();
        for (double v : chol.solveLower(termCovariances(d, t))) {
            var -= v * v;
        }
        return Math.max(var, 1e-12);
    }

    /** k⁽ᵈ⁾(t, X): the d-th additive term's covariances between value t and the observations. */
    private double[] termCovariances(int d, double t) {
        double prior = termPrior();
        double[] k = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double u = t - x[i][d];
            k[i] = prior * MaternArdKernel.correlation(u * u * invL2[d]);
        }
        return k;
    }

    private double termPrior() {
        double prior = termPriorVariance();
        if (prior == 0) {
            throw new IllegalStateException("the " + hyper.form() + " kernel has no additive part");
        }
        return prior;
    }

    /** The GP with one more observation, same hyperparameters (rank-one Cholesky extension). */
    GaussianProcess withObservation(double[] xNew, double yNew) {
        int n = x.length;
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = signal * hyper.form().correlation(xNew, x[i], invL2);
        }
        double[][] x2 = java.util.Arrays.copyOf(x, n + 1);
        x2[n] = xNew;
        double[] y2 = java.util.Arrays.copyOf(y, n + 1);
        y2[n] = yNew;
        return new GaussianProcess(x2, y2, hyper, chol.extend(b, signal + Math.exp(hyper.logNoise())));
    }

    /** Fits ARD hyperparameters, see {@link #fit(KernelForm, double[][], double[], Hyper, int, int, SplittableRandom)}. */
    static Hyper fit(double[][] x, double[] y, Hyper warm, int randomStarts, int maxIter, SplittableRandom rng) {
        return fit(KernelForm.ARD, x, y, warm, randomStarts, maxIter, rng);
    }

    /**
     * Fits the hyperparameters of a kernel form: L-BFGS-B from the warm start (if any), the default
     * start (ℓ = 0.5), the short start (ℓ = 0.1) and {@code randomStarts} random starts; returns the best.
     */
    static Hyper fit(KernelForm form, double[][] x, double[] y, Hyper warm, int randomStarts, int maxIter,
                     SplittableRandom rng) {
        int dims = x[0].length;
        int p = dims + 2;
        double[] lo = new double[p];
        double[] hi = new double[p];
        for (int d = 0; d < dims; d++) {
            lo[d] = LOG_L_MIN;
            hi[d] = LOG_L_MAX;
        }
        lo[dims] = LOG_SIGNAL_MIN;
        hi[dims] = LOG_SIGNAL_MAX;
        lo[dims + 1] = LOG_NOISE_MIN;
        hi[dims + 1] = LOG_NOISE_MAX;
        java.util.List<double[]> starts = new java.util.ArrayList<>();
        if (warm != null && warm.logLengthscale().length == dims) {
            starts.add(warm.toArray());
        }
        double[] def = new double[p];
        java.util.Arrays.fill(def, 0, dims, PRIOR_L_MEAN);
        def[dims] = 0;
        def[dims + 1] = Math.log(1e-3);
        starts.add(def);
        double[] shortStart = def.clone();
        java.util.Arrays.fill(shortStart, 0, dims, LOG_SHORT_START);
        starts.add(shortStart);
        for (int s = 0; s < randomStarts; s++) {
            double[] t = new double[p];
            for (int j = 0; j < p; j++) {
                t[j] = lo[j] + rng.nextDouble() * (hi[j] - lo[j]);
            }
            t[dims + 1] = Math.log(1e-3) + (rng.nextDouble() - 0.5) * 4;
            starts.add(t);
        }
        BoxPenalty f = new BoxPenalty(new NegativeLogPosterior(form, x, y), lo, hi);
        double best = Double.POSITIVE_INFINITY;
        double[] bestT = def;
        for (double[] t0 : starts) {
            double[] t = t0.clone();
            for (int j = 0; j < p; j++) {
                t[j] = Math.min(hi[j], Math.max(lo[j], t[j]));
            }
            double v;
            try {
                // Smile's unbounded L-BFGS (pure Java; its L-BFGS-B goes through native BLAS, which
                // crashed the JVM intermittently here) on the box-penalized objective, then clamped
                BFGS.minimize(f, 5, t, 1e-5, maxIter);
                for (int j = 0; j < p; j++) {
                    t[j] = Math.min(hi[j], Math.max(lo[j], t[j]));
                }
                v = f.f(t);
            } catch (RuntimeException e) {
                continue; // a start that fails numerically is skipped
            }
            if (v < best) {
                best = v;
                bestT = t;
            }
        }
        return Hyper.fromArray(form, bestT);
    }

    /** −(log marginal likelihood + log prior) of the hyperparameters on (x, y): lower fits better. */
    static double negativeLogPosterior(double[][] x, double[] y, Hyper h) {
        return new NegativeLogPosterior(h.form(), x, y).f(h.toArray());
    }

    /** A function evaluated at the clamped point plus a quadratic penalty outside the box. */
    static final class BoxPenalty implements DifferentiableMultivariateFunction {
        private static final double WEIGHT = 100;
        private final DifferentiableMultivariateFunction f;
        private final double[] lo;
        private final double[] hi;

        BoxPenalty(DifferentiableMultivariateFunction f, double[] lo, double[] hi) {
            this.f = f;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public double f(double[] t) {
            return g(t, null);
        }

        @Override
        public double g(double[] t, double[] grad) {
            double[] c = new double[t.length];
            double penalty = 0;
            for (int j = 0; j < t.length; j++) {
                c[j] = Math.min(hi[j], Math.max(lo[j], t[j]));
                double out = t[j] - c[j];
                penalty += WEIGHT * out * out;
            }
            double v = grad == null ? f.f(c) : f.g(c, grad);
            if (grad != null) {
                for (int j = 0; j < t.length; j++) {
                    grad[j] += 2 * WEIGHT * (t[j] - c[j]);
                }
            }
            return v + penalty;
        }
    }

    /** −(log marginal likelihood + log prior) and its gradient in θ. */
    static final class NegativeLogPosterior implements DifferentiableMultivariateFunction {
        private final KernelForm form;
        private final double[][] x;
        private final double[] y;
        private final KernelPairs pairs;

        NegativeLogPosterior(KernelForm form, double[][] x, double[] y) {
            this.form = form;
            this.x = x;
            this.y = y;
            this.pairs = new KernelPairs(form, x);
        }

        @Override
        public double f(double[] t) {
            return g(t, null);
        }

        @Override
        public double g(double[] t, double[] grad) {
            int n = x.length;
            int dims = t.length - 2;
            Hyper h = Hyper.fromArray(form, t);
            double[] inv = invL2(h);
            double signal = Math.exp(t[dims]);
            double noise = Math.exp(t[dims + 1]);
            pairs.fill(inv, grad != null);
            double[][] k = covariance(pairs, n, signal, noise);
            Cholesky c;
            try {
                c = Cholesky.of(k);
            } catch (IllegalStateException e) {
                if (grad != null) {
                    java.util.Arrays.fill(grad, 0);
                }
                return 1e10;
            }
            double[] a = c.solve(y);
            double fit = 0;
            for (int i = 0; i < n; i++) {
                fit += y[i] * a[i];
            }
            // Eq. 5.8: LML = −½ yᵀα − ½ log|K| − (n/2) log 2π
            double lml = -0.5 * fit - 0.5 * c.logDet() - 0.5 * n * Math.log(2 * Math.PI);
            double prior = 0;
            for (int d = 0; d < dims; d++) {
                double z = (t[d] - PRIOR_L_MEAN) / PRIOR_L_SD;
                prior -= 0.5 * z * z;
            }
            prior -= 0.5 * (t[dims] / PRIOR_SIGNAL_SD) * (t[dims] / PRIOR_SIGNAL_SD);
            if (grad == null) {
                return -(lml + prior);
            }
            // Eq. 5.9: ∂LML/∂θ_j = ½ tr((ααᵀ − K⁻¹) ∂K/∂θ_j)
            double[][] kinv = c.inverse();
            java.util.Arrays.fill(grad, 0);
            double gSignal = 0;
            double gNoise = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    double w = a[i] * a[j] - kinv[i][j];
                    double corr = pairs.correlation(i, j);
                    gSignal += 2 * w * signal * corr; // ∂K/∂ log σ_f² = σ_f² C (off-diagonal, both triangles)
                    pairs.addLengthscaleGradient(i, j, 2 * w * signal, grad);
                }
                double wii = a[i] * a[i] - kinv[i][i];
                gSignal += wii * signal;
                gNoise += wii * noise;
            }
            for (int d = 0; d < dims; d++) {
                grad[d] = -(0.5 * grad[d] - (t[d] - PRIOR_L_MEAN) / (PRIOR_L_SD * PRIOR_L_SD));
            }
            grad[dims] = -(0.5 * gSignal - t[dims] / (PRIOR_SIGNAL_SD * PRIOR_SIGNAL_SD));
            grad[dims + 1] = -(0.5 * gNoise);
            return -(lml + prior);
        }
    }
}

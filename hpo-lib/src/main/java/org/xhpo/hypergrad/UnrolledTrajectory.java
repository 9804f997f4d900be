package org.xhpo.hypergrad;

import java.util.SplittableRandom;

/**
 * The hypergradient of the validation loss after T steps of momentum gradient descent on the
 * training loss, by reverse-mode differentiation through the whole trajectory: Maclaurin, Duvenaud
 * &amp; Adams 2015, "Gradient-based Hyperparameter Optimization through Reversible Learning",
 * Algorithm 2 (hpo-lecture-gradient-bayesian.md, RMAD). For small models only.
 *
 * <p>Forward (heavy ball, v₀ = 0), for t = 0 … T−1:
 * v_{t+1} = μ v_t − η ∇_θ L(θ_t, h), θ_{t+1} = θ_t + v_{t+1}. This is the paper's
 * v ← γ v − (1 − γ) ∇L, w ← w + α v with μ = γ, η = α (1 − γ) and v rescaled by α.
 *
 * <p>Reverse, from dθ = ∇_θ Q(θ_T, h), dh = ∇_h Q(θ_T, h), dv = 0, for t = T−1 … 0:
 * dv ← dv + dθ; dθ ← dθ − η H(θ_t) dv; dh ← dh − η M(θ_t)ᵀ dv; dv ← μ dv
 * (the paper's lines 5–10 in this parametrization), ending with dh = dQ(θ_T(h), h)/dh.
 *
 * <p>Unlike the paper, which reverses the training dynamics exactly in finite-precision arithmetic
 * to avoid storing them, this class <em>stores</em> the trajectory θ₀ … θ_{T−1}: memory O(T·s)
 * for s parameters, which is what "small models" means here (at most {@link #MAX_STORED} doubles).
 * The trained weights are the T-step iterate θ_T, not the minimizer, and the gradient is exact for
 * that iterate (as far as floating point goes), so the validation loss reported with it must be Q(θ_T).
 */
public final class UnrolledTrajectory {
    /** The most doubles the stored trajectory may hold (T × s; 200 MB). */
    public static final long MAX_STORED = 25_000_000L;
    private final InnerProblem problem;
    private final UnrolledSettings settings;
    private final double[][] visited;
    private final double[] last;

    private UnrolledTrajectory(InnerProblem problem, UnrolledSettings settings, double[][] visited, double[] last) {
        this.problem = problem;
        this.settings = settings;
        this.visited = visited;
        this.last = last;
    }

    /**
     * Runs the forward pass and stores the trajectory.
     *
     * @param problem the inner problem at fixed h
     * @param settings T, η, μ and θ₀
     * @param seed the trial seed θ₀ is drawn from with {@link UnrolledSettings.Init#SEED}
     * @throws IllegalArgumentException when T × s exceeds {@link #MAX_STORED}
     * @throws IllegalStateException when the iteration diverges (η too large for the Hessian)
     */
    public static UnrolledTrajectory train(InnerProblem problem, UnrolledSettings settings, long seed) {
        int s = problem.parameters();
        int steps = settings.steps();
        if ((long) steps * s > MAX_STORED) {
            throw new IllegalArgumentException("sampler.settings.steps: unrolled stores T x parameters = " + steps
                    + " x " + s + " doubles, more than " + MAX_STORED
                    + "; use fewer steps or an implicit method (hoag)");
        }
        double[] theta = new double[s];
        if (settings.init() == UnrolledSettings.Init.SEED) {
            SplittableRandom rng = new SplittableRandom(seed);
            for (int i = 0; i < s; i++) {
                theta[i] = settings.initSd() * rng.nextGaussian();
            }
        }
        double[] v = new double[s];
        double[][] visited = new double[steps][];
        double eta = settings.learningRate();
        double mu = settings.momentum();
        for (int t = 0; t < steps; t++) {
            visited[t] = theta.clone();
            double[] g = problem.trainGradient(theta);
            for (int i = 0; i < s; i++) {
                v[i] = mu * v[i] - eta * g[i];            // v_{t+1} = μ v_t − η ∇_θ L(θ_t)
                theta[i] += v[i];                         // θ_{t+1} = θ_t + v_{t+1}
            }
        }
        for (double x : theta) {
            if (!Double.isFinite(x)) {
                throw new IllegalStateException("unrolled: training diverged (sampler.settings.inner_lr = " + eta
                        + " is too large for this model's Hessian); lower inner_lr");
            }
        }
        return new UnrolledTrajectory(problem, settings, visited, theta);
    }

    /** θ_T, the trained weights (a copy). */
    public double[] weights() {
        return last.clone();
    }

    /**
     * The reverse pass: dQ(θ_T(h), h)/dh, with Q(θ_T), T Hessian-vector products and η.
     */
    public HypergradientSolver.Result hypergradient() {
        int s = last.length;
        double eta = settings.learningRate();
        double mu = settings.momentum();
        double[] dTheta = problem.validationGradient(last);
        double[] dh = problem.validationHyperGradient(last);
        double[] dv = new double[s];
        for (int t = visited.length - 1; t >= 0; t--) {
            Vectors.axpy(1.0, dTheta, dv);                                        // dv ← dv + dθ
            Vectors.axpy(-eta, problem.hessianVector(visited[t], dv), dTheta);    // dθ ← dθ − η H(θ_t) dv
            Vectors.axpy(-eta, problem.mixedTransposeVector(visited[t], dv), dh); // dh ← dh − η M(θ_t)ᵀ dv
            for (int i = 0; i < s; i++) {
                dv[i] *= mu;                                                      // dv ← μ dv
            }
        }
        return new HypergradientSolver.Result(dh, problem.validationLoss(last), visited.length, eta);
    }
}

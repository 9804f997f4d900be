package org.xhpo.objective.ridge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xhpo.hypergrad.HypergradientSolver;
import org.xhpo.hypergrad.HypergradientSpec;
import org.xhpo.hypergrad.UnrolledTrajectory;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.HypergradientObjective;
import org.xhpo.objective.Hyperparameters;
import org.xhpo.objective.Settings;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.SampleStats;

/**
 * {@code objective: ridge_polynomial} — polynomial regression of a noisy sin(πx) sample
 * ({@link PolynomialData}) with Gaussian priors whose precisions are the hyperparameters
 * (hpo-lecture-gradient-bayesian.md, "Example: polynomials", "Experiment: polynomials").
 *
 * <p>Hyperparameters: {@code alpha} (one prior precision for every weight) or, with
 * {@code per_degree: true}, {@code alpha_0 … alpha_D}; optionally {@code degree} (a whole number,
 * overriding the setting). Metrics: {@code cv_loss} (k-fold validation MSE, {@link RidgeCrossValidation}),
 * {@code cv_sd} (its sd across folds, n − 1), {@code log_evidence} (exact, {@link BayesianRidge}),
 * {@code test_mse} (the posterior mean on all data against 1,000 fresh noiseless points),
 * {@code degree}. The value is {@code cv_loss} ({@code value: cv}, default) or −{@code log_evidence}
 * ({@code value: evidence}). With a hypergradient method, dValue/dα comes back as
 * {@code hypergrad_alpha…}: for CV by the method asked (greedy, HOAG, Neumann or unrolled over
 * {@link RidgeCrossValidation}); for the evidence always the closed form. With {@code unrolled} the
 * fold weights are the T-step gradient-descent iterate ({@link UnrolledTrajectory}), not the exact
 * posterior means, and {@code cv_loss} and {@code cv_sd} are those of the iterate.
 *
 * <p>Settings: {@code samples} (30), {@code noise_sd} (0.3; β = 1/σ²), {@code degree} (9),
 * {@code folds} (5), {@code data_seed} (0), {@code per_degree} (false), {@code value} (cv).
 */
public final class RidgePolynomialObjective implements HypergradientObjective {
    private static final int TEST_POINTS = 1000;
    private final int samples;
    private final double noiseSd;
    private final int degree;
    private final int folds;
    private final long dataSeed;
    private final boolean perDegree;
    private final boolean evidenceValue;
    private final PolynomialData data;

    /** @param settings see the class comment */
    public RidgePolynomialObjective(Map<String, Object> settings) {
        Settings s = new Settings(settings, "objective.settings")
                .allowOnly("samples", "noise_sd", "degree", "folds", "data_seed", "per_degree", "value");
        this.samples = s.getInt("samples", 30, 4);
        this.noiseSd = s.getDouble("noise_sd", 0.3);
        if (!(noiseSd > 0)) {
            throw new IllegalArgumentException("objective.settings.noise_sd: must be > 0, got " + noiseSd);
        }
        this.degree = s.getInt("degree", 9, 0);
        this.folds = s.getInt("folds", 5, 2);
        if (folds > samples) {
            throw new IllegalArgumentException("objective.settings.folds: must be <= samples (" + samples + "), got " + folds);
        }
        this.dataSeed = s.getInt("data_seed", 0);
        this.perDegree = s.getBoolean("per_degree", false);
        String value = s.getString("value", "cv");
        if (!value.equals("cv") && !value.equals("evidence")) {
            throw new IllegalArgumentException("objective.settings.value: expected cv or evidence, got '" + value + "'");
        }
        this.evidenceValue = value.equals("evidence");
        this.data = PolynomialData.draw(samples, noiseSd, dataSeed);
    }

    @Override
    public Optional<SearchSpace> defaultSpace() {
        List<Parameter> ps = new ArrayList<>();
        for (String name : alphaNames(degree)) {
            ps.add(new FloatParameter(name, 1e-6, 1e4, true, null, null));
        }
        return Optional.of(new SearchSpace(ps));
    }

    @Override
    public Evaluation evaluate(Configuration config, TrialContext context) {
        return evaluateWithHypergradient(config, context, null);
    }

    @Override
    public Evaluation evaluateWithHypergradient(Configuration config, TrialContext context, HypergradientSpec spec) {
        Hyperparameters hp = new Hyperparameters(config, "ridge_polynomial");
        int d = hp.whole("degree", degree, 0);
        List<String> names = alphaNames(d);
        double shared = hp.positive("alpha", 1e-2);
        double[] alpha = new double[names.size()];
        for (int g = 0; g < alpha.length; g++) {
            alpha[g] = hp.positive(names.get(g), shared);
        }
        int[] hyperOfWeight = new int[d + 1];
        for (int j = 0; j <= d; j++) {
            hyperOfWeight[j] = perDegree ? j : 0;
        }
        double beta = 1 / (noiseSd * noiseSd);
        double[][] phi = data.design(d);
        double[] alphaOfWeight = new double[d + 1];
        for (int j = 0; j <= d; j++) {
            alphaOfWeight[j] = alpha[hyperOfWeight[j]];
        }
        BayesianRidge full = new BayesianRidge(phi, data.y(), alphaOfWeight, beta);
        RidgeCrossValidation cv = new RidgeCrossValidation(phi, data.y(), folds, alpha, hyperOfWeight, beta);
        UnrolledTrajectory unrolled = spec != null && spec.unrolls()
                ? UnrolledTrajectory.train(cv, spec.unrolled(), context.seed()) : null;
        double[] theta = unrolled != null ? unrolled.weights() : cv.solve();
        double[] foldLoss = cv.foldLosses(theta);
        double cvLoss = SampleStats.mean(foldLoss);
        double logEvidence = full.logEvidence();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("cv_loss", cvLoss);
        metrics.put("cv_sd", SampleStats.sd(foldLoss));
        metrics.put("log_evidence", logEvidence);
        metrics.put("test_mse", testMse(full.mean(), d));
        metrics.put("degree", (double) d);
        if (spec != null) {
            double[] grad;
            if (evidenceValue) {
                double[] perWeight = full.logEvidenceGradient();
                grad = new double[alpha.length];
                for (int j = 0; j <= d; j++) {
                    grad[hyperOfWeight[j]] -= perWeight[j];      // d(−ln p)/dα_g = −Σ_{j: g(j)=g} ∂ln p/∂α_j
                }
            } else {
                grad = unrolled != null ? unrolled.hypergradient().gradient()
                        : HypergradientSolver.DEFAULT.hypergradient(cv, theta, spec.method()).gradient();
            }
            for (int g = 0; g < names.size(); g++) {
                if (config.has(names.get(g))) {
                    metrics.put(GRADIENT_PREFIX + names.get(g), grad[g]);
                }
            }
        }
        return new Evaluation(evidenceValue ? -logEvidence : cvLoss, metrics);
    }

    private List<String> alphaNames(int d) {
        List<String> names = new ArrayList<>();
        if (!perDegree) {
            names.add("alpha");
        } else {
            for (int j = 0; j <= d; j++) {
                names.add("alpha_" + j);
            }
        }
        return names;
    }

    private double testMse(double[] w, int d) {
        double s = 0;
        for (int i = 0; i < TEST_POINTS; i++) {
            double x = -1 + 2 * (i + 0.5) / TEST_POINTS;
            double p = 1;
            double f = 0;
            for (int j = 0; j <= d; j++) {
                f += w[j] * p;
                p *= x;
            }
            double r = f - PolynomialData.truth(x);
            s += r * r;
        }
        return s / TEST_POINTS;
    }
}

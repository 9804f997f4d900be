package org.xhpo.objective.functions;

import java.util.Map;
import org.xhpo.objective.Settings;

/**
 * The 6-D Hartmann function: four Gaussian-like wells on the unit hypercube, one of them global.
 *
 * <p>Source: Surjanovic &amp; Bingham, Virtual Library of Simulation Experiments: Hartmann 6-D
 * function (sfu.ca/~ssurjano/hart6.html), with its constants α, A and P.
 *
 * <p>Notation: {@code f(x) = −Σ_{i=1..4} α_i exp(−Σ_{j=1..6} A_ij (x_j − P_ij)²)} on
 * {@code [0, 1]^6}. Minimum {@code f* ≈ −3.32237} at
 * {@code x* ≈ (0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573)}.
 *
 * <p>Settings: none.
 */
public final class Hartmann6 extends TestFunction {
    private static final double[] ALPHA = {1.0, 1.2, 3.0, 3.2};
    private static final double[][] A = {
        {10, 3, 17, 3.5, 1.7, 8},
        {0.05, 10, 17, 0.1, 8, 14},
        {3, 3.5, 1.7, 10, 17, 8},
        {17, 8, 0.05, 10, 0.1, 14},
    };
    /** P, before the factor 1e-4 of the source. */
    private static final double[][] P = {
        {1312, 1696, 5569, 124, 8283, 5886},
        {2329, 4135, 8307, 3736, 1004, 9991},
        {2348, 1451, 3522, 2883, 3047, 6650},
        {4047, 8828, 8732, 5743, 1091, 381},
    };
    /**
     * f* to the digits of a Nelder–Mead refinement (SciPy, run by hand from the published x*);
     * the source rounds it to −3.32237.
     */
    private static final double OPTIMUM = -3.3223680114155147;

    /** @param settings must be empty; Hartmann6 takes no settings */
    public Hartmann6(Map<String, Object> settings) {
        super(filled(6, 0.0), filled(6, 1.0));
        new Settings(settings, "objective.settings").allowOnly();
    }

    @Override
    protected double compute(double[] x) {
        double f = 0.0;
        for (int i = 0; i < 4; i++) {
            double inner = 0.0;
            for (int j = 0; j < 6; j++) {
                double dx = x[j] - 1e-4 * P[i][j];
                inner += A[i][j] * dx * dx; // Σ_j A_ij (x_j − P_ij)²
            }
            f -= ALPHA[i] * Math.exp(-inner); // f(x) = −Σ_i α_i exp(−Σ_j A_ij (x_j − P_ij)²)
        }
        return f;
    }

    @Override
    public double optimumValue() {
        return OPTIMUM;
    }

    /** The published minimizer, to the digits the source gives. */
    @Override
    public double[] optimumLocation() {
        return new double[] {0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573};
    }
}

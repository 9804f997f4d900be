package org.xhpo.objective.sdcmi;

/**
 * The seed's inversion problem (fi-random-search-sdcmi.md, appendix A): prior P_X = U(0,2)², model
 * M(x) = (1 − x1)² + 100(x2 − x1²)² (2-D Rosenbrock), target Q_Y = N(250, sd 10) — the seed's figure
 * shows a spread of tens, so 10 is read as the sd (docs/methods/sdcmi.md, 'The problem').
 *
 * <p>The reference answer is the data-consistent update (Butler, Jakeman, Wildey 2018, SIAM J. Sci.
 * Comput. 40(2), A984–A1011; docs/methods/sdcmi.md, 'The problem')
 * {@code q_X(x) = p_X(x)·q_Y(M(x))/p_Y(M(x))}, where the push-forward density p_Y is exact
 * here: for fixed x1 the equation M = y has the roots x2 = x1² ± √((y − (1−x1)²)/100), each
 * contributing {@code (1/4)/|∂M/∂x2| = 1/(80√(y − (1−x1)²))}, so
 * {@code p_Y(y) = ∫₀² Σ_{roots in [0,2]} 1/(80√(y − (1−x1)²)) dx1}, integrated by the midpoint rule.
 */
public final class RosenbrockInversion {
    /** Target mean. */
    public static final double TARGET_MEAN = 250.0;
    /** Target standard deviation. */
    public static final double TARGET_SD = 10.0;
    /** Lower bound of each input. */
    public static final double LOW = 0.0;
    /** Upper bound of each input. */
    public static final double HIGH = 2.0;

    private static final double Y_LO = TARGET_MEAN - 10 * TARGET_SD;
    private static final double Y_STEP = 0.25;
    private static final double[] PUSH_FORWARD = tabulatePushForward();

    private RosenbrockInversion() {
    }

    /** M(x1, x2). */
    public static double model(double x1, double x2) {
        double a = 1 - x1;
        double b = x2 - x1 * x1;
        return a * a + 100 * b * b;
    }

    /** log q_Y(y). */
    public static double logTarget(double y) {
        double u = (y - TARGET_MEAN) / TARGET_SD;
        return -0.5 * u * u - Math.log(TARGET_SD * Math.sqrt(2 * Math.PI));
    }

    /** True when x lies in the prior's support. */
    public static boolean inSupport(double x1, double x2) {
        return x1 >= LOW && x1 <= HIGH && x2 >= LOW && x2 <= HIGH;
    }

    /** The exact push-forward density p_Y(y), by 20,000-point midpoint quadrature over x1. */
    public static double pushForwardDensity(double y) {
        int n = 20_000;
        double dx = (HIGH - LOW) / n;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double x1 = LOW + (i + 0.5) * dx;
            double a = (1 - x1) * (1 - x1);
            if (y <= a) {
                continue;
            }
            double half = Math.sqrt((y - a) / 100);
            int roots = 0;
            double c = x1 * x1;
            if (c + half >= LOW && c + half <= HIGH) {
                roots++;
            }
            if (c - half >= LOW && c - half <= HIGH) {
                roots++;
            }
            s += roots / (80 * Math.sqrt(y - a));
        }
        return s * dx;
    }

    /**
     * The data-consistent updated density q_X at x (0 outside the support and where the target is
     * negligible, beyond 10 sd), using p_Y tabulated every 0.25 on the target's ±10 sd.
     */
    public static double updatedDensity(double x1, double x2) {
        if (!inSupport(x1, x2)) {
            return 0;
        }
        double y = model(x1, x2);
        double pos = (y - Y_LO) / Y_STEP;
        if (pos < 0 || pos >= PUSH_FORWARD.length - 1) {
            return 0;
        }
        int i = (int) pos;
        double py = PUSH_FORWARD[i] + (pos - i) * (PUSH_FORWARD[i + 1] - PUSH_FORWARD[i]);
        return 0.25 * Math.exp(logTarget(y)) / py;
    }

    private static double[] tabulatePushForward() {
        int n = (int) Math.round(20 * TARGET_SD / Y_STEP) + 1;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = pushForwardDensity(Y_LO + i * Y_STEP);
        }
        return t;
    }
}

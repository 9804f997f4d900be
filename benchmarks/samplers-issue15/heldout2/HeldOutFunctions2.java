package heldout2;
import java.util.Map;
import org.xhpo.objective.functions.TestFunction;

/**
 * A second held-out set (added 2026-12-07): functions no XHPO rule was ever measured on, chosen before any
 * run and not changed after, because the first set (../heldout/) has since been used in the 20-seed
 * adoption evaluations and is no longer held out. Families: 2-D with a huge range (Goldstein-Price),
 * 2-D rugged with the optimum on a bound (Eggholder), low-dimensional with narrow basins (Hartmann-3,
 * Shekel-10 in 4-D), an ill-conditioned quartic in 8-D (Powell) and a coupled quadratic with an interior
 * optimum in 6-D (Trid). Definitions and optima: Surjanovic & Bingham, Virtual Library of Simulation
 * Experiments (sfu.ca/~ssurjano). Labels "heldout2.HeldOutFunctions2$Name:d" (d is the fixed dimension,
 * or any d ≥ 4 divisible by 4 for Powell, any d ≥ 2 for Trid). Ported in benchmarks/optuna_reference.py.
 */
public class HeldOutFunctions2 {
  static int dim(Map<String, Object> s, int fallback) {
    Object d = s.get("dim");
    return d == null ? fallback : ((Number) d).intValue();
  }

  static int fixed(Map<String, Object> s, int d, String name) {
    if (dim(s, d) != d) {
      throw new IllegalArgumentException(name + " is " + d + "-dimensional, got dim " + s.get("dim"));
    }
    return d;
  }

  static double[] fill(int d, double v) {
    double[] a = new double[d];
    java.util.Arrays.fill(a, v);
    return a;
  }

  public static class GoldsteinPrice extends TestFunction {
    public GoldsteinPrice(Map<String, Object> s) { super(fill(fixed(s, 2, "GoldsteinPrice"), -2), fill(2, 2)); }
    protected double compute(double[] x) {
      double a = x[0] + x[1] + 1;
      double b = 19 - 14 * x[0] + 3 * x[0] * x[0] - 14 * x[1] + 6 * x[0] * x[1] + 3 * x[1] * x[1];
      double c = 2 * x[0] - 3 * x[1];
      double e = 18 - 32 * x[0] + 12 * x[0] * x[0] + 48 * x[1] - 36 * x[0] * x[1] + 27 * x[1] * x[1];
      return (1 + a * a * b) * (30 + c * c * e);
    }
    public double optimumValue() { return 3; }
    public double[] optimumLocation() { return new double[] {0, -1}; }
  }

  public static class Eggholder extends TestFunction {
    public Eggholder(Map<String, Object> s) { super(fill(fixed(s, 2, "Eggholder"), -512), fill(2, 512)); }
    protected double compute(double[] x) {
      return -(x[1] + 47) * Math.sin(Math.sqrt(Math.abs(x[1] + x[0] / 2 + 47)))
          - x[0] * Math.sin(Math.sqrt(Math.abs(x[0] - (x[1] + 47))));
    }
    public double optimumValue() { return -959.6407; }
    public double[] optimumLocation() { return new double[] {512, 404.2319}; }
  }

  public static class Hartmann3 extends TestFunction {
    static final double[] ALPHA = {1.0, 1.2, 3.0, 3.2};
    static final double[][] A = {{3, 10, 30}, {0.1, 10, 35}, {3, 10, 30}, {0.1, 10, 35}};
    static final double[][] P = {{0.3689, 0.1170, 0.2673}, {0.4699, 0.4387, 0.7470}, {0.1091, 0.8732, 0.5547},
        {0.0381, 0.5743, 0.8828}};
    public Hartmann3(Map<String, Object> s) { super(fill(fixed(s, 3, "Hartmann3"), 0), fill(3, 1)); }
    protected double compute(double[] x) {
      double f = 0;
      for (int i = 0; i < 4; i++) {
        double e = 0;
        for (int j = 0; j < 3; j++) e += A[i][j] * (x[j] - P[i][j]) * (x[j] - P[i][j]);
        f -= ALPHA[i] * Math.exp(-e);
      }
      return f;
    }
    public double optimumValue() { return -3.86278; }
    public double[] optimumLocation() { return new double[] {0.114614, 0.555649, 0.852547}; }
  }

  public static class Shekel extends TestFunction {
    static final double[] BETA = {0.1, 0.2, 0.2, 0.4, 0.4, 0.6, 0.3, 0.7, 0.5, 0.5};
    static final double[][] C = {{4, 1, 8, 6, 3, 2, 5, 8, 6, 7}, {4, 1, 8, 6, 7, 9, 3, 1, 2, 3.6},
        {4, 1, 8, 6, 3, 2, 5, 8, 6, 7}, {4, 1, 8, 6, 7, 9, 3, 1, 2, 3.6}};
    public Shekel(Map<String, Object> s) { super(fill(fixed(s, 4, "Shekel"), 0), fill(4, 10)); }
    protected double compute(double[] x) {
      double f = 0;
      for (int i = 0; i < 10; i++) {
        double q = BETA[i];
        for (int j = 0; j < 4; j++) q += (x[j] - C[j][i]) * (x[j] - C[j][i]);
        f -= 1 / q;
      }
      return f;
    }
    public double optimumValue() { return -10.5364; }
    public double[] optimumLocation() { return fill(4, 4); }
  }

  public static class Powell extends TestFunction {
    public Powell(Map<String, Object> s) { super(fill(powellDim(s), -4), fill(powellDim(s), 5)); }
    static int powellDim(Map<String, Object> s) {
      int d = dim(s, 8);
      if (d < 4 || d % 4 != 0) throw new IllegalArgumentException("Powell: dim must be a multiple of 4, got " + d);
      return d;
    }
    protected double compute(double[] x) {
      double f = 0;
      for (int i = 0; i < x.length / 4; i++) {
        double a = x[4 * i], b = x[4 * i + 1], c = x[4 * i + 2], e = x[4 * i + 3];
        double t1 = a + 10 * b, t2 = c - e, t3 = b - 2 * c, t4 = a - e;
        f += t1 * t1 + 5 * t2 * t2 + t3 * t3 * t3 * t3 + 10 * t4 * t4 * t4 * t4;
      }
      return f;
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return fill(dimension(), 0); }
  }

  public static class Trid extends TestFunction {
    public Trid(Map<String, Object> s) { super(fill(dim(s, 6), -dim(s, 6) * dim(s, 6)), fill(dim(s, 6), dim(s, 6) * dim(s, 6))); }
    protected double compute(double[] x) {
      double f = 0;
      for (int i = 0; i < x.length; i++) {
        f += (x[i] - 1) * (x[i] - 1);
        if (i > 0) f -= x[i] * x[i - 1];
      }
      return f;
    }
    public double optimumValue() { int d = dimension(); return -d * (d + 4) * (d - 1) / 6.0; }
    public double[] optimumLocation() {
      int d = dimension();
      double[] x = new double[d];
      for (int i = 0; i < d; i++) x[i] = (i + 1) * (d - i);
      return x;
    }
  }
}

package heldout4;
import java.util.Map;
import org.xhpo.objective.functions.TestFunction;

/**
 * A fourth held-out set (chosen 2026-12-07, seventh session, before any run and not changed after), to check a
 * rule for ending the GP stage of `auto` early that was designed on the third set (../heldout3/) and the
 * benchmark. Families: 2-D with sharp ridges and four optima (cross-in-tray), 2-D radially rippled with one
 * narrow optimum (drop-wave), 2-D oscillating (Lévy N.13), 2-D with 18 global optima among 760 local ones
 * (Shubert), 8-D smooth weighted bowl (sum squares), 8-D coupled bowl (rotated hyper-ellipsoid), 6-D
 * non-smooth (Schwefel 2.22), 6-D with varying exponents (Brown) and 6-D made of plateaus (step 2).
 * Definitions and optima: Surjanovic &amp; Bingham, Virtual Library of Simulation Experiments
 * (sfu.ca/~ssurjano) for the first six; Jamil &amp; Yang 2013, "A literature survey of benchmark functions
 * for global optimization problems" (functions 124, 25 and 139) for Schwefel 2.22, Brown and step 2.
 * Labels "heldout4.HeldOutFunctions4$Name:d".
 */
public class HeldOutFunctions4 {
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

  public static class CrossInTray extends TestFunction {
    public CrossInTray(Map<String, Object> s) { super(filled(fixed(s, 2, "CrossInTray"), -10), filled(2, 10)); }
    protected double compute(double[] x) {
      double r = Math.sqrt(x[0] * x[0] + x[1] * x[1]);
      double a = Math.abs(Math.sin(x[0]) * Math.sin(x[1]) * Math.exp(Math.abs(100 - r / Math.PI)));
      return -0.0001 * Math.pow(a + 1, 0.1);
    }
    public double optimumValue() { return -2.06261; }
    public double[] optimumLocation() { return new double[] {1.3491, 1.3491}; }
  }

  public static class DropWave extends TestFunction {
    public DropWave(Map<String, Object> s) { super(filled(fixed(s, 2, "DropWave"), -5.12), filled(2, 5.12)); }
    protected double compute(double[] x) {
      double r2 = x[0] * x[0] + x[1] * x[1];
      return -(1 + Math.cos(12 * Math.sqrt(r2))) / (0.5 * r2 + 2);
    }
    public double optimumValue() { return -1; }
    public double[] optimumLocation() { return filled(2, 0); }
  }

  public static class Levy13 extends TestFunction {
    public Levy13(Map<String, Object> s) { super(filled(fixed(s, 2, "Levy13"), -10), filled(2, 10)); }
    protected double compute(double[] x) {
      double a = x[0], b = x[1];
      double s1 = Math.sin(3 * Math.PI * a), s2 = Math.sin(3 * Math.PI * b), s3 = Math.sin(2 * Math.PI * b);
      return s1 * s1 + (a - 1) * (a - 1) * (1 + s2 * s2) + (b - 1) * (b - 1) * (1 + s3 * s3);
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return filled(2, 1); }
  }

  public static class Shubert extends TestFunction {
    public Shubert(Map<String, Object> s) { super(filled(fixed(s, 2, "Shubert"), -10), filled(2, 10)); }
    protected double compute(double[] x) {
      double p = 0, q = 0;
      for (int i = 1; i <= 5; i++) {
        p += i * Math.cos((i + 1) * x[0] + i);
        q += i * Math.cos((i + 1) * x[1] + i);
      }
      return p * q;
    }
    public double optimumValue() { return -186.7309; }
    public double[] optimumLocation() { return new double[] {-7.0835, 4.8580}; }
  }

  public static class SumSquares extends TestFunction {
    public SumSquares(Map<String, Object> s) { super(filled(dim(s, 8), -10), filled(dim(s, 8), 10)); }
    protected double compute(double[] x) {
      double f = 0;
      for (int i = 0; i < x.length; i++) f += (i + 1) * x[i] * x[i];
      return f;
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return filled(dimension(), 0); }
  }

  public static class RotatedHyperEllipsoid extends TestFunction {
    public RotatedHyperEllipsoid(Map<String, Object> s) { super(filled(dim(s, 8), -65.536), filled(dim(s, 8), 65.536)); }
    protected double compute(double[] x) {
      double f = 0, partial = 0;
      for (double v : x) {
        partial += v * v;
        f += partial;
      }
      return f;
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return filled(dimension(), 0); }
  }

  public static class Schwefel222 extends TestFunction {
    public Schwefel222(Map<String, Object> s) { super(filled(dim(s, 6), -100), filled(dim(s, 6), 100)); }
    protected double compute(double[] x) {
      double sum = 0, prod = 1;
      for (double v : x) {
        sum += Math.abs(v);
        prod *= Math.abs(v);
      }
      return sum + prod;
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return filled(dimension(), 0); }
  }

  public static class Brown extends TestFunction {
    public Brown(Map<String, Object> s) { super(filled(dim(s, 6), -1), filled(dim(s, 6), 4)); }
    protected double compute(double[] x) {
      double f = 0;
      for (int i = 0; i + 1 < x.length; i++) {
        double a = x[i] * x[i], b = x[i + 1] * x[i + 1];
        f += Math.pow(a, b + 1) + Math.pow(b, a + 1);
      }
      return f;
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return filled(dimension(), 0); }
  }

  public static class Step2 extends TestFunction {
    public Step2(Map<String, Object> s) { super(filled(dim(s, 6), -100), filled(dim(s, 6), 100)); }
    protected double compute(double[] x) {
      double f = 0;
      for (double v : x) {
        double k = Math.floor(v + 0.5);
        f += k * k;
      }
      return f;
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return filled(dimension(), 0); }
  }
}

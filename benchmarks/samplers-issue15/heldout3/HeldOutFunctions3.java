package heldout3;
import java.util.Map;
import org.xhpo.objective.functions.TestFunction;

/**
 * A third held-out set (added 2026-12-07, sixth session): functions no XHPO rule or setting was ever measured
 * on, chosen before any run and not changed after, because the second set (../heldout2/) has since been used
 * to weigh changes (the Zakharov tries, the adaptive fi-random mode's fans). Families: 2-D with a narrow
 * curved ridge (Bukin N.6), 2-D with six local minima (six-hump camel), 2-D rugged with four optima near the
 * corners (Hölder table), 4-D coupled polynomial (Colville), 6-D badly scaled polynomial (Perm 0, d, β = 10),
 * 8-D with exponents growing by coordinate (sum of different powers), 8-D non-smooth multimodal (Alpine N.1),
 * 6-D radially rippled (Salomon) and 6-D with 2^6 global minima far from the centre (Qing). Definitions and
 * optima: Surjanovic &amp; Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano) for the first
 * six; Jamil &amp; Yang 2013, "A literature survey of benchmark functions for global optimization problems"
 * (functions 6, 110 and 98) for Alpine N.1, Salomon and Qing. Labels "heldout3.HeldOutFunctions3$Name:d".
 * Ported in benchmarks/optuna_reference.py (HELDOUT3).
 */
public class HeldOutFunctions3 {
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

  public static class Bukin6 extends TestFunction {
    public Bukin6(Map<String, Object> s) { super(new double[] {-15, -3}, new double[] {-5, 3 + 0 * fixed(s, 2, "Bukin6")}); }
    protected double compute(double[] x) {
      return 100 * Math.sqrt(Math.abs(x[1] - 0.01 * x[0] * x[0])) + 0.01 * Math.abs(x[0] + 10);
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return new double[] {-10, 1}; }
  }

  public static class SixHumpCamel extends TestFunction {
    public SixHumpCamel(Map<String, Object> s) { super(new double[] {-3, -2}, new double[] {3, 2 + 0 * fixed(s, 2, "SixHumpCamel")}); }
    protected double compute(double[] x) {
      double a = x[0], b = x[1];
      return (4 - 2.1 * a * a + a * a * a * a / 3) * a * a + a * b + (-4 + 4 * b * b) * b * b;
    }
    public double optimumValue() { return -1.0316; }
    public double[] optimumLocation() { return new double[] {0.0898, -0.7126}; }
  }

  public static class HolderTable extends TestFunction {
    public HolderTable(Map<String, Object> s) { super(filled(fixed(s, 2, "HolderTable"), -10), filled(2, 10)); }
    protected double compute(double[] x) {
      return -Math.abs(Math.sin(x[0]) * Math.cos(x[1])
          * Math.exp(Math.abs(1 - Math.sqrt(x[0] * x[0] + x[1] * x[1]) / Math.PI)));
    }
    public double optimumValue() { return -19.2085; }
    public double[] optimumLocation() { return new double[] {8.05502, 9.66459}; }
  }

  public static class Colville extends TestFunction {
    public Colville(Map<String, Object> s) { super(filled(fixed(s, 4, "Colville"), -10), filled(4, 10)); }
    protected double compute(double[] x) {
      double a = x[0], b = x[1], c = x[2], d = x[3];
      return 100 * (a * a - b) * (a * a - b) + (a - 1) * (a - 1) + (c - 1) * (c - 1) + 90 * (c * c - d) * (c * c - d)
          + 10.1 * ((b - 1) * (b - 1) + (d - 1) * (d - 1)) + 19.8 * (b - 1) * (d - 1);
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return filled(4, 1); }
  }

  /** Perm function 0, d, β with β = 10 on [−d, d]^d; minimum 0 at x_j = 1/j. */
  public static class Perm extends TestFunction {
    public Perm(Map<String, Object> s) { super(filled(dim(s, 6), -dim(s, 6)), filled(dim(s, 6), dim(s, 6))); }
    protected double compute(double[] x) {
      int d = x.length;
      double f = 0;
      for (int i = 1; i <= d; i++) {
        double inner = 0;
        for (int j = 1; j <= d; j++) inner += (j + 10.0) * (Math.pow(x[j - 1], i) - Math.pow(1.0 / j, i));
        f += inner * inner;
      }
      return f;
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() {
      double[] x = new double[dimension()];
      for (int j = 0; j < x.length; j++) x[j] = 1.0 / (j + 1);
      return x;
    }
  }

  public static class SumDiffPowers extends TestFunction {
    public SumDiffPowers(Map<String, Object> s) { super(filled(dim(s, 8), -1), filled(dim(s, 8), 1)); }
    protected double compute(double[] x) {
      double f = 0;
      for (int i = 0; i < x.length; i++) f += Math.pow(Math.abs(x[i]), i + 2);
      return f;
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return filled(dimension(), 0); }
  }

  public static class Alpine1 extends TestFunction {
    public Alpine1(Map<String, Object> s) { super(filled(dim(s, 8), -10), filled(dim(s, 8), 10)); }
    protected double compute(double[] x) {
      double f = 0;
      for (double v : x) f += Math.abs(v * Math.sin(v) + 0.1 * v);
      return f;
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return filled(dimension(), 0); }
  }

  public static class Salomon extends TestFunction {
    public Salomon(Map<String, Object> s) { super(filled(dim(s, 6), -100), filled(dim(s, 6), 100)); }
    protected double compute(double[] x) {
      double r = 0;
      for (double v : x) r += v * v;
      r = Math.sqrt(r);
      return 1 - Math.cos(2 * Math.PI * r) + 0.1 * r;
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return filled(dimension(), 0); }
  }

  public static class Qing extends TestFunction {
    public Qing(Map<String, Object> s) { super(filled(dim(s, 6), -500), filled(dim(s, 6), 500)); }
    protected double compute(double[] x) {
      double f = 0;
      for (int i = 0; i < x.length; i++) f += (x[i] * x[i] - (i + 1)) * (x[i] * x[i] - (i + 1));
      return f;
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() {
      double[] x = new double[dimension()];
      for (int i = 0; i < x.length; i++) x[i] = Math.sqrt(i + 1);
      return x;
    }
  }
}

package heldout;
import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.objective.functions.TestFunction;

/**
 * Functions outside the sampler benchmark (never used to choose anything), to check a sampler rule on
 * families it was not measured on: separable (Schwefel, Michalewicz), nearly separable (Griewank),
 * chained (Dixon-Price), non-separable (Zakharov, a rotated ellipsoid, a rotated Styblinski-Tang).
 * Definitions: Surjanovic & Bingham, Virtual Library of Simulation Experiments (sfu.ca/~ssurjano);
 * the rotations are a fixed seeded orthogonal matrix (Gram-Schmidt of a Gaussian matrix, seed 7).
 * Dimension from settings "dim" (default 6). Used with ../SettingsRun.java, label
 * "heldout.HeldOutFunctions$Name:d".
 */
public class HeldOutFunctions {
  static int dim(Map<String, Object> s) {
    Object d = s.get("dim");
    return d == null ? 6 : ((Number) d).intValue();
  }

  static double[] fill(int d, double v) {
    double[] a = new double[d];
    java.util.Arrays.fill(a, v);
    return a;
  }

  static double[][] rotation(int d) {
    SplittableRandom r = new SplittableRandom(7);
    double[][] q = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        q[i][j] = r.nextDouble() * 2 - 1;
      }
      for (int k = 0; k < i; k++) {
        double dot = 0;
        for (int j = 0; j < d; j++) dot += q[i][j] * q[k][j];
        for (int j = 0; j < d; j++) q[i][j] -= dot * q[k][j];
      }
      double n = 0;
      for (int j = 0; j < d; j++) n += q[i][j] * q[i][j];
      n = Math.sqrt(n);
      for (int j = 0; j < d; j++) q[i][j] /= n;
    }
    return q;
  }

  static double[] rotate(double[][] q, double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) for (int j = 0; j < x.length; j++) y[i] += q[i][j] * x[j];
    return y;
  }

  public static class Schwefel extends TestFunction {
    public Schwefel(Map<String, Object> s) { super(fill(dim(s), -500), fill(dim(s), 500)); }
    protected double compute(double[] x) {
      double f = 418.9829 * x.length;
      for (double v : x) f -= v * Math.sin(Math.sqrt(Math.abs(v)));
      return f;
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return fill(dimension(), 420.9687); }
  }

  public static class Michalewicz extends TestFunction {
    public Michalewicz(Map<String, Object> s) { super(fill(dim(s), 0), fill(dim(s), Math.PI)); }
    protected double compute(double[] x) {
      double f = 0;
      for (int i = 0; i < x.length; i++) f -= Math.sin(x[i]) * Math.pow(Math.sin((i + 1) * x[i] * x[i] / Math.PI), 20);
      return f;
    }
    public double optimumValue() { return Double.NaN; }
    public double[] optimumLocation() { return fill(dimension(), Double.NaN); }
  }

  public static class Griewank extends TestFunction {
    public Griewank(Map<String, Object> s) { super(fill(dim(s), -600), fill(dim(s), 600)); }
    protected double compute(double[] x) {
      double sum = 0, prod = 1;
      for (int i = 0; i < x.length; i++) { sum += x[i] * x[i] / 4000; prod *= Math.cos(x[i] / Math.sqrt(i + 1)); }
      return sum - prod + 1;
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return fill(dimension(), 0); }
  }

  public static class DixonPrice extends TestFunction {
    public DixonPrice(Map<String, Object> s) { super(fill(dim(s), -10), fill(dim(s), 10)); }
    protected double compute(double[] x) {
      double f = (x[0] - 1) * (x[0] - 1);
      for (int i = 1; i < x.length; i++) { double t = 2 * x[i] * x[i] - x[i - 1]; f += (i + 1) * t * t; }
      return f;
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return fill(dimension(), Double.NaN); }
  }

  public static class Zakharov extends TestFunction {
    public Zakharov(Map<String, Object> s) { super(fill(dim(s), -5), fill(dim(s), 10)); }
    protected double compute(double[] x) {
      double a = 0, b = 0;
      for (int i = 0; i < x.length; i++) { a += x[i] * x[i]; b += 0.5 * (i + 1) * x[i]; }
      return a + b * b + b * b * b * b;
    }
    public double optimumValue() { return 0; }
    public double[] optimumLocation() { return fill(dimension(), 0); }
  }

  /** f(Qx) for a fixed seeded rotation Q on [-5, 5]^d: the structure of f without its separability. */
  public abstract static class Rotated extends TestFunction {
    private final double[][] q;
    Rotated(Map<String, Object> s) { super(fill(dim(s), -5), fill(dim(s), 5)); q = rotation(dim(s)); }
    protected abstract double unrotated(double[] y);
    protected double compute(double[] x) { return unrotated(rotate(q, x)); }
    public double[] optimumLocation() { return fill(dimension(), Double.NaN); }
  }

  public static class RotatedEllipsoid extends Rotated {
    public RotatedEllipsoid(Map<String, Object> s) { super(s); }
    protected double unrotated(double[] y) {
      double f = 0;
      for (int i = 0; i < y.length; i++) f += Math.pow(1e3, i / (double) (y.length - 1)) * y[i] * y[i];
      return f;
    }
    public double optimumValue() { return 0; }
  }

  public static class RotatedStyblinskiTang extends Rotated {
    public RotatedStyblinskiTang(Map<String, Object> s) { super(s); }
    protected double unrotated(double[] y) {
      double f = 0;
      for (double v : y) { double v2 = v * v; f += 0.5 * (v2 * v2 - 16 * v2 + 5 * v); }
      return f;
    }
    public double optimumValue() { return Double.NaN; }
  }
}

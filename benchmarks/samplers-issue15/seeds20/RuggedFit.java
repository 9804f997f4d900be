package org.xhpo.sampler.gp;
import java.util.SplittableRandom;

/**
 * The GP's hyperparameter fit on a rugged function: Rastrigin-DIMS from N random points (five data
 * seeds), standardized; prints the fitted −log posterior, the mean lengthscale and the posterior mean's
 * error on 300 new points (a fraction of the variance). Args: dims n form (ARD, ADDITIVE, SUM).
 * In GaussianProcess's package (the fit is package-private): javac -cp hpo-lib/target/classes -d /tmp/rf
 * RuggedFit.java; java -cp /tmp/rf:hpo-lib/target/classes:DEPS org.xhpo.sampler.gp.RuggedFit 4 150 ADDITIVE.
 * RESULTS §2b, "A second fixed start".
 */
public class RuggedFit {
  public static void main(String[] a) {
    int dims = Integer.parseInt(a[0]), n = Integer.parseInt(a[1]);
    KernelForm form = KernelForm.valueOf(a[2]);
    for (long seed = 0; seed < 5; seed++) {
      SplittableRandom rng = new SplittableRandom(seed);
      double[][] x = new double[n][dims]; double[] y = new double[n];
      double[][] xt = new double[300][dims]; double[] yt = new double[300];
      for (int i = 0; i < n; i++) { for (int d = 0; d < dims; d++) x[i][d] = rng.nextDouble(); y[i] = f(x[i]); }
      for (int i = 0; i < 300; i++) { for (int d = 0; d < dims; d++) xt[i][d] = rng.nextDouble(); yt[i] = f(xt[i]); }
      double m = java.util.Arrays.stream(y).average().getAsDouble();
      double sd = Math.sqrt(java.util.Arrays.stream(y).map(v -> (v - m) * (v - m)).sum() / (n - 1));
      for (int i = 0; i < n; i++) y[i] = (y[i] - m) / sd;
      for (int i = 0; i < 300; i++) yt[i] = (yt[i] - m) / sd;
      GaussianProcess.Hyper h = GaussianProcess.fit(form, x, y, null, 2, 100, new SplittableRandom(1));
      GaussianProcess gp = new GaussianProcess(x, y, h);
      double mse = 0; for (int i = 0; i < 300; i++) { double e = gp.predict(xt[i])[0] - yt[i]; mse += e * e / 300; }
      double ml = 0; for (double l : h.logLengthscale()) ml += Math.exp(l) / dims;
      System.out.printf("seed %d nlp %.2f meanL %.3f mse %.3f%n", seed, GaussianProcess.negativeLogPosterior(x, y, h), ml, mse);
    }
  }
  // the project's Rastrigin on the source's box [-5.12, 5.12]^d, from the unit cube
  static double f(double[] u) {
    double[] z = new double[u.length];
    for (int d = 0; d < u.length; d++) z[d] = -5.12 + 10.24 * u[d];
    return new org.xhpo.objective.functions.Rastrigin(java.util.Map.of("dim", u.length)).value(z);
  }
}

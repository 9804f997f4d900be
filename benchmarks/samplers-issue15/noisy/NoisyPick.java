package org.xhpo.sampler.gp;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import noisy.NoisyLoop;

/**
 * Which evaluated trial to hand the user when the loss is noisy (RESULTS.md §2b, "`auto` on noisy losses"):
 * NoisyLoop's runs (the same as NoisyRun's), then two picks among the evaluated trials — the
 * best observed value, and the lowest posterior mean of an ARD Matérn-5/2 GP fitted (with its noise variance)
 * to all the standardized observed losses — and a third that takes the GP's pick only when the GP's 5-fold
 * cross-validated R² on the observed losses is at least 0.8, else the best observed; and a fourth by a GP
 * fitted only on the best quarter of the trials (localPick); a fifth by the first GP among the 5 best
 * observed trials only (topPick); the true value of each. In GpSampler's package (the GP's
 * package-private fit). Args: sampler function:sd[,...] seeds(a-b) budget batch.
 */
public class NoisyPick {
  public static void main(String[] a) throws Exception {
    String[] range = a[2].split("-");
    int budget = Integer.parseInt(a[3]);
    int batch = Integer.parseInt(a[4]);
    System.out.println("function,sd,seed,sampler,batch,trials,true_of_best_observed,true_of_best_posterior_mean,true_of_gated,true_of_local,best_true,true_of_top5_posterior_mean");
    for (long seed = Long.parseLong(range[0]); seed <= Long.parseLong(range[1]); seed++) {
      for (String fs : a[1].split(",")) {
        int at = fs.lastIndexOf(':');
        String fn = fs.substring(0, at);
        double sd = Double.parseDouble(fs.substring(at + 1));
        double[] r = run(a[0], fn, sd, seed, budget, batch);
        System.out.printf("%s,%s,%d,%s,%d,%d,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g%n", fn, sd, seed, a[0], batch, budget, r[0], r[1], r[2], r[3], r[4], r[5]);
        System.out.flush();
      }
    }
  }

  /** The hold-out R² above which the GP's pick is used (chosen before the run: "explains most of the variance"). */
  static final double TRUST_R2 = 0.8;

  /** 5-fold cross-validated R² of the GP's posterior mean (folds by index mod 5), each fold refitted. */
  static double crossValidatedR2(double[][] x, double[] y, long seed) {
    double ss = 0;
    double res = 0;
    for (int fold = 0; fold < 5; fold++) {
      List<double[]> tx = new java.util.ArrayList<>();
      List<Double> ty = new java.util.ArrayList<>();
      for (int i = 0; i < y.length; i++) {
        if (i % 5 != fold) {
          tx.add(x[i]);
          ty.add(y[i]);
        }
      }
      double[][] fx = tx.toArray(new double[0][]);
      double[] fy = ty.stream().mapToDouble(Double::doubleValue).toArray();
      GaussianProcess gp = new GaussianProcess(fx, fy, GaussianProcess.fit(fx, fy, null, 2, 100, new SplittableRandom(seed + fold)));
      for (int i = fold; i < y.length; i += 5) {
        double e = y[i] - gp.predict(x[i])[0];
        res += e * e;
        ss += y[i] * y[i];
      }
    }
    return 1 - res / ss;
  }

  /**
   * The lowest posterior mean of a GP fitted only on the best quarter of the trials by observed value (at
   * least 8), among those trials: the model judges only the region where the pick is made.
   */
  static int localPick(double[][] x, double[] y, long seed) {
    Integer[] order = byObservedValue(y);
    int k = Math.min(y.length, Math.max(8, y.length / 4));
    double[][] lx = new double[k][];
    double[] ly = new double[k];
    double mean = 0;
    for (int i = 0; i < k; i++) {
      mean += y[order[i]] / k;
    }
    double var = 0;
    for (int i = 0; i < k; i++) {
      var += (y[order[i]] - mean) * (y[order[i]] - mean) / Math.max(1, k - 1);
    }
    double sd = var > 0 ? Math.sqrt(var) : 1;
    for (int i = 0; i < k; i++) {
      lx[i] = x[order[i]];
      ly[i] = (y[order[i]] - mean) / sd;
    }
    GaussianProcess gp = new GaussianProcess(lx, ly, GaussianProcess.fit(lx, ly, null, 2, 100, new SplittableRandom(seed + 11)));
    int best = 0;
    double bestMean = Double.POSITIVE_INFINITY;
    for (int i = 0; i < k; i++) {
      double mu = gp.predict(lx[i])[0];
      if (mu < bestMean) {
        bestMean = mu;
        best = order[i];
      }
    }
    return best;
  }

  /** Trial indices from the lowest observed (standardized) loss up. */
  static Integer[] byObservedValue(double[] y) {
    Integer[] order = new Integer[y.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (p, q) -> Double.compare(y[p], y[q]));
    return order;
  }

  /** How many of the best observed trials {@link #topPick} chooses among (fixed before the run: 5% of 100). */
  static final int TOP_K = 5;

  /**
   * The lowest posterior mean of the GP fitted to all the trials, among the k best trials by observed value
   * only: the model may re-rank the observed leaders (the best observed value is biased low by the noise)
   * but cannot hand over a trial it smooths into the lead from further back.
   */
  static int topPick(GaussianProcess gp, double[][] x, double[] y, int k) {
    Integer[] order = byObservedValue(y);
    int best = order[0];
    double bestMean = Double.POSITIVE_INFINITY;
    for (int i = 0; i < Math.min(k, order.length); i++) {
      double mu = gp.predict(x[order[i]])[0];
      if (mu < bestMean) {
        bestMean = mu;
        best = order[i];
      }
    }
    return best;
  }

  static double[] run(String sampler, String fn, double sd, long seed, int budget, int batch) throws Exception {
    List<NoisyLoop.Evaluated> trials = NoisyLoop.run(sampler, Map.of(), fn, sd, seed, budget, batch);
    GpEncoder encoder = new GpEncoder(NoisyLoop.space(fn));
    int m = trials.size();
    double mean = trials.stream().mapToDouble(NoisyLoop.Evaluated::observed).average().orElse(0);
    double var = trials.stream().mapToDouble(t -> (t.observed() - mean) * (t.observed() - mean)).sum() / Math.max(1, m - 1);
    double[] y = new double[m];
    double[][] x = new double[m][];
    for (int i = 0; i < m; i++) {
      y[i] = (trials.get(i).observed() - mean) / Math.sqrt(var);
      x[i] = encoder.encode(trials.get(i).config());
    }
    GaussianProcess gp = new GaussianProcess(x, y, GaussianProcess.fit(x, y, null, 2, 100, new SplittableRandom(seed)));
    int byObserved = 0;
    int byMean = 0;
    double bestMean = Double.POSITIVE_INFINITY;
    double bestTrue = Double.POSITIVE_INFINITY;
    for (int i = 0; i < m; i++) {
      if (trials.get(i).observed() < trials.get(byObserved).observed()) {
        byObserved = i;
      }
      double mu = gp.predict(x[i])[0];
      if (mu < bestMean) {
        bestMean = mu;
        byMean = i;
      }
      bestTrue = Math.min(bestTrue, trials.get(i).truth());
    }
    int gated = crossValidatedR2(x, y, seed) >= TRUST_R2 ? byMean : byObserved;
    int top = topPick(gp, x, y, TOP_K);
    int local = localPick(x, y, seed);
    return new double[] {trials.get(byObserved).truth(), trials.get(byMean).truth(), trials.get(gated).truth(),
        trials.get(local).truth(), bestTrue, trials.get(top).truth()};
  }
}

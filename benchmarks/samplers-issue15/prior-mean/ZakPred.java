package org.xhpo.sampler.gp;

import java.util.*;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.sampler.bench.SamplerRun;
import org.xhpo.study.Direction;
import org.xhpo.space.*;
import org.xhpo.study.*;

/**
 * What the GP believes where it proposes (RESULTS.md §2b, "The GP stage's prior mean", the 2026-12-07
 * addendum): per seed, n0 random trials, then two GP rounds of 32 with the large round's settings (warping
 * and kernel chosen, fitted on every point, prior mean as given, default max). For each round: the chosen
 * warping and kernel, the fitted signal sd and lengthscales (unit cube), the best modelled loss, and for the
 * round's first six proposals the GP's posterior mean and sd there (modelled units, before the batch's
 * fantasies), the true value and the unit coordinates. In GpSampler's package (package-private hooks).
 * Args: function seeds n0 [prior_mean].
 */
public class ZakPred {
  public static void main(String[] a) throws Exception {
    Objective f = ObjectiveRegistry.create(SamplerRun.spec(a[0]));
    SearchSpace sp = f.defaultSpace().orElseThrow();
    int n0 = Integer.parseInt(a[2]);
    String priorMean = a.length > 3 ? a[3] : "max";
    GpEncoder enc = new GpEncoder(sp);
    for (long seed = 0; seed < Integer.parseInt(a[1]); seed++) {
      List<TrialResult> told = new ArrayList<>();
      List<double[]> x = new ArrayList<>();
      SplittableRandom rng = new SplittableRandom(seed);
      for (Configuration c : new org.xhpo.sampler.RandomSampler(sp).ask(n0, rng)) {
        add(told, x, enc, c, ZakDiag.eval(f, c));
      }
      for (int round = 2; round <= 3; round++) {
        GpSampler s = new GpSampler(sp, Direction.MINIMIZE,
            Map.of("output_warping", "auto", "kernel", "auto", "prior_mean", priorMean));
        s.tell(told);
        List<Configuration> prop = s.ask(32, new SplittableRandom(seed + 100 * round), 300, 300);
        double[] y = s.lastModelledLosses();
        GaussianProcess.Hyper h = s.lastFit().orElseThrow();
        GaussianProcess gp = new GaussianProcess(x.toArray(new double[0][]), y, h);
        System.out.printf("seed %d round %d: %s/%s, signal sd %.2f, lengthscales %s, best modelled loss %.2f%n", seed, round,
            s.lastWarping(), s.lastKernel().orElseThrow(), Math.exp(h.logSignal()),
            fmt(Arrays.stream(h.logLengthscale()).map(Math::exp).toArray()), Arrays.stream(y).min().orElseThrow());
        int k = 0;
        for (Configuration c : prop) {
          double v = ZakDiag.eval(f, c);
          if (k++ < 6) {
            double[] p = gp.predict(enc.encode(c));
            System.out.printf("   posterior mean %.2f sd %.2f, true value %.1f, at %s%n", p[0], Math.sqrt(p[1]), v, fmt(sp.toUnit(c)));
          }
          add(told, x, enc, c, v);
        }
      }
    }
  }

  static void add(List<TrialResult> told, List<double[]> x, GpEncoder enc, Configuration c, double v) {
    told.add(new TrialResult(new Trial(told.size(), 0, 0, c), TrialStatus.OK, v, Map.of(), null,
        java.time.Instant.EPOCH, java.time.Instant.EPOCH, "bench"));
    x.add(enc.encode(c));
  }

  static String fmt(double[] v) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < v.length; i++) b.append(i > 0 ? ", " : "").append(String.format("%.2f", v[i]));
    return b.append(']').toString();
  }
}

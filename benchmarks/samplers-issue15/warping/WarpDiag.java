package org.xhpo.sampler.gp;

import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.sampler.bench.SamplerRun;
import org.xhpo.study.Direction;

/**
 * One round of GP-BO fitted under each output warping after a run to {@code trials} trials with
 * {@code warping}: kernel form, signal, noise and lengthscales. In GpSampler's package (lastFit is
 * package-private). Args: function seed trials warping. Output: warp-hyper.txt; RESULTS §2b, "The GP
 * stage's output warping chosen per round".
 */
public class WarpDiag {
  public static void main(String[] a) {
    Objective f = ObjectiveRegistry.create(SamplerRun.spec(a[0]));
    String warp = a[3];
    GpSampler s = new GpSampler(f.defaultSpace().orElseThrow(), Direction.MINIMIZE,
        Map.of("output_warping", warp, "kernel", "auto"));
    java.util.List<org.xhpo.study.TrialResult> told = new java.util.ArrayList<>();
    org.xhpo.sampler.Sampler rec = new org.xhpo.sampler.Sampler() {
      public java.util.List<org.xhpo.space.Configuration> ask(int n, SplittableRandom rng) { return s.ask(n, rng); }
      public void tell(java.util.List<org.xhpo.study.TrialResult> fin) { told.addAll(fin); s.tell(fin); }
    };
    SamplerRun.Outcome o = SamplerRun.run(rec, f, Long.parseLong(a[1]), Integer.parseInt(a[2]), 8);
    System.out.printf("%s trials %s best %.4g%n", warp, a[2], o.bestSoFar()[Integer.parseInt(a[2]) - 1]);
    for (String w : new String[] {"power", "none"}) {
      GpSampler t = new GpSampler(f.defaultSpace().orElseThrow(), Direction.MINIMIZE,
          Map.of("output_warping", w, "kernel", "auto"));
      t.tell(told);
      t.ask(8, new SplittableRandom(3));
      GaussianProcess.Hyper h = t.lastFit().orElseThrow();
      StringBuilder l = new StringBuilder();
      for (double v : h.logLengthscale()) l.append(String.format(" %.3f", Math.exp(v)));
      System.out.printf("  fit with %s: form %s signal %.3f noise %.2e l%s%n", w, h.form(), Math.exp(h.logSignal()),
          Math.exp(h.logNoise()), l);
    }
  }
}

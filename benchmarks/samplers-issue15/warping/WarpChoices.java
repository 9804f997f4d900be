package org.xhpo.sampler.gp;

import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.sampler.bench.SamplerRun;
import org.xhpo.study.Direction;

/** The warping output_warping: auto keeps in each round of a GP-BO run (kernel auto, batch 8). */
public class WarpChoices {
  public static void main(String[] a) {
    Objective f = ObjectiveRegistry.create(SamplerRun.spec(a[0]));
    GpSampler s = new GpSampler(f.defaultSpace().orElseThrow(), Direction.MINIMIZE,
        Map.of("output_warping", "auto", "kernel", "auto"));
    StringBuilder sb = new StringBuilder();
    int[] told = {0};
    org.xhpo.sampler.Sampler rec = new org.xhpo.sampler.Sampler() {
      public java.util.List<org.xhpo.space.Configuration> ask(int n, SplittableRandom rng) {
        var out = s.ask(n, rng);
        String w = s.lastWarping();
        sb.append(told[0]).append(':').append(s.lastFit().isPresent() ? (w.equals("power") ? "P" : "n") : "-").append(' ');
        return out;
      }
      public void tell(java.util.List<org.xhpo.study.TrialResult> fin) { told[0] += fin.size(); s.tell(fin); }
    };
    SamplerRun.Outcome o = SamplerRun.run(rec, f, Long.parseLong(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3]));
    System.out.println(a[0] + " seed " + a[1] + " best " + o.bestSoFar()[Integer.parseInt(a[2]) - 1] + "\n  " + sb);
  }
}

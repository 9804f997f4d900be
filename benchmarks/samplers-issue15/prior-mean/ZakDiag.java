package org.xhpo.sampler.gp;

import java.util.*;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.sampler.bench.SamplerRun;
import org.xhpo.study.Direction;
import org.xhpo.space.*;
import org.xhpo.study.*;

/**
 * One GP round traced by hand (RESULTS.md §2b, "The GP stage's prior mean"): per seed, n0 random trials of
 * the function, then the best of 32 more random draws beside the best of one GP round of 32 (auto's GP-stage
 * settings of a large round: warping and kernel chosen, fitted on every point) under each prior mean, the best
 * of its first 8 points, and the share of its points' coordinates on a bound. In GpSampler's package
 * (lastWarping is package-private). Args: function seeds n0.
 */
public class ZakDiag {
  public static void main(String[] a) throws Exception {
    Objective f = ObjectiveRegistry.create(SamplerRun.spec(a[0]));
    SearchSpace sp = f.defaultSpace().orElseThrow();
    int n0 = Integer.parseInt(a[2]);
    for (long seed = 0; seed < Integer.parseInt(a[1]); seed++) {
      List<TrialResult> told = new ArrayList<>();
      SplittableRandom rng = new SplittableRandom(seed);
      double bestRand = 1e300;
      // random startup n0 then random 32 comparison
      org.xhpo.sampler.RandomSampler rs = new org.xhpo.sampler.RandomSampler(sp);
      List<Configuration> cs = rs.ask(n0, rng);
      long id = 0;
      for (Configuration c : cs) {
        double v = eval(f, c);
        told.add(new TrialResult(new Trial(id++, 0, 0, c), TrialStatus.OK, v, Map.of(), null, java.time.Instant.EPOCH, java.time.Instant.EPOCH, "bench"));
      }
      List<Configuration> rc = rs.ask(32, rng);
      for (Configuration c : rc) bestRand = Math.min(bestRand, eval(f, c));
      double bestStart = told.stream().mapToDouble(TrialResult::value).min().getAsDouble();
      StringBuilder line = new StringBuilder(String.format("seed %d start %.1f random32 %.1f", seed, bestStart, bestRand));
      for (String pm : new String[] {"mean", "max"}) {
        GpSampler s = new GpSampler(sp, Direction.MINIMIZE, Map.of("output_warping", "auto", "kernel", "auto", "prior_mean", pm));
        s.tell(told);
        List<Configuration> prop = s.ask(32, new SplittableRandom(seed + 100), 300, 300);
        double b = 1e300, first8 = 1e300; int onB = 0, coords = 0; int k = 0;
        for (Configuration c : prop) {
          double v = eval(f, c);
          b = Math.min(b, v); if (k++ < 8) first8 = Math.min(first8, v);
          for (double u : sp.toUnit(c)) { coords++; if (u < 1e-6 || u > 1 - 1e-6) onB++; }
        }
        line.append(String.format(" | %s %s/%s best32 %.1f first8 %.1f onbound %.0f%%", pm, s.lastWarping(), s.lastKernel().orElse("?"), b, first8, 100.0 * onB / coords));
      }
      System.out.println(line);
    }
  }
  static double eval(Objective f, Configuration c) throws Exception {
    return f.evaluate(c, org.xhpo.objective.TrialContext.of(0, 0)).value();
  }
}

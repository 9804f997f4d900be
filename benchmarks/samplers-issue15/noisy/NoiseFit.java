package org.xhpo.sampler.gp;

import java.util.*;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.objective.TrialContext;
import org.xhpo.sampler.bench.SamplerRun;
import org.xhpo.study.*;
import org.xhpo.space.*;

/**
 * One GP round after n0 random trials of a function (RESULTS.md §2b, "`auto` on noisy losses"), with the
 * losses exact and with Gaussian noise of sd 0.005 and 0.5: the chosen warping and kernel, the fitted signal,
 * noise and lengthscales, and the true values of the round's 8 proposals. In GpSampler's package (its
 * package-private fit). Args: function seeds n0.
 */
public class NoiseFit {
  public static void main(String[] a) throws Exception {
    Objective f = ObjectiveRegistry.create(SamplerRun.spec(a[0]));
    SearchSpace sp = f.defaultSpace().orElseThrow();
    int n0 = Integer.parseInt(a[2]);
    for (long seed = 0; seed < Integer.parseInt(a[1]); seed++) {
      for (double sd : new double[] {0, 0.005, 0.5}) {
        List<TrialResult> told = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(seed);
        long id = 0;
        for (Configuration c : new org.xhpo.sampler.RandomSampler(sp).ask(n0, rng)) {
          double v = f.evaluate(c, TrialContext.of(id, id)).value() + sd * new SplittableRandom(1000 * seed + id).nextGaussian();
          told.add(new TrialResult(new Trial(id, 0, 0, c), TrialStatus.OK, v, Map.of(), null, java.time.Instant.EPOCH, java.time.Instant.EPOCH, "d"));
          id++;
        }
        GpSampler s = new GpSampler(sp, Direction.MINIMIZE, Map.of("output_warping", "auto", "kernel", "auto", "prior_mean", "max"));
        s.tell(told);
        List<Configuration> prop = s.ask(8, new SplittableRandom(seed + 77));
        GaussianProcess.Hyper h = s.lastFit().orElseThrow();
        double[] l = Arrays.stream(h.logLengthscale()).map(Math::exp).toArray();
        StringBuilder tv = new StringBuilder();
        double bestTold = told.stream().mapToDouble(TrialResult::value).min().orElse(0);
        for (Configuration c : prop) tv.append(String.format(" %.1f", f.evaluate(c, TrialContext.of(0, 0)).value()));
        System.out.printf("seed %d sd %.3f: %s/%s signal %.2f noise %.2g ls %s | best told %.1f | proposals%s%n", seed, sd,
            s.lastWarping(), s.lastKernel().orElse("?"), Math.exp(h.logSignal()), Math.exp(h.logNoise()),
            Arrays.toString(Arrays.stream(l).map(x -> Math.round(x * 100) / 100.0).toArray()), bestTold, tv);
      }
    }
  }
}

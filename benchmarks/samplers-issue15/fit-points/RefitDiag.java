package org.xhpo.sampler.gp;

import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.sampler.bench.SamplerRun;
import org.xhpo.study.Direction;

/**
 * The GP stage's fitted hyperparameters without and with the refit (gp_refit_points 300), after a run
 * of auto's GP stage (batch 8) to {@code trials} trials: both fits see the same told trials and the same
 * round rng. In GpSampler's package (lastFit is package-private): javac -cp hpo-lib/target/classes:DEPS
 * -d /tmp/diag RefitDiag.java (with ../SettingsRun.java's heldout/ classes on the path for held-out
 * functions); java -cp /tmp/diag:...:DEPS org.xhpo.sampler.gp.RefitDiag 'heldout.HeldOutFunctions$Schwefel:6' 2 304.
 * Args: function seed trials. Output: refit-hyper.txt; RESULTS §2b, "A refit of the chosen form in rounds of 8".
 */
public class RefitDiag {
  public static void main(String[] a) {
    Objective f = ObjectiveRegistry.create(SamplerRun.spec(a[0]));
    GpSampler s = new GpSampler(f.defaultSpace().orElseThrow(), Direction.MINIMIZE,
        Map.of("output_warping", "power", "kernel", "auto"));
    SamplerRun.run(s, f, Long.parseLong(a[1]), Integer.parseInt(a[2]), 8);
    for (int refit : new int[] {128, 300}) {
      s.ask(8, new SplittableRandom(3), 128, refit);
      GaussianProcess.Hyper h = s.lastFit().orElseThrow();
      StringBuilder l = new StringBuilder();
      for (double v : h.logLengthscale()) l.append(String.format(" %.3f", Math.exp(v)));
      System.out.printf("refit %d form %s signal %.3f noise %.2e l%s%n", refit, h.form(), Math.exp(h.logSignal()),
          Math.exp(h.logNoise()), l);
    }
  }
}

package noisy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.objective.TrialContext;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerFactory;
import org.xhpo.sampler.bench.SamplerRun;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Seeds;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * A sampler on a benchmark function with Gaussian noise added to every evaluation, for NoisyRun and NoisyPick
 * (RESULTS.md §2b, "`auto` on noisy losses"): SamplerRun.run's loop (the driver's per-round and per-trial
 * seeds) where the sampler is told f(x) + sd·N(0, 1), the noise drawn from the trial's seed.
 */
public final class NoisyLoop {
  /** One evaluated trial: its configuration, the value the sampler saw and the true value. */
  public record Evaluated(Configuration config, double observed, double truth) {}

  private NoisyLoop() {}

  /** The space of the function a benchmark label names. */
  public static SearchSpace space(String fn) {
    return ObjectiveRegistry.create(SamplerRun.spec(fn)).defaultSpace().orElseThrow();
  }

  /** Trial {@code tid} of study {@code seed} evaluated at {@code c}: f(c), and f(c) plus noise drawn from the trial's seed. */
  public static Evaluated evaluate(Objective f, Configuration c, double sd, long seed, long tid) throws Exception {
    long trialSeed = Seeds.derive(seed, Seeds.Purpose.TRIAL, tid);
    double truth = f.evaluate(c, TrialContext.of(tid, trialSeed)).value();
    return new Evaluated(c, truth + sd * new SplittableRandom(trialSeed).nextGaussian(), truth);
  }

  /** Every trial of one run, in order. */
  public static List<Evaluated> run(String sampler, Map<String, Object> settings, String fn, double sd, long seed,
                                    int budget, int batch) throws Exception {
    Objective f = ObjectiveRegistry.create(SamplerRun.spec(fn));
    SearchSpace space = f.defaultSpace().orElseThrow();
    Sampler s = SamplerFactory.create(sampler, settings, space, Direction.MINIMIZE, seed, budget);
    List<Evaluated> out = new ArrayList<>();
    long id = 0;
    for (int round = 0; id < budget; round++) {
      int n = (int) Math.min(batch, budget - id);
      List<Configuration> cs = s.ask(n, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, round)));
      if (cs.isEmpty()) {
        break;
      }
      List<TrialResult> rs = new ArrayList<>();
      for (Configuration c : cs) {
        long tid = id++;
        Evaluated e = evaluate(f, c, sd, seed, tid);
        out.add(e);
        rs.add(new TrialResult(new Trial(tid, round, 0, c), TrialStatus.OK, e.observed(), Map.of(), null,
            Instant.EPOCH, Instant.EPOCH, "bench"));
      }
      s.tell(rs);
    }
    return out;
  }
}

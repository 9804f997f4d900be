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
 * A sampler on a benchmark function with Gaussian noise added to every evaluation (RESULTS.md §2b, "`auto`
 * on noisy losses"): the sampler sees f(x) + sd·N(0, 1), the noise drawn from the trial's seed; the user
 * picks the trial with the best observed value, as `xhpo run` and Optuna's best_trial do, and what counts
 * is its true value f(x). SamplerRun.run's loop (the driver's per-round and per-trial seeds) with the noise
 * added. Args: sampler function:sd[,function:sd...] seeds(a-b) budget batch [k=v;k=v sampler settings, as strings]. One CSV row per function and
 * seed: the true value of the best observed trial and the best true value evaluated, after `budget` trials.
 */
public class NoisyRun {
  public static void main(String[] a) throws Exception {
    String sampler = a[0];
    String[] fns = a[1].split(",");
    String[] range = a[2].split("-");
    int budget = Integer.parseInt(a[3]);
    int batch = Integer.parseInt(a[4]);
    Map<String, Object> settings = new java.util.HashMap<>();
    if (a.length > 5) {
      for (String kv : a[5].split(";")) {
        String[] p = kv.split("=", 2);
        settings.put(p[0], p[1]);
      }
    }
    System.out.println("function,sd,seed,sampler,batch,trials,true_of_best_observed,best_observed,best_true,seconds");
    for (long seed = Long.parseLong(range[0]); seed <= Long.parseLong(range[1]); seed++) {
      for (String fs : fns) {
        int at = fs.lastIndexOf(':');
        String fn = fs.substring(0, at);
        double sd = Double.parseDouble(fs.substring(at + 1));
        long t0 = System.nanoTime();
        double[] r = run(sampler, settings, fn, sd, seed, budget, batch);
        System.out.printf("%s,%s,%d,%s,%d,%d,%.6g,%.6g,%.6g,%.1f%n", fn, sd, seed, sampler, batch, budget, r[0], r[1],
            r[2], (System.nanoTime() - t0) / 1e9);
        System.out.flush();
      }
    }
  }

  static double[] run(String sampler, Map<String, Object> settings, String fn, double sd, long seed, int budget, int batch) throws Exception {
    Objective f = ObjectiveRegistry.create(SamplerRun.spec(fn));
    SearchSpace space = f.defaultSpace().orElseThrow();
    Sampler s = SamplerFactory.create(sampler, settings, space, Direction.MINIMIZE, seed, budget);
    double bestObserved = Double.POSITIVE_INFINITY;
    double trueOfBestObserved = Double.NaN;
    double bestTrue = Double.POSITIVE_INFINITY;
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
        long trialSeed = Seeds.derive(seed, Seeds.Purpose.TRIAL, tid);
        double truth = f.evaluate(c, TrialContext.of(tid, trialSeed)).value();
        double observed = truth + sd * new SplittableRandom(trialSeed).nextGaussian();
        if (observed < bestObserved) {
          bestObserved = observed;
          trueOfBestObserved = truth;
        }
        bestTrue = Math.min(bestTrue, truth);
        rs.add(new TrialResult(new Trial(tid, round, 0, c), TrialStatus.OK, observed, Map.of(), null, Instant.EPOCH,
            Instant.EPOCH, "bench"));
      }
      s.tell(rs);
    }
    return new double[] {trueOfBestObserved, bestObserved, bestTrue};
  }
}

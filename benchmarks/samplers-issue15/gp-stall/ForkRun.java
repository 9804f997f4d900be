import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.objective.Evaluation;
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
 * auto (default settings) to the budget, keeping every trial; then, for every round boundary T from 'from' on,
 * a fork that resumes the first T trials with gp_trials = T (the GP stage handed over at T) and runs to the
 * budget. Prints the default's losses (every trial, in id order) and each fork's best at the budget, so any rule
 * that ends the GP stage at some T can be scored offline. Args: functions seeds budget batch from.
 */
public class ForkRun {
  public static void main(String[] a) {
    String[] fns = a[0].split(",");
    long[] seeds = SettingsRun.seedRange(a[1]);
    int budget = Integer.parseInt(a[2]);
    int batch = Integer.parseInt(a[3]);
    int from = Integer.parseInt(a[4]);
    System.out.println("function,seed,batch,best100,best" + budget + ",seconds,losses,forks");
    for (long s = seeds[0]; s < seeds[1]; s++) {
      for (String f : fns) {
        long t0 = System.nanoTime();
        Objective obj = ObjectiveRegistry.create(SamplerRun.spec(f));
        SearchSpace space = obj.defaultSpace().orElseThrow();
        List<TrialResult> all = new ArrayList<>();
        Sampler auto = SamplerFactory.create("auto", Map.of(), space, Direction.MINIMIZE, s, budget);
        double[] c = run(auto, obj, s, budget, batch, 0, all);
        StringBuilder curve = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
          curve.append(i == 0 ? "" : " ").append(String.format("%.9g", all.get(i).value()));
        }
        StringBuilder forks = new StringBuilder();
        for (int t = from; t < budget; t += batch) {
          Map<String, Object> set = new HashMap<>();
          set.put("gp_trials", t);
          Sampler fork = SamplerFactory.create("auto", set, space, Direction.MINIMIZE, s, budget);
          List<TrialResult> head = new ArrayList<>(all.subList(0, t));
          fork.tell(head);
          double[] fc = run(fork, obj, s, budget, batch, t, head);
          forks.append(forks.length() == 0 ? "" : " ").append(t).append(':').append(String.format("%.6g", fc[budget - 1]));
        }
        System.out.printf("%s,%d,%d,%.6g,%.6g,%.1f,%s,%s%n", f, s, batch, c[Math.min(99, budget - 1)], c[budget - 1],
            (System.nanoTime() - t0) / 1e9, curve, forks);
        System.out.flush();
      }
    }
  }

  /** SamplerRun.run's loop from trial 'start' (a round boundary), appending every result to 'kept'. */
  static double[] run(Sampler smp, Objective f, long seed, int budget, int batch, int start, List<TrialResult> kept) {
    double[] curve = new double[budget];
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < start; i++) {
      best = Math.min(best, kept.get(i).value());
      curve[i] = best;
    }
    long id = start;
    for (int round = start / batch; id < budget; round++) {
      int n = (int) Math.min(batch, budget - id);
      List<Configuration> cs = smp.ask(n, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, round)));
      if (cs.isEmpty()) {
        break;
      }
      List<TrialResult> rs = new ArrayList<>();
      for (Configuration c : cs) {
        long tid = id++;
        Evaluation e;
        try {
          e = f.evaluate(c, TrialContext.of(tid, Seeds.derive(seed, Seeds.Purpose.TRIAL, tid)));
        } catch (Exception ex) {
          throw new IllegalStateException("test function failed on " + c, ex);
        }
        double v = e.value();
        best = Math.min(best, v);
        curve[(int) tid] = best;
        rs.add(new TrialResult(new Trial(tid, round, 0, c), TrialStatus.OK, v, e.metrics(), null, Instant.EPOCH,
            Instant.EPOCH, "bench"));
      }
      kept.addAll(rs);
      smp.tell(rs);
    }
    for (int i = (int) id; i < budget; i++) {
      curve[i] = best;
    }
    return curve;
  }
}

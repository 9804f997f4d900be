import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import noisy.NoisyLoop;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.sampler.bench.SamplerRun;

/**
 * A model-free noise-aware pick at the same budget (RESULTS.md §2b, "`auto` on noisy losses"): NoisyLoop's run
 * for budget − top·extra trials, then the `top` best observed trials are evaluated `extra` more times each
 * (fresh noise: trial ids budget, budget + 1, …), and the pick is the lowest mean of each one's 1 + extra
 * values. Args: sampler function:sd[,...] seeds(a-b) budget batch top extra. One CSV row per function and seed:
 * the true value of that pick.
 */
public class NoisyReevaluate {
  public static void main(String[] a) throws Exception {
    String[] range = a[2].split("-");
    int budget = Integer.parseInt(a[3]);
    int batch = Integer.parseInt(a[4]);
    int top = Integer.parseInt(a[5]);
    int extra = Integer.parseInt(a[6]);
    System.out.println("function,sd,seed,sampler,batch,trials,top,extra,true_of_pick");
    for (long seed = Long.parseLong(range[0]); seed <= Long.parseLong(range[1]); seed++) {
      for (String fs : a[1].split(",")) {
        int at = fs.lastIndexOf(':');
        String fn = fs.substring(0, at);
        double sd = Double.parseDouble(fs.substring(at + 1));
        List<NoisyLoop.Evaluated> trials = new ArrayList<>(
            NoisyLoop.run(a[0], Map.of(), fn, sd, seed, budget - top * extra, batch));
        trials.sort(Comparator.comparingDouble(NoisyLoop.Evaluated::observed));
        Objective f = ObjectiveRegistry.create(SamplerRun.spec(fn));
        long id = budget - top * extra;
        NoisyLoop.Evaluated pick = null;
        double pickMean = Double.POSITIVE_INFINITY;
        for (NoisyLoop.Evaluated t : trials.subList(0, Math.min(top, trials.size()))) {
          double sum = t.observed();
          for (int r = 0; r < extra; r++) {
            sum += NoisyLoop.evaluate(f, t.config(), sd, seed, id++).observed();
          }
          if (sum / (1 + extra) < pickMean) {
            pickMean = sum / (1 + extra);
            pick = t;
          }
        }
        System.out.printf("%s,%s,%d,%s,%d,%d,%d,%d,%.6g%n", fn, sd, seed, a[0], batch, budget, top, extra, pick.truth());
        System.out.flush();
      }
    }
  }
}

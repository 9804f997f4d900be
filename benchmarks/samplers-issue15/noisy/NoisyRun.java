import java.util.Comparator;
import java.util.List;
import java.util.Map;
import noisy.NoisyLoop;

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

  static double[] run(String sampler, Map<String, Object> settings, String fn, double sd, long seed, int budget,
                      int batch) throws Exception {
    List<NoisyLoop.Evaluated> trials = NoisyLoop.run(sampler, settings, fn, sd, seed, budget, batch);
    NoisyLoop.Evaluated pick = trials.stream().min(Comparator.comparingDouble(NoisyLoop.Evaluated::observed)).orElseThrow();
    double bestTrue = trials.stream().mapToDouble(NoisyLoop.Evaluated::truth).min().orElseThrow();
    return new double[] {pick.truth(), pick.observed(), bestTrue};
  }
}

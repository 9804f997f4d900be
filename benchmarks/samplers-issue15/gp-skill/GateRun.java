import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerFactory;
import org.xhpo.sampler.bench.SamplerRun;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/**
 * `auto` with its GP skill test (the default, gp_skill_level 0.05) and, when a round of the run was handed
 * over for want of skill, the same seed again with the test off (gp_skill_level 0). A run whose rounds all
 * passed the test proposed exactly what the run without it would (the test only reads the fitted GP), so its
 * row serves for both; `verify` runs the test-off run for every row, to check that.
 * Args: functions(comma-separated) seeds(a-b) budget batch [verify|-] [k=v;k=v: more settings of the test-on run]
 * Prints: function,seed,batch,gated,best100_on,bestB_on,best100_off,bestB_off,seconds
 * where gated lists the ok-trial counts at which a round was handed over ("-" for none).
 */
public class GateRun {
  public static void main(String[] a) {
    String[] fns = a[0].split(",");
    String[] r = a[1].split("-");
    long first = Long.parseLong(r[0]);
    long last = Long.parseLong(r[1]);
    int budget = Integer.parseInt(a[2]);
    int batch = Integer.parseInt(a[3]);
    boolean verify = a.length > 4 && a[4].equals("verify");
    Map<String, Object> more = new HashMap<>();
    if (a.length > 5) {
      for (String kv : a[5].split(";")) {
        String[] p = kv.split("=", 2);
        more.put(p[0], Integer.parseInt(p[1]));
      }
    }
    System.out.println("function,seed,batch,gated,best100_on,best" + budget + "_on,best100_off,best" + budget
        + "_off,seconds");
    for (long seed = first; seed <= last; seed++) {
      for (String fn : fns) {
        long t0 = System.nanoTime();
        List<Integer> gated = new ArrayList<>();
        double[] on = run(fn, seed, budget, batch, 0.05, more, gated);
        double[] off = gated.isEmpty() && !verify ? on : run(fn, seed, budget, batch, 0.0, Map.of(), new ArrayList<>());
        System.out.printf("%s,%d,%d,%s,%.6g,%.6g,%.6g,%.6g,%.1f%n", fn, seed, batch,
            gated.isEmpty() ? "-" : String.join(" ", gated.stream().map(String::valueOf).toList()),
            on[Math.min(99, budget - 1)], on[budget - 1], off[Math.min(99, budget - 1)], off[budget - 1],
            (System.nanoTime() - t0) / 1e9);
        System.out.flush();
      }
    }
  }

  static double[] run(String fn, long seed, int budget, int batch, double level, Map<String, Object> more,
                      List<Integer> gated) {
    Objective f = ObjectiveRegistry.create(SamplerRun.spec(fn));
    SearchSpace space = f.defaultSpace().orElseThrow();
    Map<String, Object> settings = new HashMap<>();
    settings.put("gp_skill_level", level);
    settings.putAll(more);
    Sampler auto = SamplerFactory.create("auto", settings, space, Direction.MINIMIZE, seed, budget);
    Sampler watched = new Sampler() {
      int told;

      @Override
      public List<Configuration> ask(int n, SplittableRandom rng) {
        List<Configuration> out = auto.ask(n, rng);
        if (auto.stage().orElse("").contains("gp-unskilled")) { // auto/gp-unskilled (earlier builds: tpe-univariate-gp-unskilled)
          gated.add(told);
        }
        return out;
      }

      @Override
      public void tell(List<TrialResult> finished) {
        told += finished.size();
        auto.tell(finished);
      }

      @Override
      public Optional<String> stage() {
        return auto.stage();
      }
    };
    return SamplerRun.run(watched, f, seed, budget, batch).bestSoFar();
  }
}

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The kernel auto's GP stage chose in its rounds up to the hand-over at 100 ok trials
 * (sampler auto, gp_trials 100): one CSV row per function and seed, the stage of each of the last
 * three GP rounds (the stage names of AutoSampler#stage: gp = ARD, gp-additive, gp-sum), the last first. The trials up to the
 * hand-over are those of every gp_trials setting, so with the committed 100- and 400-trial CSVs this
 * emulates a hand-over rule that reads the kernel (RESULTS §2b, "A hand-over that reads the kernel").
 * Args: functions(comma-separated) seeds (n or a-b, as SettingsRun) batch. Compile with SettingsRun.
 */
public class HandoverKernel {
  public static void main(String[] a) {
    String[] fns = a[0].split(",");
    long[] seeds = SettingsRun.seedRange(a[1]);
    int batch = Integer.parseInt(a[2]);
    System.out.println("function,seed,batch,gp_rounds,last,second_last,third_last,seconds");
    for (long s = seeds[0]; s < seeds[1]; s++) {
      for (String fn : fns) {
        long t0 = System.nanoTime();
        Objective f = ObjectiveRegistry.create(SamplerRun.spec(fn));
        SearchSpace space = f.defaultSpace().orElseThrow();
        Sampler auto = SamplerFactory.create("auto", Map.of("gp_trials", 100), space, Direction.MINIMIZE, s, 400);
        List<String> stages = new ArrayList<>();
        Sampler recording = new Sampler() {
          @Override
          public List<Configuration> ask(int n, SplittableRandom rng) {
            List<Configuration> out = auto.ask(n, rng);
            stages.add(auto.stage().orElse("?"));
            return out;
          }

          @Override
          public void tell(List<TrialResult> finished) {
            auto.tell(finished);
          }
        };
        SamplerRun.run(recording, f, s, 100 + batch, batch);
        List<String> gp = stages.stream().filter(x -> x.startsWith("gp")).toList();
        int k = gp.size();
        System.out.printf("%s,%d,%d,%d,%s,%s,%s,%.1f%n", fn, s, batch, k, gp.get(k - 1), k > 1 ? gp.get(k - 2) : "",
            k > 2 ? gp.get(k - 3) : "", (System.nanoTime() - t0) / 1e9);
        System.out.flush();
      }
    }
  }
}

import java.util.*;
import org.xhpo.sampler.bench.SamplerRun;
/** auto with gp_trials set (args: functions seeds budget batch gpTrialsList). */
public class AutoGt {
  public static void main(String[] a) {
    String[] fns = a[0].split(","); int seeds = Integer.parseInt(a[1]); int budget = Integer.parseInt(a[2]); int batch = Integer.parseInt(a[3]);
    String[] gts = a[4].split(",");
    System.out.println("function,seed,gp_trials,batch,best100,seconds");
    for (long s = 0; s < seeds; s++) for (String f : fns) for (String g : gts) {
      long t0 = System.nanoTime();
      double[] c = SamplerRun.run("auto", Map.of("gp_trials", Integer.parseInt(g)), f, s, budget, batch).bestSoFar();
      System.out.printf("%s,%d,%s,%d,%.6g,%.1f%n", f, s, g, batch, c[Math.min(99, budget - 1)], (System.nanoTime() - t0) / 1e9);
      System.out.flush();
    }
  }
}

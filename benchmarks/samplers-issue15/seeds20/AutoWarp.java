import java.util.*;
import org.xhpo.sampler.bench.SamplerRun;

/**
 * auto (GP-BO for 100 trials, then CMA-ES or univariate TPE) with its GP stage's output warping set, in
 * process (SamplerRun, the driver's code): one CSV row per seed, function and warping (seeds outer), best at 100 and at
 * the budget. Args: functions (comma-separated) seeds budget batch [warpings].
 */
public class AutoWarp {
  public static void main(String[] a) {
    String[] fns = a[0].split(",");
    int seeds = Integer.parseInt(a[1]); int budget = Integer.parseInt(a[2]); int batch = Integer.parseInt(a[3]);
    String[] warps = a.length > 4 ? a[4].split(",") : new String[]{"power", "none"};
    System.out.println("function,seed,gp_warping,batch,best100,best" + budget + ",seconds");
    for (long s = 0; s < seeds; s++) for (String f : fns) for (String w : warps) { // seeds outer: a cut run keeps whole seeds
      long t0 = System.nanoTime();
      double[] c = SamplerRun.run("auto", Map.of("gp_warping", w), f, s, budget, batch).bestSoFar();
      System.out.printf("%s,%d,%s,%d,%.6g,%.6g,%.1f%n", f, s, w, batch, c[Math.min(99, budget - 1)], c[budget - 1],
          (System.nanoTime() - t0) / 1e9);
      System.out.flush();
    }
  }
}

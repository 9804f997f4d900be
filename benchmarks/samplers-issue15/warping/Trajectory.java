import java.util.Map;
import org.xhpo.sampler.bench.SamplerRun;

/**
 * Best so far at every 50 trials: Trajectory sampler function seeds budget batch variant...
 * (ellipsoid-seed1-trajectories.txt; RESULTS §2b, "The GP stage's output warping chosen per round").
 */
public class Trajectory {
  public static void main(String[] a) {
    long[] seeds = SettingsRun.seedRange(a[2]);
    int budget = Integer.parseInt(a[3]);
    int batch = Integer.parseInt(a[4]);
    for (int v = 5; v < a.length; v++) {
      Map<String, Object> settings = SettingsRun.parse(a[v]);
      for (long s = seeds[0]; s < seeds[1]; s++) {
        long t0 = System.nanoTime();
        double[] c = SamplerRun.run(a[0], settings, a[1], s, budget, batch).bestSoFar();
        StringBuilder sb = new StringBuilder(a[v] + " seed " + s + ":");
        for (int t = 49; t < budget; t += 50) sb.append(String.format(" %.4g", c[t]));
        System.out.println(sb + String.format("  (%.0f s)", (System.nanoTime() - t0) / 1e9));
      }
    }
  }
}

import java.util.HashMap;
import java.util.Map;
import org.xhpo.sampler.bench.SamplerRun;

/**
 * One sampler with named settings variants, in process (SamplerRun, the driver's code): one CSV row per
 * variant, seed and function (variants outer, then seeds), best at 100 trials and at the budget.
 * Args: sampler functions(comma-separated) seeds budget batch variant... where seeds is a count n (seeds
 * 0..n−1) or a range a-b (seeds a..b), and a variant is "default" or
 * k=v;k=v (values parsed as int, double, boolean, else string). Used by seeds20/ and tpe-same-batch/.
 */
public class SettingsRun {
  public static void main(String[] a) {
    String sampler = a[0];
    String[] fns = a[1].split(",");
    long[] seeds = seedRange(a[2]);
    long firstSeed = seeds[0];
    long endSeed = seeds[1];
    int budget = Integer.parseInt(a[3]);
    int batch = Integer.parseInt(a[4]);
    System.out.println("function,seed,sampler,variant,batch,best100,best" + budget + ",seconds");
    for (int v = 5; v < a.length; v++) {
      Map<String, Object> settings = parse(a[v]);
      for (long s = firstSeed; s < endSeed; s++) {
        for (String f : fns) {
          long t0 = System.nanoTime();
          double[] c = SamplerRun.run(sampler, settings, f, s, budget, batch).bestSoFar();
          System.out.printf("%s,%d,%s,%s,%d,%.6g,%.6g,%.1f%n", f, s, sampler, a[v], batch, c[Math.min(99, budget - 1)],
              c[budget - 1], (System.nanoTime() - t0) / 1e9);
          System.out.flush();
        }
      }
    }
  }

  /** Seeds as [first, end): "n" is seeds 0..n−1, "a-b" seeds a..b. */
  static long[] seedRange(String arg) {
    int dash = arg.indexOf('-');
    return dash < 0 ? new long[] {0, Long.parseLong(arg)}
        : new long[] {Long.parseLong(arg.substring(0, dash)), Long.parseLong(arg.substring(dash + 1)) + 1};
  }

  static Map<String, Object> parse(String variant) {
    Map<String, Object> out = new HashMap<>();
    if (variant.equals("default")) {
      return out;
    }
    for (String kv : variant.split(";")) {
      String[] p = kv.split("=", 2);
      out.put(p[0], value(p[1]));
    }
    return out;
  }

  static Object value(String s) {
    if (s.equals("true") || s.equals("false")) {
      return Boolean.parseBoolean(s);
    }
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e2) {
        return s;
      }
    }
  }
}

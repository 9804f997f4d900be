import java.util.*;
import org.xhpo.sampler.bench.SamplerRun;
public class GpWarp {
  public static void main(String[] a) {
    String[] fns = a[0].split(",");
    int seeds = Integer.parseInt(a[1]); int budget = Integer.parseInt(a[2]); int batch = Integer.parseInt(a[3]);
    String[] warps = a.length > 4 ? a[4].split(",") : new String[]{"none","power"};
    System.out.println("function,seed,warping,batch,best100,best50,seconds");
    for (String f : fns) for (long s = 0; s < seeds; s++) for (String w : warps) {
      long t0 = System.nanoTime();
      double[] c = SamplerRun.run("gp", Map.of("output_warping", w), f, s, budget, batch).bestSoFar();
      System.out.printf("%s,%d,%s,%d,%.6g,%.6g,%.1f%n", f, s, w, batch, c[budget-1], c[Math.min(49,budget-1)], (System.nanoTime()-t0)/1e9);
      System.out.flush();
    }
  }
}

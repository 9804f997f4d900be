import java.util.*;
import org.xhpo.sampler.bench.SamplerRun;
/** auto with settings k=v;k=v, in process (args: functions seeds budget batch settings); best at 100 and at the budget. */
public class AutoSet {
  public static void main(String[] a) {
    String[] fns = a[0].split(","); int seeds = Integer.parseInt(a[1]); int budget = Integer.parseInt(a[2]); int batch = Integer.parseInt(a[3]);
    Map<String,Object> st = new HashMap<>();
    for (String kv : a[4].split(";")) { String[] p = kv.split("="); st.put(p[0], p[1]); }
    System.out.println("function,seed,settings,batch,best100,best" + budget + ",seconds");
    for (long s = 0; s < seeds; s++) for (String f : fns) {
      long t0 = System.nanoTime();
      double[] c = SamplerRun.run("auto", st, f, s, budget, batch).bestSoFar();
      System.out.printf("%s,%d,%s,%d,%.6g,%.6g,%.1f%n", f, s, a[4], batch, c[Math.min(99, budget - 1)], c[budget - 1], (System.nanoTime() - t0) / 1e9);
      System.out.flush();
    }
  }
}

import java.util.*;
import org.xhpo.sampler.bench.SamplerRun;
/** tpe at a batch with settings given as k=v;k=v (args: functions seeds budget batch settings...). */
public class TpeVar {
  public static void main(String[] a) {
    String[] fns = a[0].split(","); int seeds = Integer.parseInt(a[1]); int budget = Integer.parseInt(a[2]); int batch = Integer.parseInt(a[3]);
    System.out.println("function,seed,variant,batch,best100");
    for (int v = 4; v < a.length; v++) {
      Map<String,Object> st = new HashMap<>();
      if (!a[v].equals("default")) for (String kv : a[v].split(";")) { String[] p = kv.split("="); Object val;
        try { val = Integer.parseInt(p[1]); } catch (NumberFormatException e) { try { val = Double.parseDouble(p[1]); } catch (NumberFormatException e2) { val = p[1].equals("true") ? Boolean.TRUE : p[1].equals("false") ? Boolean.FALSE : p[1]; } }
        st.put(p[0], val); }
      for (long s = 0; s < seeds; s++) for (String f : fns) {
        double[] c = SamplerRun.run("tpe", st, f, s, budget, batch).bestSoFar();
        System.out.printf("%s,%d,%s,%d,%.6g%n", f, s, a[v], batch, c[Math.min(99, budget - 1)]);
      }
    }
  }
}

import java.util.*;
import org.xhpo.sampler.bench.SamplerRun;
/** XHPO TPE, univariate and multivariate, 100 trials, seeds 0–19, batches 8 and 32 (args: functions). */
public class TpeRastrigin {
  public static void main(String[] a) {
    System.out.println("function,seed,sampler,batch,best100");
    for (String f : a[0].split(",")) for (int b : new int[]{8, 32}) for (long s = 0; s < 20; s++) for (boolean mv : new boolean[]{false, true}) {
      double[] c = SamplerRun.run("tpe", Map.of("multivariate", mv), f, s, 100, b).bestSoFar();
      System.out.printf("%s,%d,%s,%d,%.6g%n", f, s, mv ? "tpe" : "tpe-univariate", b, c[99]);
    }
  }
}

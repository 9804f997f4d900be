import java.util.Map;
import org.xhpo.sampler.bench.AskCost;

/**
 * GP-BO ask cost, kernels side by side in one run (three alternating passes): one round (tell 8 +
 * ask 8) with {@code completed} trials of 10-D Styblinski-Tang (AskCost). Args: completed [kernels, default ard,auto],
 * where "@name" is the sampler name at its defaults instead of a GP kernel (e.g. @auto). RESULTS §2b,
 * "The GP stage's kernel", "The GP fit, one exp per pair".
 */
public class KernelCost {
  public static void main(String[] a) {
    int completed = Integer.parseInt(a[0]);
    System.out.println("completed,kernel,pass,median_seconds");
    for (int pass = 0; pass < 3; pass++) {
      for (String k : a.length > 1 ? a[1].split(",") : new String[] {"ard", "auto"}) {
        boolean sampler = k.startsWith("@");
        double s = AskCost.medianSeconds(sampler ? k.substring(1) : "gp", sampler ? Map.of() : Map.of("kernel", k),
            10, completed, 8, 6);
        System.out.printf("%d,%s,%d,%.3f%n", completed, k, pass, s);
      }
    }
  }
}

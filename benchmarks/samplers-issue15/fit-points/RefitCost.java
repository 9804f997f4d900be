import java.util.Map;
import org.xhpo.sampler.bench.AskCost;

/**
 * Cost of one round (tell the previous batch + ask the next) of auto's GP stage at a batch size: its
 * hyperparameters fitted on 128 points (the default), on all 300 conditioned points, or the form chosen
 * on 128 and refitted on all 300 — side by side in one run, three alternating passes. 10-D
 * Styblinski–Tang with {@code completed} trials told (AskCost), gp_trials set past them so the GP stage
 * answers. Args: completed batch. RESULTS §2b, "A refit of the chosen form in rounds of 8" (batches 8, 32).
 */
public class RefitCost {
  public static void main(String[] a) {
    int completed = Integer.parseInt(a[0]);
    int batch = Integer.parseInt(a[1]);
    Map<String, Map<String, Object>> variants = new java.util.LinkedHashMap<>();
    variants.put("fit128", Map.of("gp_trials", 1_000_000, "gp_fit_points", 128));
    variants.put("fit300", Map.of("gp_trials", 1_000_000, "gp_fit_points", 300));
    variants.put("fit128-refit300", Map.of("gp_trials", 1_000_000, "gp_fit_points", 128, "gp_refit_points", 300));
    timeVariants(variants, completed, batch);
  }

  /** Prints the median round of auto under each settings variant, three alternating passes, as CSV. */
  static void timeVariants(Map<String, Map<String, Object>> variants, int completed, int batch) {
    System.out.println("completed,batch,variant,pass,median_seconds,per_configuration_ms");
    for (int pass = 0; pass < 3; pass++) {
      for (Map.Entry<String, Map<String, Object>> v : variants.entrySet()) {
        double s = AskCost.medianSeconds("auto", v.getValue(), 10, completed, batch, 4);
        System.out.printf("%d,%d,%s,%d,%.3f,%.1f%n", completed, batch, v.getKey(), pass, s, 1000 * s / batch);
        System.out.flush();
      }
    }
  }
}

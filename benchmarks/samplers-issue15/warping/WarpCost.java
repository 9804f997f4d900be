import java.util.Map;

/**
 * Cost of one round (tell the previous batch + ask the next) of auto's GP stage with the power warping
 * (the default until 2026-12-07) and with the warping chosen per round (gp_warping: auto, which fits the
 * GP under both) — side by side in one run, three alternating passes. 10-D Styblinski–Tang with {@code completed} trials
 * told (AskCost), gp_trials set past them so the GP stage answers. Args: completed batch. Compile with
 * ../fit-points/RefitCost.java (its timing loop).
 * RESULTS §2b, "The GP stage's output warping chosen per round".
 */
public class WarpCost {
  public static void main(String[] a) {
    int completed = Integer.parseInt(a[0]);
    int batch = Integer.parseInt(a[1]);
    Map<String, Map<String, Object>> variants = new java.util.LinkedHashMap<>();
    variants.put("power", Map.of("gp_trials", 1_000_000, "gp_warping", "power"));
    variants.put("auto", Map.of("gp_trials", 1_000_000, "gp_warping", "auto"));
    RefitCost.timeVariants(variants, completed, batch);
  }
}

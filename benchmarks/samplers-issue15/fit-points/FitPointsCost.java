import java.util.Map;
import org.xhpo.sampler.bench.AskCost;

/**
 * Cost of one round (tell the previous batch + ask the next) of auto's GP stage with its hyperparameters
 * fitted on 128 or on all 300 conditioned points, side by side in one run (three alternating passes):
 * 10-D Styblinski–Tang with {@code completed} trials told (AskCost), gp_trials set past them so the GP
 * stage answers. Args: completed batches(comma-separated). RESULTS §2b, "The GP stage's fit in large rounds".
 */
public class FitPointsCost {
  public static void main(String[] a) {
    int completed = Integer.parseInt(a[0]);
    System.out.println("completed,batch,gp_fit_points,pass,median_seconds,per_configuration_ms");
    for (int pass = 0; pass < 3; pass++) {
      for (String b : a[1].split(",")) {
        int batch = Integer.parseInt(b);
        for (int fit : new int[] {128, 300}) {
          double s = AskCost.medianSeconds("auto", Map.of("gp_trials", 1_000_000, "gp_fit_points", fit), 10, completed,
              batch, 4);
          System.out.printf("%d,%d,%d,%d,%.3f,%.1f%n", completed, batch, fit, pass, s, 1000 * s / batch);
          System.out.flush();
        }
      }
    }
  }
}

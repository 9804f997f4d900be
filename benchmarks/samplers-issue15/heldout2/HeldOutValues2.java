import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.objective.functions.TestFunction;
import heldout2.HeldOutFunctions2;

/**
 * Checks the second held-out set: each function at its published optimum (stderr: value against the published
 * minimum; exit 1 if one is off by more than 1e-4 relative), then at 5 seeded points of its box on stdout
 * (name,x1..xd,value) for `optuna_reference.py check` to compare the Python ports with.
 */
public class HeldOutValues2 {
  public static void main(String[] a) {
    String[] names = {"GoldsteinPrice:2", "Eggholder:2", "Hartmann3:3", "Shekel:4", "Powell:8", "Trid:6"};
    TestFunction[] fs = {new HeldOutFunctions2.GoldsteinPrice(Map.of("dim", 2)), new HeldOutFunctions2.Eggholder(Map.of("dim", 2)),
        new HeldOutFunctions2.Hartmann3(Map.of("dim", 3)), new HeldOutFunctions2.Shekel(Map.of("dim", 4)),
        new HeldOutFunctions2.Powell(Map.of("dim", 8)), new HeldOutFunctions2.Trid(Map.of("dim", 6))};
    double[][] box = {{-2, 2}, {-512, 512}, {0, 1}, {0, 10}, {-4, 5}, {-36, 36}};
    boolean ok = true;
    for (int k = 0; k < fs.length; k++) {
      double at = fs[k].value(fs[k].optimumLocation());
      double want = fs[k].optimumValue();
      boolean good = Math.abs(at - want) <= 1e-4 * Math.max(1, Math.abs(want));
      ok &= good;
      System.err.printf("%s at its optimum: %.6f, published %.6f %s%n", names[k], at, want, good ? "ok" : "OFF");
    }
    SplittableRandom r = new SplittableRandom(3);
    for (int k = 0; k < fs.length; k++) {
      int d = fs[k].dimension();
      for (int p = 0; p < 5; p++) {
        double[] x = new double[d];
        StringBuilder sb = new StringBuilder(names[k]);
        for (int i = 0; i < d; i++) {
          x[i] = box[k][0] + (box[k][1] - box[k][0]) * r.nextDouble();
          sb.append(',').append(x[i]);
        }
        System.out.println(sb + "," + fs[k].value(x));
      }
    }
    System.exit(ok ? 0 : 1);
  }
}

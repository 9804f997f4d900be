import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.objective.functions.TestFunction;
import heldout4.HeldOutFunctions4;

/**
 * Checks the fourth held-out set: each function at its published optimum (stderr; exit 1 if one is off by more
 * than 1e-4 relative), then at 5 seeded points of its box on stdout (name,x1..xd,value) for
 * `optuna_reference.py check` to compare the Python ports with.
 */
public class HeldOutValues4 {
  public static void main(String[] a) {
    String[] names = {"CrossInTray:2", "DropWave:2", "Levy13:2", "Shubert:2", "SumSquares:8",
        "RotatedHyperEllipsoid:8", "Schwefel222:6", "Brown:6", "Step2:6"};
    TestFunction[] fs = {new HeldOutFunctions4.CrossInTray(Map.of()), new HeldOutFunctions4.DropWave(Map.of()),
        new HeldOutFunctions4.Levy13(Map.of()), new HeldOutFunctions4.Shubert(Map.of()),
        new HeldOutFunctions4.SumSquares(Map.of("dim", 8)), new HeldOutFunctions4.RotatedHyperEllipsoid(Map.of("dim", 8)),
        new HeldOutFunctions4.Schwefel222(Map.of("dim", 6)), new HeldOutFunctions4.Brown(Map.of("dim", 6)),
        new HeldOutFunctions4.Step2(Map.of("dim", 6))};
    boolean ok = true;
    for (int k = 0; k < fs.length; k++) {
      double at = fs[k].value(fs[k].optimumLocation());
      double want = fs[k].optimumValue();
      boolean good = Math.abs(at - want) <= 1e-4 * Math.max(1, Math.abs(want));
      ok &= good;
      System.err.printf("%s at its optimum: %.6f, published %.6f %s%n", names[k], at, want, good ? "ok" : "OFF");
    }
    double[][] box = {{-10, 10}, {-5.12, 5.12}, {-10, 10}, {-10, 10}, {-10, 10}, {-65.536, 65.536}, {-100, 100},
        {-1, 4}, {-100, 100}};
    SplittableRandom r = new SplittableRandom(4);
    for (int k = 0; k < fs.length; k++) {
      double[] x = new double[fs[k].dimension()];
      for (int p = 0; p < 5; p++) {
        StringBuilder sb = new StringBuilder(names[k]);
        for (int i = 0; i < x.length; i++) {
          x[i] = box[k][0] + (box[k][1] - box[k][0]) * r.nextDouble();
          sb.append(',').append(x[i]);
        }
        System.out.println(sb + "," + fs[k].value(x));
      }
    }
    System.exit(ok ? 0 : 1);
  }
}

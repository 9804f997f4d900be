import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.objective.functions.TestFunction;
import heldout3.HeldOutFunctions3;

/**
 * Checks the third held-out set: each function at its published optimum (stderr: value against the published
 * minimum; exit 1 if one is off by more than 1e-4 relative), then at 5 seeded points of its box on stdout
 * (name,x1..xd,value) for `optuna_reference.py check` to compare the Python ports with.
 */
public class HeldOutValues3 {
  public static void main(String[] a) {
    String[] names = {"Bukin6:2", "SixHumpCamel:2", "HolderTable:2", "Colville:4", "Perm:6", "SumDiffPowers:8",
        "Alpine1:8", "Salomon:6", "Qing:6"};
    TestFunction[] fs = {new HeldOutFunctions3.Bukin6(Map.of()), new HeldOutFunctions3.SixHumpCamel(Map.of()),
        new HeldOutFunctions3.HolderTable(Map.of()), new HeldOutFunctions3.Colville(Map.of()),
        new HeldOutFunctions3.Perm(Map.of("dim", 6)), new HeldOutFunctions3.SumDiffPowers(Map.of("dim", 8)),
        new HeldOutFunctions3.Alpine1(Map.of("dim", 8)), new HeldOutFunctions3.Salomon(Map.of("dim", 6)),
        new HeldOutFunctions3.Qing(Map.of("dim", 6))};
    double[][][] box = {{{-15, -5}, {-3, 3}}, {{-3, 3}, {-2, 2}}, {{-10, 10}}, {{-10, 10}}, {{-6, 6}}, {{-1, 1}},
        {{-10, 10}}, {{-100, 100}}, {{-500, 500}}};
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
          double[] b = box[k][Math.min(i, box[k].length - 1)];
          x[i] = b[0] + (b[1] - b[0]) * r.nextDouble();
          sb.append(',').append(x[i]);
        }
        System.out.println(sb + "," + fs[k].value(x));
      }
    }
    System.exit(ok ? 0 : 1);
  }
}

import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.objective.functions.TestFunction;
import heldout.HeldOutFunctions;

/** Prints each held-out function at 5 seeded points of its box: name,x1..x6,value. */
public class HeldOutValues {
  public static void main(String[] a) {
    Map<String, Object> s = Map.of("dim", 6);
    TestFunction[] fs = {new HeldOutFunctions.Schwefel(s), new HeldOutFunctions.Michalewicz(s),
        new HeldOutFunctions.Griewank(s), new HeldOutFunctions.DixonPrice(s), new HeldOutFunctions.Zakharov(s),
        new HeldOutFunctions.RotatedEllipsoid(s), new HeldOutFunctions.RotatedStyblinskiTang(s)};
    String[] names = {"Schwefel:6", "Michalewicz:6", "Griewank:6", "DixonPrice:6", "Zakharov:6",
        "RotatedEllipsoid:6", "RotatedStyblinskiTang:6"};
    double[][] box = {{-500, 500}, {0, Math.PI}, {-600, 600}, {-10, 10}, {-5, 10}, {-5, 5}, {-5, 5}};
    SplittableRandom r = new SplittableRandom(3);
    for (int k = 0; k < fs.length; k++) {
      for (int p = 0; p < 5; p++) {
        double[] x = new double[6];
        StringBuilder sb = new StringBuilder(names[k]);
        for (int i = 0; i < 6; i++) {
          x[i] = box[k][0] + (box[k][1] - box[k][0]) * r.nextDouble();
          sb.append(',').append(x[i]);
        }
        System.out.println(sb + "," + fs[k].value(x));
      }
    }
  }
}

import heldout2.MixedHpo;
import java.util.SplittableRandom;
/** MixedHpo at its stated minimum (stderr) and at 8 seeded points (stdout: MixedHpo,lr,layers,units,dropout,weight_decay,batch_norm,value) for `optuna_reference.py check`. */
public class MixedHpoValues {
  public static void main(String[] a) {
    System.err.println("at the stated minimum: " + MixedHpo.value(Math.pow(10, -2.8), 5, 152, 0.12, 1e-4, true));
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 8; i++) {
      double lr = Math.pow(10, -5 + 5 * r.nextDouble()); long layers = 1 + r.nextInt(8); long units = 8 + r.nextInt(1017);
      double d = 0.7 * r.nextDouble(); double wd = Math.pow(10, -8 + 7 * r.nextDouble()); boolean bn = r.nextBoolean();
      System.out.println("MixedHpo," + lr + "," + layers + "," + units + "," + d + "," + wd + "," + (bn ? "on" : "off") + "," + MixedHpo.value(lr, layers, units, d, wd, bn));
    }
  }
}

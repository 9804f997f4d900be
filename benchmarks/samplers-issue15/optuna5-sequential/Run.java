import java.util.*; import java.time.Instant;
import org.xhpo.objective.functions.*; import org.xhpo.sampler.*; import org.xhpo.space.*; import org.xhpo.study.*;
public class Run {
  public static void main(String[] a) {
    String fn = a[0]; int dim = Integer.parseInt(a[1]); int seeds = Integer.parseInt(a[2]);
    for (int s = 0; s < seeds; s++) {
      TestFunction f = fn.equals("rosenbrock") ? new Rosenbrock(Map.of("dim", dim)) : new Ackley(Map.of("dim", dim));
      SearchSpace space = f.space();
      Sampler t = SamplerFactory.create("tpe", Map.of(), space, Direction.MINIMIZE, s);
      SplittableRandom rng = new SplittableRandom(s * 7919L + 1);
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i < 100; i++) {
        Configuration c = t.ask(1, rng.split()).get(0); double[] x = new double[dim];
        for (int d = 0; d < dim; d++) x[d] = c.getDouble(TestFunction.name(d));
        double v = f.value(x); best = Math.min(best, v);
        t.tell(List.of(new TrialResult(new Trial(i, i, 0, c), TrialStatus.OK, v, Map.of(), null, Instant.EPOCH, Instant.EPOCH, "r")));
      }
      System.out.println(best);
    }
  }
}

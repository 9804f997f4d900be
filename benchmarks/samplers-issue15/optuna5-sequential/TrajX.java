import java.util.*; import java.time.Instant; import java.nio.file.*;
import org.xhpo.objective.functions.*; import org.xhpo.sampler.*; import org.xhpo.space.*; import org.xhpo.study.*;
public class TrajX {
  public static void main(String[] a) throws Exception {
    int seeds = Integer.parseInt(a[0]); StringBuilder sb = new StringBuilder();
    for (int s = 0; s < seeds; s++) {
      Rastrigin f = new Rastrigin(Map.of("dim", 6)); SearchSpace space = f.space();
      Sampler t = SamplerFactory.create("tpe", Map.of("multivariate", false), space, Direction.MINIMIZE, s);
      SplittableRandom rng = new SplittableRandom(s * 7919L + 1); int id = 0; List<String> vals = new ArrayList<>();
      while (id < 100) {
        List<Configuration> cs = t.ask(Math.min(8, 100 - id), rng.split()); List<TrialResult> res = new ArrayList<>();
        for (Configuration c : cs) { double[] x = new double[6];
          for (int d = 0; d < 6; d++) x[d] = c.getDouble(TestFunction.name(d));
          double v = f.value(x); vals.add(Double.toString(v));
          res.add(new TrialResult(new Trial(id++, 0, 0, c), TrialStatus.OK, v, Map.of(), null, Instant.EPOCH, Instant.EPOCH, "r")); }
        t.tell(res);
      }
      sb.append(String.join(",", vals)).append('\n');
    }
    Files.writeString(Path.of("trajx.csv"), sb.toString());
  }
}

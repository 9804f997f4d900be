// XHPO TPE on Rosenbrock-10 in process, every value of every trial: java TrajRosenbrock firstSeed endSeed batch out.csv [k=v settings]
import java.util.*; import java.time.Instant; import java.nio.file.*;
import org.xhpo.objective.functions.*; import org.xhpo.sampler.*; import org.xhpo.space.*; import org.xhpo.study.*;
public class TrajRosenbrock {
  public static void main(String[] a) throws Exception {
    int s0 = Integer.parseInt(a[0]), s1 = Integer.parseInt(a[1]); int batch = Integer.parseInt(a[2]); StringBuilder sb = new StringBuilder();
    Map<String,Object> settings = new HashMap<>();
    for (int i = 4; i < a.length; i++) { String[] kv = a[i].split("="); settings.put(kv[0], kv[1].matches("-?[0-9.]+") ? (Object) Double.valueOf(kv[1]) : kv[1]); }
    for (int s = s0; s < s1; s++) {
      Rosenbrock f = new Rosenbrock(Map.of("dim", 10)); SearchSpace space = f.space();
      Sampler t = SamplerFactory.create("tpe", settings, space, Direction.MINIMIZE, s);
      SplittableRandom rng = new SplittableRandom(s * 7919L + 1); int id = 0; List<String> vals = new ArrayList<>();
      while (id < 100) {
        List<Configuration> cs = t.ask(Math.min(batch, 100 - id), rng.split()); List<TrialResult> res = new ArrayList<>();
        for (Configuration c : cs) { double[] x = new double[10];
          for (int d = 0; d < 10; d++) x[d] = c.getDouble(TestFunction.name(d));
          double v = f.value(x); vals.add(Double.toString(v));
          res.add(new TrialResult(new Trial(id++, 0, 0, c), TrialStatus.OK, v, Map.of(), null, Instant.EPOCH, Instant.EPOCH, "r")); }
        t.tell(res);
      }
      sb.append(String.join(",", vals)).append('\n');
    }
    Files.writeString(Path.of(a[3]), sb.toString());
  }
}

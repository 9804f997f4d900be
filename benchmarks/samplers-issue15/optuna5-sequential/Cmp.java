import java.nio.file.*; import java.util.*; import java.time.Instant;
import org.xhpo.objective.functions.*; import org.xhpo.sampler.*; import org.xhpo.space.*; import org.xhpo.study.*;
public class Cmp {
  public static void main(String[] a) throws Exception {
    Rosenbrock f = new Rosenbrock(Map.of("dim", 10)); SearchSpace space = f.space();
    List<String> lines = Files.readAllLines(Path.of("hist.csv"));
    List<TrialResult> told = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] p = lines.get(i).split(","); Map<String,Object> m = new LinkedHashMap<>();
      for (int d = 0; d < 10; d++) m.put(TestFunction.name(d), Double.parseDouble(p[d]));
      told.add(new TrialResult(new Trial(i, 0, 0, new Configuration(m)), TrialStatus.OK, Double.parseDouble(p[10]), Map.of(), null, Instant.EPOCH, Instant.EPOCH, "h"));
    }
    StringBuilder sb = new StringBuilder();
    for (int s = 0; s < 1000; s++) {
      Sampler t = SamplerFactory.create("tpe", Map.of(), space, Direction.MINIMIZE, s); t.tell(told);
      Configuration c = t.ask(1, new SplittableRandom(s)).get(0); double[] x = new double[10];
      for (int d = 0; d < 10; d++) { x[d] = c.getDouble(TestFunction.name(d)); sb.append(x[d]).append(','); }
      sb.append(f.value(x)).append('\n');
    }
    Files.writeString(Path.of("xh.csv"), sb.toString());
  }
}

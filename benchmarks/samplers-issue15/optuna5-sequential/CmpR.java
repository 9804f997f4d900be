import java.nio.file.*; import java.util.*; import java.time.Instant; import java.lang.reflect.*;
import org.xhpo.objective.functions.*; import org.xhpo.sampler.*; import org.xhpo.space.*; import org.xhpo.study.*;
public class CmpR {
  public static void main(String[] a) throws Exception {
    int npend = Integer.parseInt(a[0]); boolean mv = a[1].equals("mv");
    Rastrigin f = new Rastrigin(Map.of("dim", 6)); SearchSpace space = f.space();
    List<String> lines = Files.readAllLines(Path.of("histr.csv"));
    List<TrialResult> told = new ArrayList<>(); List<double[]> pending = new ArrayList<>();
    int nh = Integer.parseInt(a[2]); for (int i = 0; i < nh + npend; i++) {
      String[] p = lines.get(i).split(","); Map<String,Object> m = new LinkedHashMap<>();
      for (int d = 0; d < 6; d++) m.put(TestFunction.name(d), Double.parseDouble(p[d]));
      Configuration c = new Configuration(m);
      if (i < nh) told.add(new TrialResult(new Trial(i, 0, 0, c), TrialStatus.OK, Double.parseDouble(p[6]), Map.of(), null, Instant.EPOCH, Instant.EPOCH, "h"));
      else { double[] u = new double[6]; for (int d = 0; d < 6; d++) u[d] = space.parameters().get(d).toUnit(c.get(TestFunction.name(d))); pending.add(u); }
    }
    StringBuilder sb = new StringBuilder();
    for (int s = 0; s < 2000; s++) {
      Sampler t = SamplerFactory.create("tpe", Map.of("multivariate", mv), space, Direction.MINIMIZE, s); t.tell(told);
      Method pm = t.getClass().getDeclaredMethod("propose", List.class, SplittableRandom.class); pm.setAccessible(true);
      double[] u = (double[]) pm.invoke(t, new ArrayList<>(pending), new SplittableRandom(s));
      Configuration c = space.fromUnit(u);
      for (int d = 0; d < 6; d++) sb.append(c.getDouble(TestFunction.name(d))).append(d < 5 ? "," : "\n");
    }
    Files.writeString(Path.of("xhr-" + npend + "-" + a[1] + "-" + nh + ".csv"), sb.toString());
  }
}

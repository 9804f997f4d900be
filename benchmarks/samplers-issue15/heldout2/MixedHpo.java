package heldout2;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.Objective;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;

/**
 * A mixed space shaped like a network's hyperparameters (added to the second held-out set on 2026-12-07,
 * defined before any run): log-scale floats (lr, weight_decay), an integer (layers), a log-scale integer
 * (units), a float (dropout) and a two-way categorical (batch_norm), with the couplings one expects —
 * deeper nets want a smaller learning rate and, without batch norm, fewer layers; wider nets more dropout;
 * too large a learning rate costs more than too small (a cubic wall). Minimum 0.2 near lr = 10^-2.8,
 * layers 5, units 152, dropout 0.12, weight_decay 1e-4, batch_norm on. Ported as mixed_hpo in
 * benchmarks/optuna_reference.py (MIXED). Label "heldout2.MixedHpo".
 */
public class MixedHpo implements Objective {
  public MixedHpo(Map<String, Object> settings) {
    if (!settings.isEmpty()) throw new IllegalArgumentException("MixedHpo takes no settings, got " + settings);
  }

  public static double value(double lr, long layers, long units, double dropout, double weightDecay, boolean batchNorm) {
    double a = Math.log10(lr) + 2.5 - 0.2 * (layers - 4) + (batchNorm ? 0.5 : 0);
    double lu = Math.log(units) / Math.log(2);
    double b = lu - 7 - 0.25 * (layers - 4);
    double c = dropout - 0.1 - 0.08 * (lu - 7);
    double w = Math.log10(weightDecay) + 4;
    double depth = layers - (batchNorm ? 5 : 3);
    double wall = Math.max(0, a);
    return 0.2 + 0.6 * a * a + 0.15 * b * b + 3 * c * c + 0.05 * w * w + 0.08 * depth * depth + 0.4 * wall * wall * wall;
  }

  @Override
  public Evaluation evaluate(Configuration c, TrialContext context) {
    return Evaluation.of(value(c.getDouble("lr"), (long) c.getDouble("layers"), (long) c.getDouble("units"),
        c.getDouble("dropout"), c.getDouble("weight_decay"), "on".equals(c.get("batch_norm"))));
  }

  @Override
  public Optional<SearchSpace> defaultSpace() {
    List<Parameter> ps = List.of(
        new FloatParameter("lr", 1e-5, 1, true, null, null),
        new IntParameter("layers", 1, 8, false, 1, null, null),
        new IntParameter("units", 8, 1024, true, 1, null, null),
        new FloatParameter("dropout", 0, 0.7, false, null, null),
        new FloatParameter("weight_decay", 1e-8, 1e-1, true, null, null),
        new CategoricalParameter("batch_norm", List.of("off", "on"), null, null));
    return Optional.of(new SearchSpace(ps));
  }
}

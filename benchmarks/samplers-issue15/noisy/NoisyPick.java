package org.xhpo.sampler.gp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.objective.TrialContext;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerFactory;
import org.xhpo.sampler.bench.SamplerRun;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Seeds;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * Which evaluated trial to hand the user when the loss is noisy (RESULTS.md §2b, "`auto` on noisy losses"):
 * NoisyRun's loop (same seeds, same noise, so the same runs), then two picks among the evaluated trials — the
 * best observed value, and the lowest posterior mean of an ARD Matérn-5/2 GP fitted (with its noise variance)
 * to all the standardized observed losses — and the true value of each. In GpSampler's package (the GP's
 * package-private fit). Args: sampler function:sd[,...] seeds(a-b) budget batch.
 */
public class NoisyPick {
  public static void main(String[] a) throws Exception {
    String[] range = a[2].split("-");
    int budget = Integer.parseInt(a[3]);
    int batch = Integer.parseInt(a[4]);
    System.out.println("function,sd,seed,sampler,batch,trials,true_of_best_observed,true_of_best_posterior_mean,best_true");
    for (long seed = Long.parseLong(range[0]); seed <= Long.parseLong(range[1]); seed++) {
      for (String fs : a[1].split(",")) {
        int at = fs.lastIndexOf(':');
        String fn = fs.substring(0, at);
        double sd = Double.parseDouble(fs.substring(at + 1));
        double[] r = run(a[0], fn, sd, seed, budget, batch);
        System.out.printf("%s,%s,%d,%s,%d,%d,%.6g,%.6g,%.6g%n", fn, sd, seed, a[0], batch, budget, r[0], r[1], r[2]);
        System.out.flush();
      }
    }
  }

  static double[] run(String sampler, String fn, double sd, long seed, int budget, int batch) throws Exception {
    Objective f = ObjectiveRegistry.create(SamplerRun.spec(fn));
    SearchSpace space = f.defaultSpace().orElseThrow();
    Sampler s = SamplerFactory.create(sampler, Map.of(), space, Direction.MINIMIZE, seed, budget);
    GpEncoder encoder = new GpEncoder(space);
    List<double[]> xs = new ArrayList<>();
    List<Double> observed = new ArrayList<>();
    List<Double> truths = new ArrayList<>();
    long id = 0;
    for (int round = 0; id < budget; round++) {
      int n = (int) Math.min(batch, budget - id);
      List<Configuration> cs = s.ask(n, new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, round)));
      if (cs.isEmpty()) {
        break;
      }
      List<TrialResult> rs = new ArrayList<>();
      for (Configuration c : cs) {
        long tid = id++;
        long trialSeed = Seeds.derive(seed, Seeds.Purpose.TRIAL, tid);
        double truth = f.evaluate(c, TrialContext.of(tid, trialSeed)).value();
        double y = truth + sd * new SplittableRandom(trialSeed).nextGaussian();
        xs.add(encoder.encode(c));
        observed.add(y);
        truths.add(truth);
        rs.add(new TrialResult(new Trial(tid, round, 0, c), TrialStatus.OK, y, Map.of(), null, Instant.EPOCH,
            Instant.EPOCH, "bench"));
      }
      s.tell(rs);
    }
    int m = observed.size();
    double mean = observed.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double var = observed.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / Math.max(1, m - 1);
    double[] y = new double[m];
    for (int i = 0; i < m; i++) {
      y[i] = (observed.get(i) - mean) / Math.sqrt(var);
    }
    double[][] x = xs.toArray(new double[0][]);
    GaussianProcess gp = new GaussianProcess(x, y, GaussianProcess.fit(x, y, null, 2, 100, new SplittableRandom(seed)));
    int byObserved = 0;
    int byMean = 0;
    double bestMean = Double.POSITIVE_INFINITY;
    double bestTrue = Double.POSITIVE_INFINITY;
    for (int i = 0; i < m; i++) {
      if (observed.get(i) < observed.get(byObserved)) {
        byObserved = i;
      }
      double mu = gp.predict(x[i])[0];
      if (mu < bestMean) {
        bestMean = mu;
        byMean = i;
      }
      bestTrue = Math.min(bestTrue, truths.get(i));
    }
    return new double[] {truths.get(byObserved), truths.get(byMean), bestTrue};
  }
}

package org.xhpo.sampler.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.TrialContext;
import org.xhpo.objective.mlp.MlpObjective;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerFactory;
import org.xhpo.sampler.hsicgpbo.HsicGpboSampler;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Configuration;
import org.xhpo.space.FixedParameter;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Seeds;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * Table 4 of hsic-explainable-hpo.md side by side: random search, GP-BO on the full space and
 * HSIC-GPBO, the same budget each, on the MLP objective (validation error optimized, the selected
 * model reported by its test error), repeated with different study seeds. Runs in process with the
 * driver's seeds (round r: {@code SAMPLER_ROUND}, trial i: {@code TRIAL}), two trials at a time.
 * Usage: {@code Table4Bench WORKLOAD(fashion|bateman) BUDGET BATCH REPEATS OUT.csv [POOL EPOCHS [TEST]]} —
 * one CSV row per trial (method, repeat, trial, stage, val_error, test_error, params, flops), flushed
 * as it goes; HSIC-GPBO's decisions and its selected trial ({@link HsicGpboSampler#selected()}) as
 * {@code #} lines. POOL is the training pool (train + validation; default 1,000 Fashion-MNIST images,
 * 800 Bateman rows), EPOCHS the fixed epochs (3; 15), TEST the Fashion-MNIST test images (1,000).
 */
public final class Table4Bench {
    private Table4Bench() {
    }

    /** The MLP space of the benchmark (the seed's hyperparameters, budget-sized ranges, epochs fixed). */
    static SearchSpace space(boolean fashion, long epochs) {
        return new SearchSpace(List.of(
                new IntParameter("layers", 1, 3, false, 1, null, null),
                new IntParameter("width", 8, 256, true, 1, null, null),
                new FloatParameter("lr", 1e-4, 3e-2, true, null, null),
                new IntParameter("batch", 16, 128, true, 1, null, null),
                new CategoricalParameter("optimizer", List.of("sgd", "adam", "rmsprop"), null, null),
                new CategoricalParameter("activation", List.of("relu", "tanh"), null, null),
                new FloatParameter("weight_decay", 1e-6, 1e-2, true, null, null)),
                List.of(new FixedParameter("epochs", epochs)));
    }

    /**
     * Runs the table.
     *
     * @param args workload, budget, batch, repeats, output CSV
     */
    public static void main(String[] args) throws Exception {
        boolean fashion = args[0].equals("fashion");
        int budget = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        int repeats = Integer.parseInt(args[3]);
        int trainPool = args.length > 5 ? positive(args[5], "POOL") : fashion ? 1000 : 800;
        long epochs = args.length > 6 ? positive(args[6], "EPOCHS") : fashion ? 3 : 15;
        int test = args.length > 7 ? positive(args[7], "TEST") : 1000;
        Map<String, Object> settings = fashion
                ? Map.of("task", "classification", "train_size", trainPool, "validation", 0.2, "test_size", test)
                : Map.of("task", "regression", "data", "data/bateman.csv", "train_size", trainPool, "validation", 0.25,
                        "test_fraction", 0.2);
        MlpObjective objective = new MlpObjective(settings);
        SearchSpace space = space(fashion, epochs);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[4])))) {
            out.println("workload,method,repeat,trial,stage,val_error,test_error,params,flops,seconds");
            for (int rep = 0; rep < repeats; rep++) {
                for (String method : List.of("hsic-gpbo", "gp", "random")) {
                    long seed = 1000L * (rep + 1) + (fashion ? 1 : 2);
                    Map<String, Object> s = method.equals("gp") ? Map.of("n_startup_trials", 5)
                            : method.equals("hsic-gpbo") ? Map.of("costs", List.of("flops")) : Map.of();
                    Sampler sampler = SamplerFactory.create(method, s, space, Direction.MINIMIZE, seed, budget);
                    run(args[0], method, rep, sampler, objective, seed, budget, batch, pool, out);
                    if (sampler instanceof HsicGpboSampler h) {
                        String tag = "# " + args[0] + " rep " + rep + " ";
                        h.decisions().forEach(d -> out.println(tag + oneLine(d.toString())));
                        out.println(tag + "selected trial " + h.selected().map(r -> r.trial().id()).orElse(-1L));
                    }
                    out.flush();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int positive(String v, String name) {
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        System.err.println(name + ": expected a positive integer, got " + v);
        System.exit(2);
        return 0;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }

    private static void run(String workload, String method, int rep, Sampler sampler, MlpObjective objective, long seed,
                            int budget, int batch, ExecutorService pool, PrintWriter out) throws Exception {
        long id = 0;
        for (int round = 0; id < budget; round++) {
            List<Configuration> cs = sampler.ask((int) Math.min(batch, budget - id),
                    new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, round)));
            if (cs.isEmpty()) {
                break;
            }
            String stage = sampler.stage().orElse("-");
            List<Future<Evaluation>> fs = new ArrayList<>();
            List<Trial> trials = new ArrayList<>();
            for (Configuration c : cs) {
                long tid = id++;
                Trial t = new Trial(tid, round, Seeds.derive(seed, Seeds.Purpose.TRIAL, tid), c);
                trials.add(t);
                fs.add(pool.submit(() -> objective.evaluate(c, TrialContext.of(t.id(), t.seed()))));
            }
            List<TrialResult> rs = new ArrayList<>();
            for (int i = 0; i < fs.size(); i++) {
                Trial t = trials.get(i);
                try {
                    Evaluation e = fs.get(i).get();
                    rs.add(new TrialResult(t, TrialStatus.OK, e.value(), e.metrics(), null, null, null, "bench"));
                    Map<String, Double> m = new LinkedHashMap<>(e.metrics());
                    out.println(String.format(Locale.ROOT, "%s,%s,%d,%d,%s,%.6g,%.6g,%.0f,%.0f,%.2f", workload, method, rep,
                            t.id(), stage, e.value(), m.get("test_error"), m.get("params"), m.get("flops"),
                            m.get("train_seconds")));
                } catch (java.util.concurrent.ExecutionException ex) {
                    rs.add(new TrialResult(t, TrialStatus.FAILED, Double.NaN, Map.of(), String.valueOf(ex.getCause()), null,
                            null, "bench"));
                    out.println(workload + "," + method + "," + rep + "," + t.id() + "," + stage + ",,,,,");
                }
            }
            out.flush();
            sampler.tell(rs);
        }
    }
}

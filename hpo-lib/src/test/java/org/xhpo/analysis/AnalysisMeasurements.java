package org.xhpo.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.xhpo.analysis.hsic.HsicImportance;
import org.xhpo.analysis.hsic.HsicImportanceRow;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.objective.ObjectiveSpec;
import org.xhpo.objective.TrialContext;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SamplerFactory;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Seeds;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * Not a test but the measurements behind two analysis defaults (benchmarks/RESULTS.md), on
 * explain_bench whose ground truth is known: (1) under TPE trials, which P1 remedy keeps the HSIC
 * ranking (exploration trials only vs the empirical-CDF transform, against the ranking from 2,000
 * uniform trials); (2) how many random trials the HSIC vote needs before it stops calling noise
 * important or the important parameters unimportant. Run by hand:
 * {@code mvn -o -q -pl hpo-lib test -Dtest=AnalysisMeasurements -Dxhpo.measure=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; writes {@code target/analysis-measurements.md}.
 */
@EnabledIfSystemProperty(named = "xhpo.measure", matches = "true")
class AnalysisMeasurements {
    static final List<String> ALWAYS = List.of("lr", "momentum", "a", "b", "width", "noise1", "noise2");
    static final AnalysisSettings S = new AnalysisSettings(true, 0.1, "std", 100, 5_000, 20, 3, false, 5, 24, 200,
            List.of());

    @Test
    void measure() throws Exception {
        StringBuilder out = new StringBuilder("# analysis measurements, " + Instant.now() + "\n\n");
        long t0 = System.nanoTime();
        double[] truth = sValues(input(trials("random", Map.of(), 2_000, 99)));
        out.append("truth S (2000 random trials): ").append(fmt(truth)).append("\n\n");
        out.append("| seed | remedy | Kendall tau vs truth | lr,momentum,width above noise |\n|---|---|---|---|\n");
        double[][] sums = new double[3][2];
        int seeds = 5;
        for (int seed = 1; seed <= seeds; seed++) {
            List<TrialResult> tpe = trials("tpe", Map.of("n_startup_trials", 100), 300, seed);
            ExplainInput all = input(tpe);
            boolean[] exploration = new boolean[all.trials().n()];
            for (int i = 0; i < exploration.length; i++) {
                exploration[i] = all.keys()[i] < 100;
            }
            String[] names = {"none (raw unit values)", "exploration trials only (100)", "empirical CDF (300)"};
            ExplainInput[] variants = {all, SamplingRemedy.explorationOnly(all, "tpe", exploration),
                SamplingRemedy.apply(all, "tpe", new boolean[exploration.length])};
            for (int v = 0; v < 3; v++) {
                double[] sv = sValues(variants[v]);
                double tau = kendall(sv, truth);
                boolean sep = Math.min(sv[0], Math.min(sv[1], sv[4])) > Math.max(sv[5], sv[6]);
                sums[v][0] += tau / seeds;
                sums[v][1] += (sep ? 1.0 : 0.0) / seeds;
                out.append("| ").append(seed).append(" | ").append(names[v]).append(" | ")
                        .append(String.format("%.3f", tau)).append(" | ").append(sep).append(" |\n");
            }
        }
        out.append("\nmeans: none tau ").append(String.format("%.3f sep %.2f", sums[0][0], sums[0][1]))
                .append("; exploration tau ").append(String.format("%.3f sep %.2f", sums[1][0], sums[1][1]))
                .append("; ecdf tau ").append(String.format("%.3f sep %.2f", sums[2][0], sums[2][1])).append("\n\n");
        out.append("| random trials | runs | noise called significant | lr/momentum called not significant |\n"
                + "|---|---|---|---|\n");
        for (int n : new int[] {20, 30, 40, 60, 100}) {
            int runs = 20;
            int noiseWrong = 0;
            int importantWrong = 0;
            for (int seed = 0; seed < runs; seed++) {
                HsicImportance.Result r = new HsicImportance().explain(input(trials("random", Map.of(), n,
                        1000 + seed)), S, seed);
                for (HsicImportanceRow row : r.rows()) {
                    if (!row.ownGroup() || !row.target().equals("best")) {
                        continue;
                    }
                    if (row.parameter().startsWith("noise") && row.significant()) {
                        noiseWrong++;
                    }
                    if ((row.parameter().equals("lr") || row.parameter().equals("momentum")) && !row.significant()) {
                        importantWrong++;
                    }
                }
            }
            out.append("| ").append(n).append(" | ").append(runs).append(" | ")
                    .append(String.format("%.0f%%", 100.0 * noiseWrong / (2 * runs))).append(" | ")
                    .append(String.format("%.0f%%", 100.0 * importantWrong / (2 * runs))).append(" |\n");
        }
        out.append(String.format("%nwall time %.0f s%n", (System.nanoTime() - t0) / 1e9));
        Files.writeString(Path.of("target/analysis-measurements.md"), out.toString());
    }

    static List<TrialResult> trials(String sampler, Map<String, Object> settings, int n, long seed) throws Exception {
        return trials(sampler, settings, n, seed, "explain_bench");
    }

    /** n trials of a built-in objective proposed by a sampler in rounds of 10, as the driver runs them. */
    static List<TrialResult> trials(String sampler, Map<String, Object> settings, int n, long seed, String objective)
            throws Exception {
        Objective f = ObjectiveRegistry.create(new ObjectiveSpec(objective, Map.of()));
        SearchSpace space = f.defaultSpace().orElseThrow();
        Sampler s = SamplerFactory.create(sampler, settings, space, Direction.MINIMIZE, seed);
        List<TrialResult> out = new ArrayList<>();
        long id = 0;
        for (int round = 0; id < n; round++) {
            List<Configuration> cs = s.ask((int) Math.min(10, n - id),
                    new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.SAMPLER_ROUND, round)));
            List<TrialResult> rs = new ArrayList<>();
            for (Configuration c : cs) {
                long tid = id++;
                TrialContext ctx = TrialContext.of(tid, Seeds.derive(seed, Seeds.Purpose.TRIAL, tid));
                var e = f.evaluate(c, ctx);
                rs.add(new TrialResult(new Trial(tid, round, ctx.seed(), c), TrialStatus.OK, e.value(), e.metrics(),
                        null, Instant.EPOCH, Instant.EPOCH, "bench"));
            }
            s.tell(rs);
            out.addAll(rs);
        }
        return out;
    }

    static ExplainInput input(List<TrialResult> trials) {
        SearchSpace space = ObjectiveRegistry.create(new ObjectiveSpec("explain_bench", Map.of())).defaultSpace()
                .orElseThrow();
        return ExplainInput.fromTrials(space, trials, Direction.MINIMIZE);
    }

    /** S (best target, own group) of the always-active parameters, in ALWAYS order. */
    static double[] sValues(ExplainInput in) {
        AnalysisSettings quick = new AnalysisSettings(true, 0.1, "std", 0, 5_000, 20, 3, false, 5, 24, 200, List.of());
        HsicImportance.Result r = new HsicImportance().explain(in, quick, 1);
        double[] s = new double[ALWAYS.size()];
        for (HsicImportanceRow row : r.rows()) {
            if (row.ownGroup() && row.target().equals("best") && ALWAYS.contains(row.parameter())) {
                s[ALWAYS.indexOf(row.parameter())] = row.s();
            }
        }
        return s;
    }

    static double kendall(double[] a, double[] b) {
        int c = 0;
        int d = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                double x = Math.signum(a[i] - a[j]) * Math.signum(b[i] - b[j]);
                c += x > 0 ? 1 : 0;
                d += x < 0 ? 1 : 0;
            }
        }
        return (double) (c - d) / (a.length * (a.length - 1) / 2);
    }

    static String fmt(double[] v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            b.append(ALWAYS.get(i)).append('=').append(String.format("%.2e", v[i])).append(' ');
        }
        return b.toString();
    }
}

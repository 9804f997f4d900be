package org.xhpo.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Condition;
import org.xhpo.space.Configuration;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * The promises every {@link ExplanationMethod} keeps (STYLE rule 8; Optuna's
 * {@code pytest_importance.py}): deterministic given the seed, blind to failed trials, conditional
 * parameters reported in their group, and a table it cannot use refused with a message. Each
 * implementation's test extends this class and supplies the method.
 *
 * <p>Fixture: x1 matters (loss (x1 − 0.3)²), x2 is noise, optimizer ∈ {sgd, adam}, beta only for
 * sgd and matters there (+ (beta − 0.7)²); 160 random trials, every fifth one failed.
 */
public abstract class ExplanationMethodContract<R extends ResultTables> {
    /** The space of the fixture. */
    protected static final SearchSpace SPACE = new SearchSpace(List.of(
            new FloatParameter("x1", 0.0, 1.0, false, null, null),
            new FloatParameter("x2", 0.0, 1.0, false, null, null),
            new CategoricalParameter("optimizer", List.of("sgd", "adam"), null, null),
            new FloatParameter("beta", 0.0, 1.0, false, null, new Condition(Map.of("optimizer", List.of("sgd"))))));

    /** The method under test. */
    protected abstract ExplanationMethod<R> method();

    /** Small, fast settings (costs: beta, so trade-off curves exist for the conditional parameter). */
    protected AnalysisSettings settings() {
        return new AnalysisSettings(true, 0.1, "std", 20, 5_000, 5, 1, false, 2, 10, 20, List.of("beta"));
    }

    /** The fixture's trials, failed ones included. */
    protected static List<TrialResult> trials(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<TrialResult> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Configuration c = SPACE.fromUnit(new double[] {rng.nextDouble(), rng.nextDouble(), rng.nextDouble(),
                rng.nextDouble()});
            double x1 = c.getDouble("x1");
            boolean sgd = c.get("optimizer").equals("sgd");
            double y = (x1 - 0.3) * (x1 - 0.3) + (sgd ? (c.getDouble("beta") - 0.7) * (c.getDouble("beta") - 0.7)
                    : 0.05) + 0.01 * rng.nextGaussian();
            boolean failed = i % 5 == 4;
            out.add(new TrialResult(new Trial(i, 0, i, c), failed ? TrialStatus.FAILED : TrialStatus.OK,
                    failed ? Double.NaN : y, Map.of(), failed ? "boom" : null, Instant.EPOCH, Instant.EPOCH, "driver"));
        }
        return out;
    }

    private ExplainInput input(List<TrialResult> results) {
        return ExplainInput.fromTrials(SPACE, results, Direction.MINIMIZE);
    }

    private Map<String, List<?>> run(ExplainInput in, long seed) {
        Map<String, List<?>> out = new LinkedHashMap<>();
        method().explain(in, settings(), seed).tables().forEach((k, v) -> out.put(k, v.rows()));
        return out;
    }

    @Test
    void sameSeedGivesIdenticalTables() {
        ExplainInput in = input(trials(160, 1));
        assertEquals(run(in, 5), run(in, 5));
    }

    @Test
    void failedTrialsAreIgnored() {
        List<TrialResult> all = trials(160, 2);
        List<TrialResult> ok = all.stream().filter(TrialResult::ok).toList();
        assertNotEquals(all.size(), ok.size());
        assertEquals(run(input(ok), 3), run(input(all), 3));
    }

    @Test
    void conditionalParameterIsReportedInItsGroup() {
        Map<String, List<?>> tables = run(input(trials(160, 3)), 4);
        String group = ExplainInput.groupOf(SPACE.get("beta"));
        int mentions = 0;
        for (List<?> rows : tables.values()) {
            for (Object row : rows) {
                Map<String, Object> r = components((Record) row);
                if ("beta".equals(r.get("parameter")) || "beta".equals(r.get("parameterA"))
                        || "beta".equals(r.get("parameterB"))) {
                    mentions++;
                    if (r.containsKey("group")) {
                        assertEquals(group, r.get("group"), "beta's row " + row);
                    }
                }
            }
        }
        assertTrue(mentions > 0, "beta appears in " + tables.keySet());
    }

    @Test
    void tooFewTrialsAreRefusedWithAMessage() {
        ExplainInput in = input(trials(8, 4)); // 7 ok trials, below ExplainInput.MIN_TRIALS
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> method().explain(in, settings(), 1));
        assertTrue(e.getMessage().startsWith("trials:"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    /** A record's components by name. */
    protected static Map<String, Object> components(Record r) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                m.put(c.getName(), c.getAccessor().invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return m;
    }
}

package org.xhpo.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.study.Direction;

/** Reading sweep configs: a full example, defaults, and one case per kind of bad input. */
public class ConfigReaderTest {
    static final String GOOD = String.join("\n",
            "study: {name: demo, seed: 7, direction: minimize}",
            "objective: {name: noop}",
            "space:",
            "  lr: {type: float, low: 1e-4, high: 0.1, log: true, default: 0.01}",
            "  layers: {type: int, low: 1, high: 8}",
            "  optimizer: {type: categorical, choices: [sgd, adam]}",
            "  momentum: {type: float, low: 0, high: 0.99, when: {optimizer: sgd}}",
            "  nesterov: {type: categorical, choices: [true, false], when: {optimizer: [sgd]}}",
            "sampler: {name: sobol}",
            "budget: {trials: 32, batch_size: 4, wall_time: 10m}",
            "execution: {trials_per_task: 2, trial_timeout: 90s, max_failed_fraction: 0.25}",
            "output: {dir: /tmp/x}",
            "analysis: off",
            "");

    @Test
    void readsAFullConfig() {
        SweepConfig c = ConfigReader.parse(GOOD, "good.yaml");
        assertEquals("demo", c.study());
        assertEquals(7, c.seed());
        assertEquals(Direction.MINIMIZE, c.direction());
        assertEquals(new FloatParameter("lr", 1e-4, 0.1, true, 0.01, null), c.space().get("lr"));
        assertEquals(new IntParameter("layers", 1, 8, false, 1, null, null), c.space().get("layers"));
        assertTrue(c.space().get("momentum").when().isPresent());
        assertEquals(ValueTypeCheck.BOOL, ValueTypeCheck.of((CategoricalParameter) c.space().get("nesterov")));
        assertEquals("sobol", c.sampler().name());
        assertEquals(32, c.budget().trials());
        assertEquals(600.0, c.budget().wallTimeSeconds());
        assertEquals(4, c.budget().batchSize());
        assertEquals(90.0, c.execution().trialTimeoutSeconds());
        assertEquals(2, c.execution().trialsPerTask());
        assertEquals(0.25, c.execution().maxFailedFraction());
        assertEquals("/tmp/x", c.outputDir());
        assertFalse(c.analysis().enabled());
    }

    /** Helper to check boolean categorical typing without exposing more API. */
    enum ValueTypeCheck {
        BOOL, OTHER;

        static ValueTypeCheck of(CategoricalParameter p) {
            return p.choices().stream().allMatch(v -> v instanceof Boolean) ? BOOL : OTHER;
        }
    }

    @Test
    void builtInObjectiveSuppliesDefaultsWhenSpaceAndSamplerAreOmitted() {
        SweepConfig c = ConfigReader.parse("objective: sleep\nspace: {x: {type: float, low: 0, high: 1}}\nbudget: 5\n", "min.yaml");
        assertEquals("study", c.study());
        assertEquals(12345L, c.seed());
        assertEquals("auto", c.sampler().name()); // the default sampler since issue 15
        assertEquals(5, c.budget().trials());
        assertTrue(c.analysis().enabled());
        assertEquals("results", c.outputDir());
    }

    /** One case per kind of bad input: (what, YAML, expected message); reused by the CLI tests in jobs. */
    public static Stream<Arguments> badConfigs() {
        String sp = "space: {x: {type: float, low: 0, high: 1}}\n";
        String ok = "objective: noop\n" + sp + "budget: 4\n";
        return Stream.of(
                Arguments.of("malformed YAML", "objective: [noop\n", "bad.yaml: malformed YAML at line"),
                Arguments.of("empty file", "", "bad.yaml: is empty"),
                Arguments.of("top level not a mapping", "- a\n- b\n", "bad.yaml: expected a mapping at the top level"),
                Arguments.of("unknown top-level key", ok + "bugdet: 3\n", "bugdet: unknown key (did you mean 'budget'?)"),
                Arguments.of("unknown parameter key", "objective: noop\nspace: {x: {type: float, low: 0, high: 1, lgo: true}}\nbudget: 4\n",
                        "space.x.lgo: unknown key (did you mean 'log'?)"),
                Arguments.of("log with non-positive low", "objective: noop\nspace: {lr: {type: float, low: -1, high: 1, log: true}}\nbudget: 4\n",
                        "space.lr: low must be > 0 for log scale, got -1"),
                Arguments.of("inverted range", "objective: noop\nspace: {x: {type: float, low: 2, high: 1}}\nbudget: 4\n",
                        "space.x: low must be < high, got low=2, high=1"),
                Arguments.of("empty range", "objective: noop\nspace: {x: {type: float, low: 1, high: 1}}\nbudget: 4\n",
                        "space.x: low must be < high, got low=1, high=1"),
                Arguments.of("int inverted", "objective: noop\nspace: {n: {type: int, low: 5, high: 1}}\nbudget: 4\n",
                        "space.n: low must be <= high, got low=5, high=1"),
                Arguments.of("int non-whole bound", "objective: noop\nspace: {n: {type: int, low: 1.5, high: 4}}\nbudget: 4\n",
                        "space.n.low: expected a whole number, got 1.5"),
                Arguments.of("wrong type for bound", "objective: noop\nspace: {x: {type: float, low: abc, high: 1}}\nbudget: 4\n",
                        "space.x.low: expected a number, got 'abc' (text)"),
                Arguments.of("missing bound", "objective: noop\nspace: {x: {type: float, low: 0}}\nbudget: 4\n",
                        "space.x.high: is required"),
                Arguments.of("unknown parameter type", "objective: noop\nspace: {x: {type: flaot, low: 0, high: 1}}\nbudget: 4\n",
                        "space.x.type: unknown type 'flaot' (did you mean 'float'?)"),
                Arguments.of("empty choices", "objective: noop\nspace: {c: {type: categorical, choices: []}}\nbudget: 4\n",
                        "space.c: choices must list at least one value"),
                Arguments.of("duplicate parameter", "objective: noop\nspace:\n  x: {type: float, low: 0, high: 1}\n  x: {type: float, low: 0, high: 2}\nbudget: 4\n",
                        "bad.yaml: duplicate key 'x' at line 4"),
                Arguments.of("condition on unknown parameter", "objective: noop\nspace: {m: {type: float, low: 0, high: 1, when: {opt: sgd}}}\nbudget: 4\n",
                        "space.m.when.opt: condition on unknown parameter 'opt'"),
                Arguments.of("unreachable condition value", "objective: noop\nspace:\n  opt: {type: categorical, choices: [sgd, adam]}\n  m: {type: float, low: 0, high: 1, when: {opt: rmsprop}}\nbudget: 4\n",
                        "space.m.when.opt: value 'rmsprop' (text) can never be taken by 'opt'"),
                Arguments.of("cyclic conditions", "objective: noop\nspace:\n  a: {type: categorical, choices: [x, y], when: {b: x}}\n  b: {type: categorical, choices: [x, y], when: {a: x}}\nbudget: 4\n",
                        "cyclic condition"),
                Arguments.of("reserved parameter name", "objective: noop\nspace: {value: {type: float, low: 0, high: 1}}\nbudget: 4\n",
                        "space.value: name collides with a trials-table column"),
                Arguments.of("unknown objective", "objective: brannin\n" + sp + "budget: 4\n", "objective.name: unknown objective 'brannin'"),
                Arguments.of("objective class missing", "objective: com.acme.Missing\n" + sp + "budget: 4\n",
                        "objective.name: class 'com.acme.Missing' is not on the classpath"),
                Arguments.of("objective class not an Objective", "objective: java.lang.String\n" + sp + "budget: 4\n",
                        "objective.name: class 'java.lang.String' does not implement org.xhpo.objective.Objective"),
                Arguments.of("bad objective setting", "objective: {name: sleep, settings: {milis: 3}}\n" + sp + "budget: 4\n",
                        "objective.settings.milis: unknown setting"),
                Arguments.of("no space for objective without default", "objective: noop\nbudget: 4\n",
                        "space: is required: objective 'noop' has no default space"),
                Arguments.of("unknown sampler", ok + "sampler: rnadom\n", "sampler: unknown sampler 'rnadom'"),
                Arguments.of("zero budget", "objective: noop\n" + sp + "budget: {trials: 0}\n", "budget.trials: must be >= 1, got 0"),
                Arguments.of("negative budget", "objective: noop\n" + sp + "budget: -3\n", "budget.trials: must be >= 1, got -3"),
                Arguments.of("zero batch", "objective: noop\n" + sp + "budget: {trials: 3, batch_size: 0}\n", "budget.batch_size: must be >= 1, got 0"),
                Arguments.of("bad duration", ok + "execution: {trial_timeout: soon}\n", "execution.trial_timeout: expected a duration"),
                Arguments.of("fraction out of range", ok + "execution: {max_failed_fraction: 1.5}\n", "execution.max_failed_fraction: must lie in [0, 1], got 1.5"),
                Arguments.of("bad direction", "study: {direction: up}\n" + ok, "study.direction: expected minimize or maximize, got 'up'"),
                Arguments.of("bad study name", "study: {name: a/b}\n" + ok, "study.name: must be letters"),
                Arguments.of("missing objective", sp + "budget: 4\n", "objective: is required"),
                Arguments.of("analysis fraction out of range", ok + "analysis: {best_fraction: 2}\n",
                        "analysis.best_fraction: must be in (0, 1), got 2.0"),
                Arguments.of("analysis unknown bandwidth", ok + "analysis: {bandwidth: wide}\n",
                        "analysis.bandwidth: expected std, median or a positive number, got 'wide'"),
                Arguments.of("analysis near-miss key", ok + "analysis: {permutaions: 10}\n",
                        "analysis.permutaions: unknown key (did you mean 'permutations'?)"),
                Arguments.of("analysis negative permutations", ok + "analysis: {permutations: -1}\n",
                        "analysis.permutations: must be >= 0, got -1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigs")
    void badConfigGivesOneClearMessage(String what, String yaml, String expected) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigReader.parse(yaml, "bad.yaml"));
        assertTrue(e.getMessage().startsWith(expected) || e.getMessage().contains(expected),
                () -> what + ": expected message containing\n  " + expected + "\ngot\n  " + e.getMessage());
    }
}

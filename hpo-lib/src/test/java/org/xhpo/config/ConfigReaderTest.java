package org.xhpo.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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

    /** A space of n float parameters p0..p(n-1). */
    static String floats(int n) {
        StringBuilder b = new StringBuilder("space:\n");
        for (int i = 0; i < n; i++) {
            b.append("  p").append(i).append(": {type: float, low: 0, high: 1}\n");
        }
        return b.toString();
    }

    /**
     * The hardening cases (issue 13): names compared as Spark compares them, output settings, YAML
     * that would be misread, choices and conditions that silently collide, and driver resource bounds.
     */
    public static Stream<Arguments> hardenedConfigs() {
        String sp = "space: {x: {type: float, low: 0, high: 1}}\n";
        String ok = "objective: noop\n" + sp + "budget: 4\n";
        String noop = "objective: noop\n";
        String b4 = "budget: 4\n";
        return Stream.of(
                Arguments.of("parameter named Value", noop + "space: {Value: {type: float, low: 0, high: 1}}\n" + b4,
                        "space.Value: name collides with a trials-table column (compared case-insensitively)"),
                Arguments.of("parameter named STATUS", noop + "space: {STATUS: {type: float, low: 0, high: 1}}\n" + b4,
                        "space.STATUS: name collides with a trials-table column"),
                Arguments.of("parameter named Trial_ID", noop + "space: {Trial_ID: {type: int, low: 0, high: 9}}\n" + b4,
                        "space.Trial_ID: name collides with a trials-table column"),
                Arguments.of("parameter named round", noop + "space: {round: {type: int, low: 0, high: 9}}\n" + b4,
                        "space.round: name collides with a trials-table column"),
                Arguments.of("parameter named metrics", noop + "space: {metrics: {type: float, low: 0, high: 1}}\n" + b4,
                        "space.metrics: name collides with a trials-table column"),
                Arguments.of("parameter named Start_Time", noop + "space: {Start_Time: {type: float, low: 0, high: 1}}\n"
                        + b4, "space.Start_Time: name collides with a trials-table column"),
                Arguments.of("parameter named executor_id", noop + "space: {executor_id: {type: categorical, choices: [a]}}\n"
                        + b4, "space.executor_id: name collides with a trials-table column"),
                Arguments.of("parameter named error", noop + "space: {error: {type: float, low: 0, high: 1}}\n" + b4,
                        "space.error: name collides with a trials-table column"),
                Arguments.of("parameter named seed", noop + "space: {Seed: {type: int, low: 0, high: 9}}\n" + b4,
                        "space.Seed: name collides with a trials-table column"),
                Arguments.of("parameter with the unit prefix", noop + "space: {u_lr: {type: float, low: 0, high: 1}}\n" + b4,
                        "space.u_lr: name collides with a trials-table column"),
                Arguments.of("parameter with the unit prefix upper case", noop
                        + "space: {U_x: {type: float, low: 0, high: 1}, x: {type: float, low: 0, high: 1}}\n" + b4,
                        "space.U_x: name collides with a trials-table column"),
                Arguments.of("parameters differing in case", noop
                        + "space: {lr: {type: float, low: 0, high: 1}, LR: {type: float, low: 0, high: 2}}\n" + b4,
                        "space.LR: name collides with parameter 'lr' (Spark compares column names case-insensitively)"),
                Arguments.of("parameter name too long", noop + "space: {" + "p".repeat(129)
                        + ": {type: float, low: 0, high: 1}}\n" + b4, "names are at most 128 characters, got 129"),
                Arguments.of("parameter name with a dot", noop + "space: {\"a.b\": {type: float, low: 0, high: 1}}\n" + b4,
                        "name must start with a letter and contain only letters, digits and '_', got 'a.b'"),
                Arguments.of("parameter name with a space", noop + "space: {\"a b\": {type: float, low: 0, high: 1}}\n"
                        + b4, "got 'a b'"),
                Arguments.of("parameter name with a dash", noop + "space: {learning-rate: {type: float, low: 0, high: 1}}\n"
                        + b4, "got 'learning-rate'"),
                Arguments.of("parameter name with a leading digit", noop + "space: {1x: {type: float, low: 0, high: 1}}\n"
                        + b4, "got '1x'"),
                Arguments.of("parameter name with a leading underscore", noop
                        + "space: {_x: {type: float, low: 0, high: 1}}\n" + b4, "got '_x'"),
                Arguments.of("parameter name with a backtick", noop + "space: {\"a`b\": {type: float, low: 0, high: 1}}\n"
                        + b4, "got 'a`b'"),
                Arguments.of("study name ..", "study: {name: ..}\n" + ok, "study.name: must be letters, digits"),
                Arguments.of("study name dot-dot-slash-x", "study: {name: ../x}\n" + ok, "study.name: must be letters, digits"),
                Arguments.of("study name hidden", "study: {name: .hidden}\n" + ok, "study.name: must be letters, digits"),
                Arguments.of("study name with a space", "study: {name: a b}\n" + ok, "study.name: must be letters"),
                Arguments.of("study name with a backslash", "study: {name: 'a\\b'}\n" + ok, "study.name: must be letters"),
                Arguments.of("study name too long", "study: {name: " + "s".repeat(101) + "}\n" + ok,
                        "study.name: must be at most 100 characters (it names a directory), got 101"),
                Arguments.of("study name empty", "study: {name: ''}\n" + ok, "study.name: expected text"),
                Arguments.of("output dir empty", ok + "output: {dir: ''}\n", "output.dir: expected text"),
                Arguments.of("anchor and alias on a scalar", noop + sp + "budget: {trials: &n 4, batch_size: *n}\n",
                        "bad.yaml: YAML anchor '&n' at line 3"),
                Arguments.of("alias to a mapping", noop + "space:\n  x: &f {type: float, low: 0, high: 1}\n  y: *f\n" + b4,
                        "bad.yaml: YAML anchor '&f' at line 3"),
                Arguments.of("merge key", "base: &b {trials: 4}\n" + noop + sp + "budget: {<<: *b}\n",
                        "YAML anchor '&b' at line 1"),
                Arguments.of("two documents", ok + "---\n" + ok, "bad.yaml: holds more than one YAML document"),
                Arguments.of("empty second document", ok + "---\n", "bad.yaml: holds more than one YAML document"),
                Arguments.of("document end marker then another", ok + "...\n" + ok, "bad.yaml: malformed YAML at line 5"),
                Arguments.of("choices 1 and 1.0", noop + "space: {c: {type: categorical, choices: [1, 1.0]}}\n" + b4,
                        "space.c: choices 1 (long) and 1.0 (double) are the same value once stored in a double column"),
                Arguments.of("choices true and 'true'", noop + "space: {c: {type: categorical, choices: [true, 'true']}}\n"
                        + b4, "space.c: choices true (boolean) and 'true' (text) are the same value once stored in a string"),
                Arguments.of("choices 1 and '1'", noop + "space: {c: {type: categorical, choices: [1, '1']}}\n" + b4,
                        "are the same value once stored in a string column"),
                Arguments.of("choices 2.5 and '2.5'", noop + "space: {c: {type: categorical, choices: [2.5, '2.5', a]}}\n"
                        + b4, "are the same value once stored in a string column"),
                Arguments.of("choices 2, 3 and 2.0", noop + "space: {c: {type: categorical, choices: [2, 3, 2.0]}}\n" + b4,
                        "choices 2 (long) and 2.0 (double) are the same value"),
                Arguments.of("choices 0.5 twice", noop + "space: {c: {type: categorical, choices: [0.5, 0.50]}}\n" + b4,
                        "space.c: choices must be distinct, got 0.5 (double) twice"),
                Arguments.of("condition on a float value", noop + "space:\n  lr: {type: float, low: 0, high: 1}\n"
                        + "  m: {type: float, low: 0, high: 1, when: {lr: 0.5}}\n" + b4,
                        "space.m.when.lr: a condition on an exact value of the float parameter 'lr' would (almost) never"),
                Arguments.of("condition on float values", noop + "space:\n  lr: {type: float, low: 0, high: 1}\n"
                        + "  m: {type: int, low: 0, high: 3, when: {lr: [0, 1]}}\n" + b4,
                        "space.m.when.lr: a condition on an exact value of the float parameter 'lr'"),
                Arguments.of("float range width overflows", noop + "space: {x: {type: float, low: -1e308, high: 1e308}}\n"
                        + b4, "space.x: high - low must be a finite number (the unit mapping divides by it)"),
                Arguments.of("float range width overflows near max", noop
                        + "space: {x: {type: float, low: -1.7e308, high: 1.0e308}}\n" + b4, "space.x: high - low must be"),
                Arguments.of("float bound -inf", noop + "space: {x: {type: float, low: -.inf, high: 1}}\n" + b4,
                        "bad.yaml: malformed YAML at line 2, column 36: Malformed numeric value '-.inf'"),
                Arguments.of("float bound nan", noop + "space: {x: {type: float, low: 0, high: .nan}}\n" + b4,
                        "bad.yaml: malformed YAML at line 2, column 44: Malformed numeric value '.nan'"),
                Arguments.of("float bound overflowing text", noop + "space: {x: {type: float, low: 0, high: 1e400}}\n" + b4,
                        "space.x.high: expected a finite number"),
                Arguments.of("int bound beyond 9e15", noop + "space: {n: {type: int, low: 0, high: 1e17}}\n" + b4,
                        "space.n.high: expected a whole number"),
                Arguments.of("grid of 10^7 points", noop + floats(7) + "sampler: {name: grid, settings: {grid_points: 10}}\n"
                        + b4, "sampler.settings.grid_points: the grid would have 10000000 points"),
                Arguments.of("grid of ints and choices", noop + "space:\n  a: {type: int, low: 1, high: 2000}\n"
                        + "  b: {type: int, low: 1, high: 2000}\n  c: {type: categorical, choices: [x, y, z]}\n"
                        + "sampler: {name: grid, settings: {grid_points: 1000}}\n" + b4,
                        "the grid would have 3000000 points (the product of 3 parameters' values)"),
                Arguments.of("grid overflowing a long", noop + floats(40) + "sampler: {name: grid, settings: {grid_points: 100000}}\n"
                        + b4, "the grid would have more than 2^63 points"),
                Arguments.of("gp candidates", ok + "sampler: {name: gp, settings: {candidates: 1000000}}\n",
                        "sampler.settings.candidates: must be at most 100000 (candidates scored on the driver"),
                Arguments.of("gp max_points", ok + "sampler: {name: gp, settings: {max_points: 100000}}\n",
                        "sampler.settings.max_points: must be at most 5000"),
                Arguments.of("gp fit_points", ok + "sampler: {name: gp, settings: {fit_points: 50000}}\n",
                        "sampler.settings.fit_points: must be at most 5000"),
                Arguments.of("gp local_steps", ok + "sampler: {name: gp, settings: {local_steps: 1e9}}\n",
                        "sampler.settings.local_steps: must be at most 100000"),
                Arguments.of("tpe candidates", ok + "sampler: {name: tpe, settings: {n_ei_candidates: 10000000}}\n",
                        "sampler.settings.n_ei_candidates: must be at most 100000"),
                Arguments.of("fi-random points", ok + "sampler: {name: fi-random, settings: {n: 100000000}}\n",
                        "sampler.settings.n: must be at most 1000000"),
                Arguments.of("fi-random ladder",
                        ok + "sampler: {name: fi-random, settings: {mode: adaptive, ladder: 1e9}}\n",
                        "sampler.settings.ladder: must be at most 100000"),
                Arguments.of("fi-random mode", ok + "sampler: {name: fi-random, settings: {mode: greedy}}\n",
                        "sampler.settings.mode: expected one of [paper, adaptive], got 'greedy'"),
                Arguments.of("unrolled momentum", "objective: ridge_polynomial\nbudget: 4\n"
                        + "sampler: {name: hypergradient, settings: {method: unrolled, momentum: 1}}\n",
                        "sampler.settings.momentum: must be in [0, 1), got 1.0"),
                Arguments.of("unrolled init", "objective: ridge_polynomial\nbudget: 4\n"
                        + "sampler: {name: hypergradient, settings: {method: unrolled, init: random}}\n",
                        "sampler.settings.init: expected one of [zero, seed], got 'random'"),
                Arguments.of("unrolled steps", "objective: ridge_polynomial\nbudget: 4\n"
                        + "sampler: {name: hypergradient, settings: {method: unrolled, steps: 0}}\n",
                        "sampler.settings.steps: must be in [1, 100000], got 0"),
                Arguments.of("unrolled learning rate", "objective: ridge_polynomial\nbudget: 4\n"
                        + "sampler: {name: hypergradient, settings: {method: unrolled, inner_lr: -0.1}}\n",
                        "sampler.settings.inner_lr: must be a finite number > 0, got -0.1"),
                Arguments.of("unrolled setting with hoag", "objective: ridge_polynomial\nbudget: 4\n"
                        + "sampler: {name: hypergradient, settings: {method: hoag, steps: 50}}\n",
                        "sampler.settings.steps: only used by method: unrolled, got method: hoag"),
                Arguments.of("batch size", noop + sp + "budget: {trials: 10, batch_size: 1000000}\n",
                        "budget.batch_size: must be at most 100000 (a round's trials are held on the driver), got 1000000"),
                Arguments.of("trials x parameters", noop + floats(200) + "budget: {trials: 1000000}\nanalysis: off\n",
                        "budget.trials: 1000000 trials x 200 parameters = 200000000 values held on the driver"),
                Arguments.of("parameter count", noop + floats(1001) + b4,
                        "space: declares 1001 parameters, at most 1000 are supported"),
                Arguments.of("analysis permutations", ok + "analysis: {permutations: 1000000}\n",
                        "analysis.permutations: must be at most 10000, got 1000000"),
                Arguments.of("analysis exact limit", ok + "analysis: {exact_limit: 1000000}\n",
                        "analysis.exact_limit: must be at most 20000"),
                Arguments.of("analysis parameters x trials", noop + floats(600) + "budget: 30000\n"
                        + "analysis: {exact_limit: 20000}\n",
                        "analysis.exact_limit: min(budget.trials, exact_limit) x 600 parameters = 12000000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hardenedConfigs")
    void hardenedConfigGivesOneClearMessage(String what, String yaml, String expected) {
        badConfigGivesOneClearMessage(what, yaml, expected);
    }

    @Test
    void readsTheUnrolledHypergradientMethodAndItsTrainingRun() {
        SweepConfig c = ConfigReader.parse("objective: ridge_polynomial\nbudget: 4\nsampler: {name: hypergradient, "
                + "settings: {method: unrolled, steps: 200, inner_lr: 0.002, momentum: 0.5, init: seed, "
                + "init_sd: 0.1}}\n", "u");
        org.xhpo.hypergrad.HypergradientSpec spec = org.xhpo.sampler.hypergradient.HypergradientSampler
                .requestedHypergradient(c.sampler().name(), c.sampler().settings()).orElseThrow();
        assertEquals(new org.xhpo.hypergrad.HypergradientSpec(org.xhpo.hypergrad.HypergradientMethod.UNROLLED,
                new org.xhpo.hypergrad.UnrolledSettings(200, 0.002, 0.5,
                        org.xhpo.hypergrad.UnrolledSettings.Init.SEED, 0.1)),
                spec);
        SweepConfig d = ConfigReader.parse("objective: ridge_polynomial\nbudget: 4\n"
                + "sampler: {name: hypergradient, settings: {method: unrolled}}\n", "d");
        assertEquals(org.xhpo.hypergrad.UnrolledSettings.DEFAULT, org.xhpo.sampler.hypergradient.HypergradientSampler
                .requestedHypergradient(d.sampler().name(), d.sampler().settings()).orElseThrow().unrolled());
    }

    @Test
    void theAdaptiveFeatureImportanceSearchIsSelectedFromYaml() {
        // the YAML the README documents for sampler: fi-random, mode: adaptive
        SweepConfig c = ConfigReader.parse("objective: noop\nspace: {x: {type: float, low: 0, high: 1}}\n"
                + "sampler: {name: fi-random, settings: {mode: adaptive, k: 29, ladder: 10}}\n"
                + "budget: {trials: 100, batch_size: 10}\n", "t");
        org.xhpo.sampler.Sampler s = org.xhpo.sampler.SamplerFactory.create(c.sampler().name(),
                c.sampler().settings(), c.space(), c.direction(), c.seed());
        org.xhpo.sampler.fi.FeatureImportanceSettings fi =
                assertInstanceOf(org.xhpo.sampler.fi.FeatureImportanceSearch.class, s).settings();
        assertEquals(org.xhpo.sampler.fi.FeatureImportanceSettings.Mode.ADAPTIVE, fi.mode());
        assertEquals(29, fi.k());
        assertEquals(10, fi.ladder());
    }

    @Test
    void budgetShorthandUsesTheDocumentedBatchSize() {
        SweepConfig c = ConfigReader.parse("objective: noop\nspace: {x: {type: float, low: 0, high: 1}}\nbudget: 20\n", "t");
        assertEquals(8, c.budget().batchSize());
        assertEquals(Budget.DEFAULT_BATCH_SIZE, ConfigReader.parse("objective: noop\n"
                + "space: {x: {type: float, low: 0, high: 1}}\nbudget: {trials: 20}\n", "t").budget().batchSize());
    }

    @Test
    void boundsAdmitTheLargestUsefulSettings() {
        SweepConfig c = ConfigReader.parse("objective: noop\n" + floats(6)
                + "sampler: {name: grid, settings: {grid_points: 10}}\nbudget: {trials: 100000, batch_size: 100000}\n"
                + "analysis: {permutations: 10000, exact_limit: 20000}\n", "t");
        assertEquals(100000, c.budget().batchSize());
        ConfigReader.parse("objective: noop\nspace: {x: {type: float, low: 0, high: 1}}\nbudget: 4\n"
                + "sampler: {name: gp, settings: {candidates: 100000, max_points: 5000}}\n", "t");
    }

    @Test
    void conditionsOnCategoricalAndIntParentsAndDistinctMixedChoicesStillRead() {
        SweepConfig c = ConfigReader.parse("objective: noop\nspace:\n  c: {type: categorical, choices: [1, 1.5, a, true]}\n"
                + "  n: {type: int, low: 1, high: 3}\n  m: {type: float, low: 0, high: 1, when: {n: 2, c: [a, 1]}}\n"
                + "budget: 4\n", "t");
        assertEquals(3, c.space().dimension());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigs")
    void badConfigGivesOneClearMessage(String what, String yaml, String expected) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigReader.parse(yaml, "bad.yaml"));
        assertTrue(e.getMessage().startsWith(expected) || e.getMessage().contains(expected),
                () -> what + ": expected message containing\n  " + expected + "\ngot\n  " + e.getMessage());
    }
}

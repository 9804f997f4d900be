package org.xhpo.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xhpo.config.ConfigException;
import org.xhpo.config.ConfigReader;
import org.xhpo.config.SweepConfig;
import org.xhpo.study.TrialColumns;

/** Fixed parameters: kept apart from the sampled ones, in every configuration, fixing their children's activity. */
class FixedParameterTest {
    private static Condition when(String parent, Object... values) {
        return new Condition(Map.of(parent, List.of(values)));
    }

    private static SearchSpace mlpLike() {
        return new SearchSpace(List.of(
                new FloatParameter("lr", 1e-4, 1e-1, true, null, null),
                new FloatParameter("momentum", 0, 0.99, false, null, when("optimizer", "sgd")),
                new FloatParameter("beta", 0.8, 0.99, false, null, new Condition(Map.of("optimizer", List.of("sgd"),
                        "nesterov", List.of(true)))),
                new CategoricalParameter("nesterov", List.of(true, false), null, null)),
                List.of(new FixedParameter("optimizer", "sgd"), new FixedParameter("epochs", 5)));
    }

    @Test
    void fixedValuesAreInEveryConfigurationButNotSampled() {
        SearchSpace s = mlpLike();
        assertEquals(List.of("lr", "momentum", "beta", "nesterov"), s.names());
        assertEquals(4, s.dimension());
        assertEquals(List.of("optimizer", "epochs"), s.fixed().stream().map(FixedParameter::name).toList());
        Configuration c = s.fromUnit(new double[] {0.5, 0.5, 0.5, 0.1});
        assertEquals("sgd", c.get("optimizer"));
        assertEquals(5L, c.get("epochs"));
        assertTrue(c.has("momentum"), "a met condition on a fixed parent is dropped: momentum is always active");
        assertTrue(s.get("momentum").when().isEmpty());
        assertEquals(Map.of("nesterov", List.<Object>of(true)), s.get("beta").when().orElseThrow().requirements());
        assertEquals(4, s.toUnit(c).length);
        assertEquals(c, s.configuration(c.values()));
        assertEquals(c.get("epochs"), s.configuration(Map.of("lr", 0.01, "momentum", 0.5, "nesterov", false)).get("epochs"));
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> s.configuration(Map.of("lr", 0.01, "momentum", 0.5, "nesterov", false, "epochs", 6)));
        assertTrue(other.getMessage().startsWith("epochs: fixed at 5"), other.getMessage());
    }

    @Test
    void aChildItsFixedParentNeverActivatesIsRefusedWhenDeclared() {
        SpaceException e = assertThrows(SpaceException.class, () -> new SearchSpace(List.of(
                new FloatParameter("lr", 1e-4, 1e-1, true, null, null),
                new FloatParameter("momentum", 0, 0.99, false, null, when("optimizer", "sgd"))),
                List.of(new FixedParameter("optimizer", "adam"))));
        assertEquals("momentum.when.optimizer", e.path());
        assertTrue(e.getMessage().contains("never active"), e.getMessage());
        assertThrows(SpaceException.class, () -> new SearchSpace(List.of(new FloatParameter("lr", 0, 1, false, null, null)),
                List.of(new FixedParameter("lr", 0.5))));
        SpaceException none = assertThrows(SpaceException.class, () -> new SearchSpace(List.of(
                new FloatParameter("momentum", 0, 0.99, false, null, when("optimizer", "sgd"))),
                List.of(new FixedParameter("optimizer", "adam"))));
        assertTrue(none.getMessage().contains("never active"), none.getMessage());
    }

    @Test
    void fixingNarrowsASpaceAndDropsChildrenThatCanNeverBeActive() {
        SearchSpace full = new SearchSpace(List.of(
                new CategoricalParameter("optimizer", List.of("sgd", "adam"), null, null),
                new FloatParameter("momentum", 0, 0.99, false, null, when("optimizer", "sgd")),
                new CategoricalParameter("schedule", List.of("a", "b"), null, when("optimizer", "sgd")),
                new IntParameter("warmup", 0, 10, false, 1, null, when("schedule", "b")),
                new FloatParameter("lr", 1e-4, 1e-1, true, null, null)));
        SearchSpace adam = full.fixing(Map.of("optimizer", "adam"));
        assertEquals(List.of("lr"), adam.names(), "momentum, schedule and (transitively) warmup are never active");
        SearchSpace sgd = full.fixing(Map.of("optimizer", "sgd", "lr", 0.01));
        assertEquals(List.of("momentum", "schedule", "warmup"), sgd.names());
        assertTrue(sgd.get("schedule").when().isEmpty() && sgd.get("warmup").when().isPresent());
        Configuration c = sgd.fromUnit(new double[] {0.2, 0.9, 0.5});
        assertEquals(0.01, c.get("lr"));
        assertEquals("sgd", c.get("optimizer"));
        assertEquals(full.configuration(c.values()), c, "a configuration of the narrowed space is one of the full space");
        assertThrows(IllegalArgumentException.class, () -> full.fixing(Map.of("optimizer", "rmsprop")));
        assertNotEquals(full, adam);
        assertNotEquals(sgd, full.fixing(Map.of("optimizer", "sgd", "lr", 0.02)), "fixed values take part in equality");
        assertNotEquals(sgd.toString(), full.fixing(Map.of("optimizer", "sgd", "lr", 0.02)).toString());
    }

    @Test
    void configReaderReadsFixedAndTheTableHasANativeColumnButNoUnitColumn() {
        SweepConfig c = ConfigReader.parse(String.join("\n",
                "objective: {name: noop}",
                "space:",
                "  lr: {type: fixed, value: 0.001}",
                "  optimizer: {type: fixed, value: sgd}",
                "  momentum: {type: float, low: 0, high: 0.99, when: {optimizer: sgd}}",
                "  layers: {type: int, low: 1, high: 4}",
                "budget: 10", ""), "fixed.yaml");
        assertEquals(List.of("momentum", "layers"), c.space().names());
        assertEquals(new FixedParameter("lr", 0.001), c.space().fixed().get(0));
        List<String> cols = TrialColumns.storedColumns(c.space()).stream().map(TrialColumns.Column::name).toList();
        assertTrue(cols.contains("lr") && cols.contains("optimizer"), cols.toString());
        assertFalse(cols.contains("u_lr") || cols.contains("u_optimizer"), cols.toString());
        assertEquals(TrialColumns.Kind.DOUBLE, TrialColumns.storedColumns(c.space()).get(cols.indexOf("lr")).kind());
    }

    @Test
    void badFixedEntriesNameTheField() {
        String head = "objective: {name: noop}\nbudget: 10\nspace:\n  x: {type: float, low: 0, high: 1}\n";
        ConfigException missing = assertThrows(ConfigException.class,
                () -> ConfigReader.parse(head + "  lr: {type: fixed}\n", "bad.yaml"));
        assertTrue(missing.getMessage().contains("space.lr.value"), missing.getMessage());
        ConfigException extra = assertThrows(ConfigException.class,
                () -> ConfigReader.parse(head + "  lr: {type: fixed, value: 1, when: {x: 1}}\n", "bad.yaml"));
        assertTrue(extra.getMessage().contains("space.lr") && extra.getMessage().contains("when"), extra.getMessage());
        ConfigException list = assertThrows(ConfigException.class,
                () -> ConfigReader.parse(head + "  lr: {type: fixed, value: [1, 2]}\n", "bad.yaml"));
        assertTrue(list.getMessage().contains("space.lr.value"), list.getMessage());
        ConfigException never = assertThrows(ConfigException.class, () -> ConfigReader.parse(head
                + "  opt: {type: fixed, value: adam}\n  m: {type: float, low: 0, high: 1, when: {opt: sgd}}\n", "bad.yaml"));
        assertTrue(never.getMessage().contains("space.m.when.opt") && never.getMessage().contains("never active"),
                never.getMessage());
    }

    @Test
    void studyJsonAndYamlKeepFixedParameters(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        SearchSpace s = mlpLike();
        String json = SpaceJson.canonical(s);
        assertTrue(json.contains("{\"name\":\"epochs\",\"type\":\"fixed\",\"value\":5}"), json);
        assertEquals(s, SpaceJson.parse(json));
        assertNotEquals(json, SpaceJson.canonical(s.fixing(Map.of("lr", 0.01))), "fixed values take part in the fingerprint");
        java.nio.file.Path f = tmp.resolve("space.yaml");
        java.nio.file.Files.writeString(f, SpaceYaml.render(s));
        assertTrue(SpaceYaml.render(s).contains("  optimizer: {type: fixed, value: sgd}"), SpaceYaml.render(s));
        assertEquals(s, ConfigReader.readSpace(f));
    }
}

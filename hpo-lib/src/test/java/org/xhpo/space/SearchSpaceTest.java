package org.xhpo.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Conditional activity at any depth, validation of conditions, and serialization. */
class SearchSpaceTest {

    /** optimizer → momentum (sgd) and schedule (sgd) → warmup (cosine): depth 2. */
    static SearchSpace treeSpace() {
        return new SearchSpace(List.of(
                new CategoricalParameter("optimizer", List.of("sgd", "adam"), null, null),
                new FloatParameter("momentum", 0, 0.99, false, null, cond("optimizer", "sgd")),
                new CategoricalParameter("schedule", List.of("constant", "cosine"), null, cond("optimizer", "sgd")),
                new IntParameter("warmup", 0, 10, false, 1, null, cond("schedule", "cosine")),
                new FloatParameter("lr", 1e-5, 1, true, null, null)));
    }

    static Condition cond(String parent, Object... values) {
        return new Condition(Map.of(parent, List.of(values)));
    }

    @Test
    void conditionalParametersAreActiveOnlyWhenTheirConditionHolds() {
        SearchSpace s = treeSpace();
        SplittableRandom rng = new SplittableRandom(5);
        int warmupSeen = 0;
        for (int i = 0; i < 2000; i++) {
            double[] u = new double[s.dimension()];
            for (int j = 0; j < u.length; j++) {
                u[j] = rng.nextDouble();
            }
            Configuration c = s.fromUnit(u);
            boolean sgd = "sgd".equals(c.get("optimizer"));
            assertEquals(sgd, c.has("momentum"));
            assertEquals(sgd, c.has("schedule"));
            assertEquals(sgd && "cosine".equals(c.get("schedule")), c.has("warmup"));
            assertTrue(c.has("lr"));
            double[] back = s.toUnit(c);
            assertEquals(c.has("warmup"), !Double.isNaN(back[3]));
            warmupSeen += c.has("warmup") ? 1 : 0;
        }
        assertEquals(500, warmupSeen, 60); // P(sgd) · P(cosine) = 1/4
        assertEquals(List.of("optimizer", "momentum", "schedule", "warmup", "lr"),
                List.copyOf(s.fromUnit(new double[] {0, 0.5, 0.9, 0.5, 0.5}).values().keySet()));
    }

    @Test
    void conditionsMayBeDeclaredBeforeTheirParent() {
        SearchSpace s = new SearchSpace(List.of(
                new FloatParameter("momentum", 0, 1, false, null, cond("optimizer", "sgd")),
                new CategoricalParameter("optimizer", List.of("sgd", "adam"), null, null)));
        assertTrue(s.fromUnit(new double[] {0.3, 0.1}).has("momentum"));
        assertFalse(s.fromUnit(new double[] {0.3, 0.9}).has("momentum"));
    }

    @Test
    void badConditionsNameTheParameterAndTheProblem() {
        SpaceException unknown = assertThrows(SpaceException.class, () -> new SearchSpace(List.of(
                new FloatParameter("m", 0, 1, false, null, cond("optimiser", "sgd")))));
        assertEquals("m.when.optimiser", unknown.path());
        assertTrue(unknown.getMessage().contains("unknown parameter"));

        SpaceException unreachable = assertThrows(SpaceException.class, () -> new SearchSpace(List.of(
                new CategoricalParameter("optimizer", List.of("sgd", "adam"), null, null),
                new FloatParameter("m", 0, 1, false, null, cond("optimizer", "rmsprop")))));
        assertTrue(unreachable.getMessage().contains("can never be taken"), unreachable.getMessage());

        SpaceException cyclic = assertThrows(SpaceException.class, () -> new SearchSpace(List.of(
                new CategoricalParameter("a", List.of("x", "y"), null, cond("b", "x")),
                new CategoricalParameter("b", List.of("x", "y"), null, cond("a", "x")))));
        assertTrue(cyclic.getMessage().contains("cyclic condition: a -> b -> a"), cyclic.getMessage());

        SpaceException dup = assertThrows(SpaceException.class, () -> new SearchSpace(List.of(
                new FloatParameter("x", 0, 1, false, null, null), new FloatParameter("x", 0, 2, false, null, null))));
        assertEquals("x: duplicate parameter name", dup.getMessage());
    }

    @Test
    void configurationFromValuesDropsInactiveAndRefusesMissing() {
        SearchSpace s = treeSpace();
        Configuration c = s.configuration(Map.of("optimizer", "adam", "momentum", 0.5, "lr", 0.01));
        assertFalse(c.has("momentum"));
        assertThrows(IllegalArgumentException.class, () -> s.configuration(Map.of("optimizer", "sgd", "lr", 0.01)));
    }

    @Test
    void spaceSurvivesJavaSerialization() throws Exception {
        SearchSpace s = treeSpace();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            SearchSpace back = (SearchSpace) in.readObject();
            assertEquals(s, back);
            double[] u = {0.1, 0.2, 0.7, 0.4, 0.5};
            assertEquals(s.fromUnit(u), back.fromUnit(u));
        }
    }
}

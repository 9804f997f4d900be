package org.xhpo.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xhpo.config.ConfigReader;

/** The canonical JSON of a space reads back into the identical space, and so does its YAML rendering. */
class SpaceJsonTest {

    /** Every parameter kind: log/linear floats, stepped/log ints, choices of every type, nested conditions. */
    static SearchSpace everyKind() {
        Map<String, List<Object>> twoParents = new LinkedHashMap<>();
        twoParents.put("optimizer", List.of("sgd"));
        twoParents.put("layers", List.of(2L, 4L));
        return new SearchSpace(List.of(
                new CategoricalParameter("optimizer", List.of("sgd", "adam"), "adam", null),
                new FloatParameter("lr", 1e-5, 0.1, true, 1e-3, null),
                new FloatParameter("x", -2, 0.30000000000000004, false, null, null),
                new IntParameter("layers", 0, 8, false, 2, 4L, null),
                new IntParameter("width", 16, 1024, true, 1, null, null),
                new CategoricalParameter("mixed", List.of(1L, 1.5, "one", true, 2.0), 1.5, null),
                new CategoricalParameter("flag", List.of(true, false), null, null),
                new FloatParameter("momentum", 0, 0.99, false, null, new Condition(twoParents)),
                new CategoricalParameter("nesterov", List.of(false, true), null,
                        new Condition(Map.of("flag", List.of(true)))),
                new IntParameter("big", -9_007_199_254_740_993L, 9_007_199_254_740_993L, false, 2, null, null),
                new FloatParameter("tiny", 1e-300, 1e300, true, null, null)));
    }

    @Test
    void jsonReadsBackIntoTheIdenticalSpace() {
        SearchSpace s = everyKind();
        String json = SpaceJson.canonical(s);
        SearchSpace back = SpaceJson.parse(json);
        assertEquals(s, back);
        assertEquals(json, SpaceJson.canonical(back), "canonical form is a fixed point");
        CategoricalParameter opt = (CategoricalParameter) back.get("optimizer");
        assertEquals(List.of("sgd", "adam"), opt.choices(), "declared order kept");
        List<Object> mixed = ((CategoricalParameter) back.get("mixed")).choices();
        assertInstanceOf(Long.class, mixed.get(0));
        assertInstanceOf(Double.class, mixed.get(1));
        assertInstanceOf(String.class, mixed.get(2));
        assertInstanceOf(Boolean.class, mixed.get(3));
        assertInstanceOf(Double.class, mixed.get(4), "2.0 stays a float choice, not the integer 2");
        assertEquals(List.of(2L, 4L), back.get("momentum").when().orElseThrow().requirements().get("layers"));
        assertEquals(9_007_199_254_740_993L, ((IntParameter) back.get("big")).high(), "no double rounding of longs");
        assertTrue(json.startsWith("[{\"name\":\"optimizer\",\"type\":\"categorical\",\"choices\":[\"sgd\",\"adam\"]"), json);
    }

    @Test
    void aRenderedYamlBlockReadsBackThroughTheConfigReader(@TempDir Path tmp) throws Exception {
        // the config reader takes whole numbers up to 2^53 only, so the space without 'big'
        SearchSpace s = new SearchSpace(everyKind().parameters().stream().filter(p -> !p.name().equals("big")).toList());
        Path f = tmp.resolve("space.yaml");
        Files.writeString(f, SpaceYaml.render(s));
        assertEquals(s, ConfigReader.readSpace(f), SpaceYaml.render(s));
        assertTrue(SpaceYaml.render(s).contains("lr: {type: float, low: 1.0E-5, high: 0.1, log: true, default: 0.001}"),
                SpaceYaml.render(s));
    }

    @Test
    void aSpaceReadFromYamlHasTheSameCanonicalJsonWhateverTheNumberSpelling(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a.yaml");
        Path b = tmp.resolve("b.yaml");
        Files.writeString(a, "space: {x: {type: float, low: -2, high: 2}, n: {type: int, low: 1, high: 9, step: 2}}\n");
        Files.writeString(b, "space:\n  x: {high: 2.0, low: -2.0, type: float, log: false}\n  n: {type: int, low: 1, high: 9,"
                + " step: 2, log: false}\n");
        assertEquals(SpaceJson.canonical(ConfigReader.readSpace(a)), SpaceJson.canonical(ConfigReader.readSpace(b)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not a list|{}|space: expected a list of parameters",
        "unknown type|[{\"name\":\"a\",\"type\":\"real\"}]|space[0](a).type: expected float, int or categorical",
        "unknown key|[{\"name\":\"a\",\"type\":\"float\",\"low\":0,\"high\":1,\"log\":false,\"q\":1}]|space[0](a).q: unknown key",
        "missing log|[{\"name\":\"a\",\"type\":\"float\",\"low\":0,\"high\":1}]|space[0](a).log: expected true or false",
        "fractional int|[{\"name\":\"a\",\"type\":\"int\",\"low\":0.5,\"high\":1,\"step\":1,\"log\":false}]"
            + "|space[0](a).low: expected a whole number",
        "bad range|[{\"name\":\"a\",\"type\":\"float\",\"low\":1,\"high\":0,\"log\":false}]|space[0](a): low must be < high",
        "object choice|[{\"name\":\"a\",\"type\":\"categorical\",\"choices\":[{}]}]"
            + "|space[0](a).choices[0]: expected a number, text or boolean",
        "not JSON|[{|space: not valid JSON"})
    void malformedJsonIsRefusedWithTheFieldPath(String what, String json, String expected) {
        SpaceException e = assertThrows(SpaceException.class, () -> SpaceJson.parse(json));
        assertTrue(e.getMessage().startsWith(expected), what + ": " + e.getMessage());
    }
}

package org.xhpo.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xhpo.objective.ObjectiveSpec;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.SearchSpace;

/** The fingerprint hashes canonical JSON: insensitive to setting order, sensitive to every space detail. */
class StudyFingerprintTest {
    private static SearchSpace space(List<Object> choices, boolean log) {
        return new SearchSpace(List.of(new FloatParameter("lr", 1e-4, 1, log, null, null),
                new CategoricalParameter("opt", choices, null, null)));
    }

    @Test
    void settingsOrderDoesNotChangeTheFingerprintButEveryDeclaredDetailDoes() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("dim", 2L);
        a.put("noise", Map.of("sd", 0.1));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("noise", Map.of("sd", 0.1));
        b.put("dim", 2L);
        SearchSpace s = space(List.of("sgd", "adam"), true);
        StudyFingerprint fa = StudyFingerprint.of(s, new ObjectiveSpec("f", a), Direction.MINIMIZE);
        assertEquals(List.of(), StudyFingerprint.of(s, new ObjectiveSpec("f", b), Direction.MINIMIZE).changedFrom(fa));
        assertEquals(List.of("space"), StudyFingerprint.of(space(List.of("adam", "sgd"), true), new ObjectiveSpec("f", a),
                Direction.MINIMIZE).changedFrom(fa), "choice order is part of the space");
        assertEquals(List.of("space"), StudyFingerprint.of(space(List.of("sgd", "adam"), false), new ObjectiveSpec("f", a),
                Direction.MINIMIZE).changedFrom(fa));
        assertEquals(List.of("objective", "direction"), StudyFingerprint.of(s, new ObjectiveSpec("g", a),
                Direction.MAXIMIZE).changedFrom(fa));
        assertEquals("{\"name\":\"f\",\"settings\":{\"dim\":2,\"noise\":{\"sd\":0.1}}}",
                StudyFingerprint.canonicalObjective(new ObjectiveSpec("f", b)));
    }

    @Test
    void theLegacyFingerprintIsTheFormatOneHashOfToString() {
        SearchSpace s = space(List.of("sgd", "adam"), true);
        StudyFingerprint v1 = StudyFingerprint.legacyV1(s, new ObjectiveSpec("f", Map.of()), Direction.MINIMIZE);
        // format 1 hashed "SearchSpace[...]" and "name {settings}"; a different input from the canonical JSON
        assertNotEquals(v1.parts().get("space"), StudyFingerprint.of(s, new ObjectiveSpec("f", Map.of()),
                Direction.MINIMIZE).parts().get("space"));
        assertEquals(64, v1.parts().get("space").length());
    }
}

package org.xhpo.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xhpo.objective.ObjectiveSpec;
import org.xhpo.space.SearchSpace;
import org.xhpo.space.SpaceJson;

/**
 * What identifies a study for resumption: the search space, the objective and the direction,
 * each hashed (SHA-256) separately so a refusal can say which one changed. The space is hashed in
 * its canonical JSON form ({@link SpaceJson#canonical}) and the objective as canonical JSON with
 * sorted setting keys, so renaming a Java field or reordering YAML settings never strands a study.
 * The sampler and budget may change between runs; the seed is checked separately.
 *
 * @param parts component name → hash
 */
public record StudyFingerprint(Map<String, String> parts) {
    private static final ObjectMapper SORTED = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** Copies the parts, keeping their order. */
    public StudyFingerprint {
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** The fingerprint of a study definition (study format version 2 and later). */
    public static StudyFingerprint of(SearchSpace space, ObjectiveSpec objective, Direction direction) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("space", sha256(SpaceJson.canonical(space)));
        p.put("objective", sha256(canonicalObjective(objective)));
        p.put("direction", direction.label());
        return new StudyFingerprint(p);
    }

    /**
     * The fingerprint study format version 1 stored (hashes of Java {@code toString()} forms). Used
     * only to check a version-1 study once, before its metadata is rewritten in the current format.
     */
    public static StudyFingerprint legacyV1(SearchSpace space, ObjectiveSpec objective, Direction direction) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("space", sha256(space.toString()));
        p.put("objective", sha256(objective.name() + " " + objective.settings()));
        p.put("direction", direction.label());
        return new StudyFingerprint(p);
    }

    /** The objective as canonical JSON: {@code {"name":…,"settings":{…}}} with map keys sorted at every level. */
    public static String canonicalObjective(ObjectiveSpec objective) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", objective.name());
        o.put("settings", objective.settings());
        try {
            return SORTED.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("objective.settings: cannot be written as JSON: " + e.getOriginalMessage());
        }
    }

    /** The components whose hash differs from another fingerprint's (empty when they match). */
    public List<String> changedFrom(StudyFingerprint stored) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : parts.entrySet()) {
            if (!e.getValue().equals(stored.parts().get(e.getKey()))) {
                changed.add(e.getKey());
            }
        }
        return changed;
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (byte x : d) {
                b.append(String.format("%02x", x));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

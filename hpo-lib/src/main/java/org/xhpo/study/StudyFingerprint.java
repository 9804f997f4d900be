package org.xhpo.study;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xhpo.objective.ObjectiveSpec;
import org.xhpo.space.SearchSpace;

/**
 * What identifies a study for resumption: the search space, the objective and the direction,
 * each hashed (SHA-256) separately so a refusal can say which one changed. The sampler, seed and
 * budget may change between runs.
 *
 * @param parts component name → hash
 */
public record StudyFingerprint(Map<String, String> parts) {

    /** Copies the parts, keeping their order. */
    public StudyFingerprint {
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** The fingerprint of a study definition. */
    public static StudyFingerprint of(SearchSpace space, ObjectiveSpec objective, Direction direction) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("space", sha256(space.toString()));
        p.put("objective", sha256(objective.name() + " " + objective.settings()));
        p.put("direction", direction.label());
        return new StudyFingerprint(p);
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

package org.xhpo.jobs.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.xhpo.config.ConfigException;
import org.xhpo.config.SweepConfig;
import org.xhpo.study.StudyFingerprint;

/**
 * {@code STUDY/study.json}: the format version, the study fingerprint, the config that created the
 * study, and the provenance (Java, OS, Spark version). Checked before a study is resumed.
 */
public final class StudyMetadata {
    /** Version of the study layout this code writes and reads. */
    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private StudyMetadata() {
    }

    /** Writes the metadata for a new study (atomically: temp file, then rename). */
    public static void write(FileSystem fs, Path studyDir, SweepConfig config, String sparkVersion) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("format_version", FORMAT_VERSION);
        n.put("study", config.study());
        n.put("created", Instant.now().toString());
        ObjectNode fp = n.putObject("fingerprint");
        StudyFingerprint.of(config.space(), config.objective(), config.direction()).parts().forEach(fp::put);
        n.put("space", config.space().toString());
        n.put("objective", config.objective().name());
        n.put("direction", config.direction().label());
        n.put("seed", config.seed());
        n.put("java_version", System.getProperty("java.version"));
        n.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        n.put("spark_version", sparkVersion);
        fs.mkdirs(studyDir);
        Path tmp = new Path(studyDir, "_study.json.tmp");
        try (OutputStream out = fs.create(tmp, true)) {
            out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n).getBytes(StandardCharsets.UTF_8));
        }
        Path target = new Path(studyDir, "study.json");
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
            throw new IOException("could not write " + target);
        }
    }

    /** Whether the study directory holds metadata. */
    public static boolean exists(FileSystem fs, Path studyDir) throws IOException {
        return fs.exists(new Path(studyDir, "study.json"));
    }

    /**
     * Refuses to resume a study whose space, objective or direction changed.
     *
     * @throws ConfigException naming what changed
     */
    public static void checkResumable(FileSystem fs, Path studyDir, SweepConfig config) throws IOException {
        Path file = new Path(studyDir, "study.json");
        JsonNode n;
        try (InputStream in = fs.open(file)) {
            n = JSON.readTree(in);
        }
        int version = n.path("format_version").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw new ConfigException(file.toString(), "study format version " + version
                    + " is not supported; this XHPO reads version " + FORMAT_VERSION);
        }
        Map<String, String> stored = new LinkedHashMap<>();
        n.path("fingerprint").fields().forEachRemaining(e -> stored.put(e.getKey(), e.getValue().asText()));
        List<String> changed = StudyFingerprint.of(config.space(), config.objective(), config.direction())
                .changedFrom(new StudyFingerprint(stored));
        if (!changed.isEmpty()) {
            throw new ConfigException("study " + config.study(), "cannot resume: the " + String.join(", ", changed)
                    + " changed since the study was created (stored in " + file + "); use another study name, another output "
                    + "directory, or --force-new-study to start a new study beside it");
        }
    }
}

package org.xhpo.jobs.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.config.AnalysisReader;
import org.xhpo.config.ConfigException;
import org.xhpo.config.SweepConfig;
import org.xhpo.objective.ObjectiveSpec;
import org.xhpo.space.SearchSpace;
import org.xhpo.space.SpaceException;
import org.xhpo.space.SpaceJson;
import org.xhpo.study.Direction;
import org.xhpo.study.StudyFingerprint;

/**
 * {@code STUDY/study.json}, format version {@value #FORMAT_VERSION}: the space as canonical JSON
 * ({@link SpaceJson}, reads back into the identical space), the sampler, the objective with its
 * settings, the direction, the seed, the fingerprint (hashes of the canonical forms) and the
 * provenance (Java, OS, Spark), and the {@code analysis:} settings of the latest {@code xhpo run}
 * (written as the full snake-case mapping of {@link AnalysisReader#toNode}, so {@code xhpo analyze}
 * explains the study as {@code run} did; a file written before they were stored reads as
 * {@link AnalysisSettings#DEFAULTS}, which is what {@code run} then used). Version 1 stored only hashes of Java {@code toString()} forms; it is
 * read as a legacy record without a space ({@link #space()} null) and rewritten by
 * {@link StudyResume} once the config is checked against it.
 *
 * @param formatVersion the version the file was written in
 * @param study the study name
 * @param created when the study was created (ISO-8601)
 * @param space the search space; null for a version-1 file
 * @param sampler the sampler name of the run that created the study
 * @param samplerSettings its settings
 * @param objective the objective; null for a version-1 file (only its hash was kept)
 * @param direction minimize or maximize
 * @param seed the study seed
 * @param analysis the analysis settings (null: the defaults)
 * @param fingerprint the stored hashes (version 1: of the {@code toString()} forms)
 * @param provenance java_version, os, spark_version
 */
public record StudyMetadata(int formatVersion, String study, String created, SearchSpace space, String sampler,
                            Map<String, Object> samplerSettings, ObjectiveSpec objective, Direction direction,
                            long seed, AnalysisSettings analysis, StudyFingerprint fingerprint,
                            Map<String, String> provenance) {
    /** Version of the study layout this code writes. */
    public static final int FORMAT_VERSION = 2;
    /** The oldest version this code resumes (by rewriting it). */
    public static final int OLDEST_READABLE = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Checks required fields and copies the maps. */
    public StudyMetadata {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(fingerprint, "fingerprint");
        analysis = analysis == null ? AnalysisSettings.DEFAULTS : analysis;
        samplerSettings = samplerSettings == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(samplerSettings));
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    /** The metadata of a new study created from a config (current format, created now). */
    public static StudyMetadata of(SweepConfig c, String created, String sparkVersion) {
        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("java_version", System.getProperty("java.version"));
        prov.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        prov.put("spark_version", sparkVersion);
        return new StudyMetadata(FORMAT_VERSION, c.study(), created == null ? Instant.now().toString() : created,
                c.space(), c.sampler().name(), c.sampler().settings(), c.objective(), c.direction(), c.seed(),
                c.analysis(), StudyFingerprint.of(c.space(), c.objective(), c.direction()), prov);
    }

    /** The same metadata with other analysis settings. */
    public StudyMetadata withAnalysis(AnalysisSettings settings) {
        return new StudyMetadata(formatVersion, study, created, space, sampler, samplerSettings, objective, direction,
                seed, settings, fingerprint, provenance);
    }

    /** The current-format JSON document. */
    public ObjectNode toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("format_version", formatVersion);
        n.put("study", study);
        n.put("created", created);
        ObjectNode fp = n.putObject("fingerprint");
        fingerprint.parts().forEach(fp::put);
        n.set("space", space == null ? null : SpaceJson.toNode(space));
        ObjectNode s = n.putObject("sampler");
        s.put("name", sampler);
        s.set("settings", JSON.valueToTree(samplerSettings));
        if (objective != null) {
            ObjectNode o = n.putObject("objective");
            o.put("name", objective.name());
            o.set("settings", JSON.valueToTree(objective.settings()));
        }
        n.put("direction", direction.label());
        n.put("seed", seed);
        n.set("analysis", AnalysisReader.toNode(analysis));
        provenance.forEach(n::put);
        return n;
    }

    /** Writes {@code study.json} atomically (temp file, then rename), creating the study directory. */
    public void write(StudyDirectory dir) throws IOException {
        dir.fileSystem().mkdirs(dir.root());
        FileSystem fs = dir.metadataFileSystem();
        fs.delete(new Path(dir.root(), "." + StudyDirectory.METADATA + ".crc"), false); // left by format 1
        Path tmp = new Path(dir.root(), "_" + StudyDirectory.METADATA + ".tmp");
        try (OutputStream out = fs.create(tmp, true)) {
            out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson()).getBytes(StandardCharsets.UTF_8));
        }
        fs.delete(dir.metadata(), false);
        if (!fs.rename(tmp, dir.metadata())) {
            throw new IOException("could not write " + dir.metadata());
        }
    }

    /**
     * Reads {@code study.json}.
     *
     * @throws ConfigException naming the file and the field when it is unreadable or of an unknown version
     */
    public static StudyMetadata read(StudyDirectory dir) throws IOException {
        Path file = dir.metadata();
        JsonNode n;
        try (InputStream in = dir.metadataFileSystem().open(file)) {
            n = JSON.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigException(file.toString(), "is not valid JSON (" + e.getOriginalMessage()
                    + "); restore it from a backup, or move the study directory away to start a new study");
        }
        int version = n.path("format_version").asInt(-1);
        if (version < OLDEST_READABLE || version > FORMAT_VERSION) {
            throw new ConfigException(file + ": format_version", "study format version " + version + " is not supported;"
                    + " this XHPO reads versions " + OLDEST_READABLE + " to " + FORMAT_VERSION);
        }
        Map<String, String> fp = new LinkedHashMap<>();
        n.path("fingerprint").fields().forEachRemaining(e -> fp.put(e.getKey(), e.getValue().asText()));
        Map<String, String> prov = new LinkedHashMap<>();
        for (String k : new String[] {"java_version", "os", "spark_version"}) {
            if (n.hasNonNull(k)) {
                prov.put(k, n.get(k).asText());
            }
        }
        Direction direction = "maximize".equals(n.path("direction").asText()) ? Direction.MAXIMIZE : Direction.MINIMIZE;
        if (version == 1) {
            return new StudyMetadata(1, n.path("study").asText(dir.name()), n.path("created").asText(""), null,
                    null, Map.of(), null, direction, n.path("seed").asLong(), null, new StudyFingerprint(fp), prov);
        }
        SearchSpace space;
        try {
            space = SpaceJson.read(n.get("space"), file + ": space");
        } catch (SpaceException e) {
            throw new ConfigException(e.path(), e.detail());
        }
        AnalysisSettings analysis;
        try {
            analysis = AnalysisReader.read(n.get("analysis"));
        } catch (ConfigException e) {
            throw new ConfigException(file + ": " + e.path(), e.getMessage().substring(e.path().length() + 2));
        }
        JsonNode o = n.path("objective");
        ObjectiveSpec objective = new ObjectiveSpec(o.path("name").asText(), map(o.get("settings")));
        JsonNode s = n.path("sampler");
        return new StudyMetadata(version, n.path("study").asText(dir.name()), n.path("created").asText(""), space,
                s.path("name").asText(null), map(s.get("settings")), objective, direction, n.path("seed").asLong(),
                analysis, new StudyFingerprint(fp), prov);
    }

    private static Map<String, Object> map(JsonNode n) {
        return n == null || n.isNull() ? Map.of() : JSON.convertValue(n, new TypeReference<LinkedHashMap<String, Object>>() {
        });
    }
}

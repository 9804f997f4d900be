package org.xhpo.jobs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.config.ConfigException;
import org.xhpo.config.ConfigReader;
import org.xhpo.config.SweepConfig;
import org.xhpo.jobs.sweep.SweepDriver;
import org.xhpo.jobs.sweep.SweepOutcome;
import org.xhpo.jobs.testing.SharedSpark;
import org.xhpo.study.StudyFingerprint;

/** Resuming a study: study.json round trip, the refusals (missing metadata, changed seed or space) and format 1. */
class StudyResumeTest {
    private static final String SPACE = "space:\n  x: {type: float, low: 1.0e-4, high: 1, log: true}\n"
            + "  n: {type: int, low: 0, high: 12, step: 4}\n  opt: {type: categorical, choices: [sgd, adam]}\n"
            + "  m: {type: float, low: 0, high: 0.9, when: {opt: sgd}}\n";

    @TempDir
    Path tmp;

    private SweepConfig config(long seed, int trials, String space) {
        return ConfigReader.parse(configText(seed, trials).replace(SPACE, space), "test.yaml");
    }

    private String configText(long seed, int trials) {
        return "study: {name: s, seed: " + seed + "}\nobjective: {name: flaky, settings: {throw_every: 0}}\n" + SPACE
                + "budget: {trials: " + trials + ", batch_size: 4}\noutput: {dir: " + tmp.resolve("out")
                + "}\nanalysis: off\n";
    }

    private static SweepOutcome run(SweepConfig c, ByteArrayOutputStream log) throws Exception {
        return new SweepDriver(SharedSpark.get(), c, new PrintStream(log, true, StandardCharsets.UTF_8)).run();
    }

    private static SweepOutcome run(SweepConfig c) throws Exception {
        return run(c, new ByteArrayOutputStream());
    }

    private StudyDirectory dir() throws Exception {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(tmp.resolve("out").resolve("s").toString());
        return new StudyDirectory(FileSystem.getLocal(new org.apache.hadoop.conf.Configuration()), root);
    }

    @Test
    void studyJsonHoldsTheIdenticalSpaceAndAResumeWithTheSameConfigContinues() throws Exception {
        SweepConfig c = config(7, 8, SPACE);
        run(c);
        StudyMetadata m = StudyMetadata.read(dir());
        assertEquals(StudyMetadata.FORMAT_VERSION, m.formatVersion());
        assertEquals(c.space(), m.space());
        assertEquals(c.sampler().name(), m.sampler()); // no sampler named: the default (auto)
        assertEquals("auto", m.sampler());
        assertEquals("flaky", m.objective().name());
        assertEquals(7, m.seed());
        assertEquals(StudyFingerprint.of(c.space(), c.objective(), c.direction()), m.fingerprint());
        assertEquals(12, run(config(7, 12, SPACE)).trials());
    }

    @Test
    void committedRoundsWithoutStudyJsonAreRefusedAndLeftUntouched() throws Exception {
        run(config(7, 8, SPACE));
        Path meta = tmp.resolve("out/s/study.json");
        Files.delete(meta);
        long files;
        try (var s = Files.walk(tmp.resolve("out/s"))) {
            files = s.count();
        }
        // even with another space: the missing file must not let a changed space through
        ConfigException e = assertThrows(ConfigException.class,
                () -> run(config(7, 12, "space: {x: {type: float, low: 0, high: 1}}\n")));
        assertTrue(e.getMessage().contains("study.json: is missing but") && e.getMessage().contains("2 committed rounds")
                && e.getMessage().contains("restore study.json"), e.getMessage());
        assertFalse(Files.exists(meta), "no new study.json written");
        try (var s = Files.walk(tmp.resolve("out/s"))) {
            assertEquals(files, s.count(), "nothing written or removed");
        }
        assertEquals(8, new TrialTable(SharedSpark.get(), dir(), "s", 7, config(7, 8, SPACE).space()).readResults().size());
    }

    @Test
    void aChangedSeedOrSpaceIsRefusedNamingWhatChanged() throws Exception {
        run(config(7, 8, SPACE));
        ConfigException seed = assertThrows(ConfigException.class, () -> run(config(8, 12, SPACE)));
        assertTrue(seed.getMessage().startsWith("study.seed: is 8 but study s") && seed.getMessage()
                .contains("created with seed 7"), seed.getMessage());
        ConfigException space = assertThrows(ConfigException.class,
                () -> run(config(7, 12, SPACE.replace("[sgd, adam]", "[adam, sgd]"))));
        assertTrue(space.getMessage().contains("cannot resume: the space changed") && space.getMessage()
                .contains("(opt changed)"), space.getMessage());
        assertEquals(8, StudyMetadata.read(dir()).fingerprint().equals(
                StudyFingerprint.of(config(7, 8, SPACE).space(), config(7, 8, SPACE).objective(),
                        config(7, 8, SPACE).direction())) ? 8 : -1, "study.json unchanged by the refusals");
    }

    @Test
    void aFormatOneStudyIsCheckedWithItsOldFingerprintThenRewritten() throws Exception {
        SweepConfig c = config(7, 8, SPACE);
        run(c);
        // what format 1 wrote: hashes of toString() forms, the space as text
        ObjectMapper json = new ObjectMapper();
        ObjectNode v1 = json.createObjectNode();
        v1.put("format_version", 1).put("study", "s").put("created", "2026-01-01T00:00:00Z");
        ObjectNode fp = v1.putObject("fingerprint");
        StudyFingerprint.legacyV1(c.space(), c.objective(), c.direction()).parts().forEach(fp::put);
        v1.put("space", c.space().toString()).put("objective", "flaky").put("direction", "minimize").put("seed", 7)
                .put("java_version", "17").put("os", "Linux amd64").put("spark_version", "3.5.7");
        Path meta = tmp.resolve("out/s/study.json");
        Files.writeString(meta, json.writeValueAsString(v1));

        ConfigException changed = assertThrows(ConfigException.class,
                () -> run(config(7, 12, SPACE.replace("high: 12", "high: 16"))));
        assertTrue(changed.getMessage().contains("the space changed"), changed.getMessage());
        assertEquals(1, json.readTree(meta.toFile()).path("format_version").asInt(), "not rewritten when refused");

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertEquals(12, run(config(7, 12, SPACE), log).trials());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("study.json upgraded from format version 1 to 2"));
        StudyMetadata m = StudyMetadata.read(dir());
        assertEquals(2, m.formatVersion());
        assertEquals(c.space(), m.space());
        assertEquals("2026-01-01T00:00:00Z", m.created(), "creation time kept");
    }

    @Test
    void studyJsonStoresTheAnalysisSettingsOfTheLatestRunAndOldFilesReadAsTheDefaults() throws Exception {
        String analysis = "analysis: {best_fraction: 0.2, bandwidth: 0.3, permutations: 40, shap_members: 3,"
                + " costs: [n]}\n";
        SweepConfig c = ConfigReader.parse(configText(7, 8).replace("analysis: off\n", analysis), "test.yaml");
        StudyResume.prepare(dir(), c, "3.5.7", new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        assertEquals(c.analysis(), StudyMetadata.read(dir()).analysis(), "the identical record reads back");
        assertEquals(0.2, StudyMetadata.read(dir()).analysis().bestFraction());

        // a resume with other settings stores them (they are not part of the fingerprint) ...
        SweepConfig other = ConfigReader.parse(configText(7, 8).replace("analysis: off\n",
                analysis.replace("40", "60")), "test.yaml");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StudyResume.prepare(dir(), other, "3.5.7", new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(60, StudyMetadata.read(dir()).analysis().permutations());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("analysis settings changed"));
        // ... but analysis: off leaves the settings the stored tables were made with
        StudyResume.prepare(dir(), config(7, 8, SPACE), "3.5.7", new PrintStream(new ByteArrayOutputStream()));
        assertEquals(other.analysis(), StudyMetadata.read(dir()).analysis());

        // a study.json written before the settings were stored: the defaults, which run then used
        Path meta = tmp.resolve("out/s/study.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode n = (ObjectNode) json.readTree(meta.toFile());
        n.remove("analysis");
        Files.writeString(meta, json.writeValueAsString(n));
        assertEquals(org.xhpo.analysis.AnalysisSettings.DEFAULTS, StudyMetadata.read(dir()).analysis());
        n.putObject("analysis").put("best_fraction", 2);
        Files.writeString(meta, json.writeValueAsString(n));
        ConfigException bad = assertThrows(ConfigException.class, () -> StudyMetadata.read(dir()));
        assertTrue(bad.getMessage().contains("study.json: analysis.best_fraction: must be in (0, 1)"), bad.getMessage());
    }

    @Test
    void aCorruptCommittedRoundIsRefusedNamingTheFile() throws Exception {
        run(config(7, 8, SPACE));
        Path part;
        try (var s = Files.walk(tmp.resolve("out/s/trials/round=1"))) {
            part = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(part);
        Files.write(part, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Files.deleteIfExists(part.resolveSibling("." + part.getFileName() + ".crc"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(config(7, 12, SPACE)));
        assertTrue(e.getMessage().startsWith("trials table of study s: '") && e.getMessage().contains(
                part.getFileName().toString()) && e.getMessage().contains("is not a readable Parquet file"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}

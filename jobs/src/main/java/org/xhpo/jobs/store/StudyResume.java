package org.xhpo.jobs.store;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.xhpo.config.ConfigException;
import org.xhpo.config.SweepConfig;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.StudyFingerprint;

/**
 * Decides, before any Spark job, whether {@code xhpo run} starts a new study or resumes one, and
 * refuses what it must not do:
 * <ul>
 *   <li>no {@code study.json} and no committed round: a new study; the metadata is written;</li>
 *   <li>{@code study.json} present: the config's space, objective and direction must hash to the
 *       stored fingerprint and {@code study.seed} must equal the stored seed (every trial seed,
 *       sampler round and unit jitter derives from it, so a resumed study with another seed would
 *       be neither the old study nor a new one). A version-1 file is checked against the config
 *       once with the version-1 hashes and then rewritten in the current format. The config's
 *       {@code analysis:} settings are not part of the fingerprint: when they changed (and the
 *       analysis is on) they replace the stored ones, so {@code xhpo analyze} explains the study as
 *       the latest {@code xhpo run} did;</li>
 *   <li>committed rounds but no {@code study.json}: refused with how to recover. The trials are
 *       never overwritten by a new study and the space check cannot be bypassed by deleting the
 *       file.</li>
 * </ul>
 */
public final class StudyResume {
    private StudyResume() {
    }

    /**
     * Checks the study directory against the config and writes the metadata of a new (or upgraded)
     * study.
     *
     * @return true when committed trials are to be resumed, false for a new study
     * @throws ConfigException naming what changed or what is missing, and what to do
     */
    public static boolean prepare(StudyDirectory dir, SweepConfig config, String sparkVersion, PrintStream log)
            throws IOException {
        if (!dir.hasMetadata()) {
            List<Integer> rounds = dir.committedRounds();
            if (!rounds.isEmpty()) {
                throw new ConfigException(dir.metadata().toString(), "is missing but " + dir.trials() + " holds "
                        + rounds.size() + " committed round" + (rounds.size() == 1 ? "" : "s") + ", so XHPO cannot check"
                        + " that this config still describes those trials. To resume, restore study.json (from a backup"
                        + " or a copy of the study); to keep the trials and start afresh, use another study name, another"
                        + " output directory or --force-new-study. Nothing was written");
            }
            StudyMetadata.of(config, null, sparkVersion).write(dir);
            return false;
        }
        StudyMetadata stored = StudyMetadata.read(dir);
        if (stored.seed() != config.seed()) {
            throw new ConfigException("study.seed", "is " + config.seed() + " but study " + config.study() + " in "
                    + dir.root() + " was created with seed " + stored.seed() + "; a resumed study keeps its seed (trial"
                    + " seeds and sampler rounds derive from it): set study.seed: " + stored.seed() + ", or use another"
                    + " study name or --force-new-study");
        }
        boolean legacy = stored.formatVersion() < StudyMetadata.FORMAT_VERSION;
        StudyFingerprint now = legacy ? StudyFingerprint.legacyV1(config.space(), config.objective(), config.direction())
                : StudyFingerprint.of(config.space(), config.objective(), config.direction());
        List<String> changed = now.changedFrom(stored.fingerprint());
        if (!changed.isEmpty()) {
            String detail = stored.space() != null && changed.contains("space")
                    ? " (" + spaceDifference(stored.space(), config.space()) + ")" : "";
            String direction = changed.contains("direction") ? " (stored: " + stored.direction().label() + ")" : "";
            throw new ConfigException("study " + config.study(), "cannot resume: the " + String.join(", ", changed)
                    + " changed since the study was created" + detail + direction + " (stored in " + dir.metadata()
                    + "); use another study name, another output directory, or --force-new-study to start a new study"
                    + " beside it");
        }
        if (legacy) {
            StudyMetadata.of(config, stored.created(), stored.provenance().getOrDefault("spark_version", sparkVersion))
                    .write(dir);
            log.println("[xhpo] study " + config.study() + ": study.json upgraded from format version "
                    + stored.formatVersion() + " to " + StudyMetadata.FORMAT_VERSION + " (the config matched its fingerprint)");
        } else if (config.analysis().enabled() && !config.analysis().equals(stored.analysis())) {
            stored.withAnalysis(config.analysis()).write(dir);
            log.println("[xhpo] study " + config.study() + ": analysis settings changed; study.json now stores the"
                    + " config's (xhpo analyze uses them)");
        }
        return true;
    }

    /** A short description of how two spaces differ, by parameter name. */
    static String spaceDifference(SearchSpace was, SearchSpace now) {
        List<String> parts = new ArrayList<>();
        for (Parameter p : was.parameters()) {
            if (now.indexOf(p.name()) < 0) {
                parts.add(p.name() + " removed");
            } else if (!now.get(p.name()).equals(p)) {
                parts.add(p.name() + " changed");
            }
        }
        for (Parameter p : now.parameters()) {
            if (was.indexOf(p.name()) < 0) {
                parts.add(p.name() + " added");
            }
        }
        if (parts.isEmpty()) {
            parts.add("parameter order changed: was " + was.names());
        }
        return String.join(", ", parts);
    }
}

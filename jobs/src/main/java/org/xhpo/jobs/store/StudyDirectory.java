package org.xhpo.jobs.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The layout of one study's directory, {@code OUT/STUDY/}, in one place:
 * <pre>
 *   study.json              the study's metadata ({@link StudyMetadata}): space, objective, seed, …
 *   trials/round=N/         committed rounds of the trials table (Parquet)
 *   _staging/               rounds being written; removed on the next run
 *   _pending/round=N.json   finished rounds whose commit failed; committed on the next run
 *   TABLE/                  analysis tables (hsic_importance, recommendations, …)
 *   _analysis_staging/      analysis tables being written
 *   analysis.json           provenance of the analysis tables
 *   report/                 the HTML report
 * </pre>
 * Every path below a study directory is built here; nothing else joins names onto it.
 */
public final class StudyDirectory {
    /** The metadata file. */
    public static final String METADATA = "study.json";
    /** The trials table directory. */
    public static final String TRIALS = "trials";
    /** Where uncommitted rounds are written. */
    public static final String STAGING = "_staging";
    /** Finished rounds waiting for their commit. */
    public static final String PENDING = "_pending";
    /** The analysis provenance file. */
    public static final String ANALYSIS_PROVENANCE = "analysis.json";
    /** Where analysis tables are written before they replace the previous ones. */
    public static final String ANALYSIS_STAGING = "_analysis_staging";
    /** The report directory. */
    public static final String REPORT = "report";
    /** Per-trial artifact files an objective keeps ({@code trial-<id>.<ext>}, e.g. sdcmi's keep_output_sample). */
    public static final String ARTIFACTS = "artifacts";
    private static final String ROUND_PREFIX = "round=";

    private final FileSystem fs;
    private final Path root;

    /**
     * @param fs the file system holding the directory
     * @param root the study directory ({@code OUT/STUDY})
     */
    public StudyDirectory(FileSystem fs, Path root) {
        this.fs = fs;
        this.root = root;
    }

    /** The directory of study {@code study} under output directory {@code outDir}. */
    public static StudyDirectory of(Configuration hadoop, String outDir, String study) throws IOException {
        Path root = new Path(outDir, study);
        return new StudyDirectory(root.getFileSystem(hadoop), root);
    }

    /**
     * The XHPO study a path points at, if it does: the study directory itself (it holds
     * {@code study.json} or a trials table) or its {@code trials} directory.
     */
    public static Optional<StudyDirectory> locate(Configuration hadoop, Path given) throws IOException {
        FileSystem fs = given.getFileSystem(hadoop);
        if (!fs.exists(given) || !fs.getFileStatus(given).isDirectory()) {
            return Optional.empty();
        }
        StudyDirectory self = new StudyDirectory(fs, given);
        if (self.hasMetadata() || fs.exists(self.trials())) {
            return Optional.of(self);
        }
        Path parent = given.getParent();
        if (parent != null && given.getName().equals(TRIALS) && fs.exists(new Path(parent, METADATA))) {
            return Optional.of(new StudyDirectory(fs, parent));
        }
        return Optional.empty();
    }

    /** The study directory. */
    public Path root() {
        return root;
    }

    /** The study name (the directory's name). */
    public String name() {
        return root.getName();
    }

    /** The file system the directory lives on. */
    public FileSystem fileSystem() {
        return fs;
    }

    /**
     * The file system to read and write {@code study.json} with: on a checksummed local file system
     * its raw file system, so a study.json edited or restored by hand (without its hidden
     * {@code .crc} file) still reads.
     */
    public FileSystem metadataFileSystem() {
        return fs instanceof ChecksumFileSystem c ? c.getRawFileSystem() : fs;
    }

    /** {@code study.json}. */
    public Path metadata() {
        return new Path(root, METADATA);
    }

    /** The trials table ({@code trials/}). */
    public Path trials() {
        return new Path(root, TRIALS);
    }

    /** A committed round's directory. */
    public Path round(int round) {
        return new Path(trials(), ROUND_PREFIX + round);
    }

    /** Where rounds are staged before their commit. */
    public Path staging() {
        return new Path(root, STAGING);
    }

    /** Finished rounds whose commit failed ({@code _pending/round=N.json}). */
    public Path pending() {
        return new Path(root, PENDING);
    }

    /** The {@code search_decisions} table's directory (an explanation-guided sampler's decisions). */
    public Path searchDecisions() {
        return new Path(root, "search_decisions");
    }

    /** An analysis table's directory. */
    public Path analysisTable(String table) {
        return new Path(root, table);
    }

    /** {@code analysis.json}. */
    public Path analysisProvenance() {
        return new Path(root, ANALYSIS_PROVENANCE);
    }

    /** Where analysis tables are staged. */
    public Path analysisStaging() {
        return new Path(root, ANALYSIS_STAGING);
    }

    /** The report directory. */
    public Path report() {
        return new Path(root, REPORT);
    }

    /** Whether {@code study.json} exists. */
    public boolean hasMetadata() throws IOException {
        return fs.exists(metadata());
    }

    /** The numbers of the committed rounds, ascending. */
    public List<Integer> committedRounds() throws IOException {
        List<Integer> out = new ArrayList<>();
        if (!fs.exists(trials())) {
            return out;
        }
        for (FileStatus s : fs.listStatus(trials())) {
            String n = s.getPath().getName();
            if (s.isDirectory() && n.startsWith(ROUND_PREFIX)) {
                try {
                    out.add(Integer.parseInt(n.substring(ROUND_PREFIX.length())));
                } catch (NumberFormatException e) {
                    // not a round directory of ours
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** Whether the study holds anything a new study must not overwrite: metadata or committed rounds. */
    public boolean isOccupied() throws IOException {
        return hasMetadata() || !committedRounds().isEmpty();
    }

    @Override
    public String toString() {
        return root.toString();
    }
}

package org.xhpo.jobs.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/**
 * Finished rounds that are not yet in the trials table: {@code STUDY/_pending/round=N.json}, one file
 * per round, written (whole, by rename) before the round's Parquet commit starts and deleted after
 * it succeeds. A commit that fails leaves its file, and the next run commits it without evaluating
 * the round again, so a finished trial is never lost to a failed write.
 */
final class PendingRounds {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FORMAT = 1;
    private static final String PREFIX = "round=";
    private static final String SUFFIX = ".json";

    private final FileSystem fs;
    private final Path dir;
    private final SearchSpace space;

    /** A staged round read back. */
    record Round(int round, String sampler, List<TrialResult> results) {
    }

    PendingRounds(FileSystem fs, Path dir, SearchSpace space) {
        this.fs = fs;
        this.dir = dir;
        this.space = space;
    }

    /** Writes a round's results; the file appears whole or not at all. */
    void write(int round, String sampler, List<TrialResult> results) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("round", round);
        root.put("sampler", sampler);
        ArrayNode rows = root.putArray("trials");
        for (TrialResult r : results) {
            rows.add(toJson(r));
        }
        fs.mkdirs(dir);
        Path tmp = new Path(dir, "." + PREFIX + round + SUFFIX + ".tmp");
        try (OutputStream out = fs.create(tmp, true)) {
            JSON.writeValue(out, root);
        }
        Path target = file(round);
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
            throw new IOException("could not stage round " + round + ": rename " + tmp + " -> " + target + " failed");
        }
    }

    /** Deletes a round's file once it is committed. */
    void delete(int round) throws IOException {
        fs.delete(file(round), false);
    }

    /** The staged rounds, in round order (unfinished temporary files are ignored). */
    List<Round> read() throws IOException {
        TreeMap<Integer, Path> files = new TreeMap<>();
        if (fs.exists(dir)) {
            for (FileStatus s : fs.listStatus(dir)) {
                String name = s.getPath().getName();
                if (name.startsWith(PREFIX) && name.endsWith(SUFFIX)) {
                    files.put(Integer.parseInt(name.substring(PREFIX.length(), name.length() - SUFFIX.length())),
                            s.getPath());
                }
            }
        }
        List<Round> rounds = new ArrayList<>();
        for (Map.Entry<Integer, Path> e : files.entrySet()) {
            rounds.add(read(e.getValue()));
        }
        return rounds;
    }

    private Round read(Path file) throws IOException {
        JsonNode root;
        try (InputStream in = fs.open(file)) {
            root = JSON.readTree(in);
        }
        if (root == null || root.path("format").asInt() != FORMAT) {
            throw new IOException(file + ": staged round of an unsupported format (this version reads format "
                    + FORMAT + ")");
        }
        List<TrialResult> results = new ArrayList<>();
        for (JsonNode n : root.path("trials")) {
            results.add(fromJson(n));
        }
        return new Round(root.path("round").asInt(), root.path("sampler").asText(), results);
    }

    private Path file(int round) {
        return new Path(dir, PREFIX + round + SUFFIX);
    }

    private static ObjectNode toJson(TrialResult r) {
        ObjectNode n = JSON.createObjectNode();
        Trial t = r.trial();
        n.put("id", t.id());
        n.put("round", t.round());
        n.put("seed", t.seed());
        n.set("config", JSON.valueToTree(t.config().values()));
        n.put("status", r.status().label());
        if (r.ok()) {
            n.put("value", r.value());
        }
        n.set("metrics", JSON.valueToTree(r.metrics()));
        n.put("error", r.error());
        n.put("start", r.start() == null ? null : r.start().toString());
        n.put("end", r.end() == null ? null : r.end().toString());
        n.put("executor", r.executorId());
        return n;
    }

    private TrialResult fromJson(JsonNode n) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("config").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            values.put(e.getKey(), v.isIntegralNumber() ? (Object) v.longValue() : v.isNumber() ? v.doubleValue()
                    : v.isBoolean() ? v.booleanValue() : v.asText());
        }
        Trial trial = new Trial(n.path("id").longValue(), n.path("round").intValue(), n.path("seed").longValue(),
                space.configuration(values));
        Map<String, Double> metrics = new LinkedHashMap<>();
        n.path("metrics").fields().forEachRemaining(e -> metrics.put(e.getKey(), e.getValue().doubleValue()));
        TrialStatus status = TrialStatus.fromLabel(n.path("status").asText());
        return new TrialResult(trial, status, n.hasNonNull("value") ? n.get("value").doubleValue() : Double.NaN,
                metrics, text(n, "error"), instant(n, "start"), instant(n, "end"), text(n, "executor"));
    }

    private static String text(JsonNode n, String key) {
        return n.hasNonNull(key) ? n.get(key).asText() : null;
    }

    private static Instant instant(JsonNode n, String key) {
        return n.hasNonNull(key) ? Instant.parse(n.get(key).asText()) : null;
    }
}

package org.xhpo.jobs.analysis.optuna;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xhpo.study.Direction;

/**
 * Reads a study from an Optuna JournalStorage file (one JSON operation per line, Optuna 3.1 to 5.x)
 * by replaying the log as {@code optuna/storages/journal/_storage.py} does: study ids count
 * {@code CREATE_STUDY} (0) operations, trial ids count {@code CREATE_TRIAL} (4) operations over all
 * studies, {@code SET_TRIAL_PARAM} (5) adds a parameter with its distribution JSON,
 * {@code SET_TRIAL_STATE_VALUES} (6) sets the state (0 RUNNING, 1 COMPLETE, 2 PRUNED, 3 FAIL,
 * 4 WAITING) and values; updates of a finished trial are ignored; a created trial may carry its
 * state, values, params and distributions (enqueued or added trials). Directions: 1 minimize,
 * 2 maximize. A truncated last line (a writer killed mid-append) is skipped, as Optuna does.
 */
public final class OptunaJournalStorage {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

    private OptunaJournalStorage() {
    }

    /** A trial while the log is replayed. */
    private static final class Open {
        final long studyId;
        final long number;
        String state = "RUNNING";
        final Map<String, Double> params = new LinkedHashMap<>();
        Double value;

        Open(long studyId, long number) {
            this.studyId = studyId;
            this.number = number;
        }

        boolean finished() {
            return !state.equals("RUNNING") && !state.equals("WAITING");
        }
    }

    /**
     * Replays the journal and returns one study.
     *
     * @param lines the journal file's lines
     * @param source the file, for messages
     * @param study the study name
     * @throws IllegalArgumentException naming the option, the file and line when it is not a journal
     */
    public static OptunaStudy read(BufferedReader lines, String source, String study) throws IOException {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<Integer>> directions = new LinkedHashMap<>();
        Map<Long, Long> trialsPerStudy = new LinkedHashMap<>();
        List<Open> trials = new ArrayList<>();
        Map<Long, OptunaStudy.Builder> builders = new LinkedHashMap<>();
        long nextStudy = 0;
        String line;
        int lineNo = 0;
        String pending = null;
        while ((line = lines.readLine()) != null) {
            lineNo++;
            if (pending != null) {
                throw bad(source, lineNo - 1, pending);
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode op;
            try {
                op = JSON.readTree(line);
            } catch (IOException e) {
                pending = e.getMessage();
                continue; // fatal only if it is not the last line
            }
            if (!op.has("op_code")) {
                throw bad(source, lineNo, "no op_code");
            }
            switch (op.get("op_code").asInt()) {
                case 0 -> {
                    String name = op.path("study_name").asText();
                    if (!names.containsValue(name)) {
                        long id = nextStudy++;
                        names.put(id, name);
                        List<Integer> ds = new ArrayList<>();
                        op.path("directions").forEach(d -> ds.add(d.asInt()));
                        directions.put(id, ds);
                        trialsPerStudy.put(id, 0L);
                        builders.put(id, new OptunaStudy.Builder());
                    }
                }
                case 1 -> {
                    long id = op.path("study_id").asLong();
                    names.remove(id);
                }
                case 4 -> {
                    long sid = op.path("study_id").asLong();
                    Long count = trialsPerStudy.get(sid);
                    Open t = new Open(sid, count == null ? -1 : count);
                    if (count != null) {
                        trialsPerStudy.put(sid, count + 1);
                    }
                    if (op.has("state")) {
                        t.state = OptunaStudy.STATES.get(op.get("state").asInt());
                    }
                    JsonNode ds = op.path("distributions");
                    op.path("params").fields().forEachRemaining(e -> {
                        JsonNode d = ds.get(e.getKey());
                        if (builders.containsKey(sid) && d != null) {
                            builders.get(sid).distribution(e.getKey(), d.isTextual() ? d.asText() : d.toString());
                        }
                        t.params.put(e.getKey(), e.getValue().asDouble());
                    });
                    t.value = firstValue(op);
                    trials.add(t);
                }
                case 5 -> {
                    Open t = trial(trials, op);
                    if (t != null && !t.finished() && builders.containsKey(t.studyId)) {
                        String name = op.path("param_name").asText();
                        builders.get(t.studyId).distribution(name, op.path("distribution").asText());
                        t.params.put(name, op.path("param_value_internal").asDouble());
                    }
                }
                case 6 -> {
                    Open t = trial(trials, op);
                    if (t != null && !t.finished()) {
                        t.state = OptunaStudy.STATES.get(op.path("state").asInt());
                        Double v = firstValue(op);
                        if (v != null) {
                            t.value = v;
                        }
                    }
                }
                default -> {
                    // attributes and intermediate values do not matter to the analysis
                }
            }
        }
        long id = names.entrySet().stream().filter(e -> e.getValue().equals(study)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("--optuna-study: no study '" + study + "' in "
                        + source + "; studies: " + names.values()));
        List<Integer> ds = directions.get(id);
        if (ds.size() != 1) {
            throw new IllegalArgumentException("--optuna-study: '" + study + "' has " + ds.size()
                    + " objectives; XHPO analyzes single-objective studies");
        }
        OptunaStudy.Builder b = builders.get(id);
        for (Open t : trials) {
            if (t.studyId == id) {
                b.trials.add(new OptunaStudy.Trial(t.number, t.state, t.params, t.state.equals("COMPLETE") ? t.value : null));
            }
        }
        return new OptunaStudy(study, ds.get(0) == 2 ? Direction.MAXIMIZE : Direction.MINIMIZE, b.distributions, b.trials);
    }

    private static Open trial(List<Open> trials, JsonNode op) {
        long id = op.path("trial_id").asLong(-1);
        return id >= 0 && id < trials.size() ? trials.get((int) id) : null;
    }

    private static Double firstValue(JsonNode op) {
        JsonNode vs = op.path("values");
        if (vs.isArray() && !vs.isEmpty() && !vs.get(0).isNull()) {
            return vs.get(0).asDouble();
        }
        JsonNode v = op.path("value");
        return v.isNumber() ? v.asDouble() : null;
    }

    private static IllegalArgumentException bad(String source, int line, String why) {
        return new IllegalArgumentException("--optuna-storage: " + source + " line " + line
                + " is not an Optuna journal operation (" + why.lines().findFirst().orElse("") + ")");
    }
}

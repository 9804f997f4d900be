package org.xhpo.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.xhpo.objective.Objective;
import org.xhpo.objective.ObjectiveRegistry;
import org.xhpo.objective.ObjectiveSpec;
import org.xhpo.sampler.SamplerFactory;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialColumns;

/**
 * Reads and validates a sweep YAML file into a {@link SweepConfig}: every field is checked, the
 * objective is resolved and constructed once, and the sampler is built once, so that nothing runs
 * on a config that cannot finish. Every error is a {@link ConfigException} naming the field.
 */
public final class ConfigReader {
    /** The largest config or space file read, in bytes. */
    public static final long MAX_FILE_BYTES = 1L << 20;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ConfigReader() {
    }

    /** Reads a config file. */
    public static SweepConfig read(Path file) {
        return parse(readText(file), file.toString());
    }

    private static String readText(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ConfigException(file.toString(), "is " + size + " bytes; a config or space file is at most "
                        + MAX_FILE_BYTES + " bytes");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file.toString(), "no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ConfigException(file.toString(), "is not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    /**
     * Reads a search-space file: either a mapping with a {@code space} key (a sweep config) or the
     * parameter mapping itself.
     */
    public static org.xhpo.space.SearchSpace readSpace(Path file) {
        JsonNode root = tree(readText(file), file.toString());
        return root.has("space") ? SpaceReader.read(root.get("space"), "space") : SpaceReader.read(root, "space");
    }

    /** Parses YAML text; {@code source} names it in errors. */
    public static SweepConfig parse(String text, String source) {
        return fromTree(tree(text, source));
    }

    /** Parses YAML text into a tree, refusing malformed YAML and duplicate keys. */
    public static JsonNode tree(String text, String source) {
        YamlStructure.check(text, source);
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            String msg = e.getOriginalMessage();
            if (msg != null && msg.startsWith("Duplicate field ")) {
                throw new ConfigException(source, "duplicate key " + msg.substring("Duplicate field ".length()) + where
                        + "; every parameter and setting may appear only once");
            }
            throw new ConfigException(source, "malformed YAML" + where + ": " + oneLine(msg));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ConfigException(source, "is empty; expected a mapping with keys study, objective, space, sampler, budget");
        }
        if (!root.isObject()) {
            throw new ConfigException(source, "expected a mapping at the top level, got " + YamlNodes.describe(root));
        }
        return root;
    }

    /** SnakeYAML's multi-line message without its source snippet and caret lines, on one line. */
    private static String oneLine(String msg) {
        if (msg == null) {
            return "";
        }
        return msg.lines().filter(l -> !l.isBlank() && !l.startsWith(" ")).map(String::strip)
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    /** Builds a validated config from a parsed tree. */
    public static SweepConfig fromTree(JsonNode root) {
        YamlNodes.allowOnly(root, "", "study", "objective", "space", "sampler", "budget", "execution", "output", "analysis",
                "report");

        JsonNode study = root.get("study");
        String name = "study";
        long seed = 12345L;
        String directionText = null;
        if (YamlNodes.present(study)) {
            YamlNodes.requireObject(study, "study", "a mapping with name, seed, direction");
            YamlNodes.allowOnly(study, "study", "name", "seed", "direction");
            name = OutputLocation.studyName(YamlNodes.text(study.get("name"), "study.name", name), "study.name");
            seed = YamlNodes.whole(study.get("seed"), "study.seed", seed);
            directionText = YamlNodes.present(study.get("direction")) ? YamlNodes.text(study.get("direction"), "study.direction", null) : null;
        }

        ObjectiveSpec objectiveSpec = objective(root.get("objective"));
        Objective objective;
        try {
            objective = ObjectiveRegistry.create(objectiveSpec);
        } catch (IllegalArgumentException e) {
            throw asConfigException(e, "objective");
        }

        Direction direction = objective.defaultDirection();
        if (directionText != null) {
            try {
                direction = Direction.valueOf(directionText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("study.direction", "expected minimize or maximize, got '" + directionText + "'");
            }
        }

        SearchSpace space;
        if (YamlNodes.present(root.get("space"))) {
            space = SpaceReader.read(root.get("space"), "space");
        } else {
            space = objective.defaultSpace().orElseThrow(() -> new ConfigException("space",
                    "is required: objective '" + objectiveSpec.name() + "' has no default space"));
        }

        try {
            TrialColumns.checkNames(space);
        } catch (IllegalArgumentException e) {
            throw asConfigException(e, "space");
        }

        SamplerSpec sampler = sampler(root.get("sampler"));
        DriverBounds.checkSampler(space, sampler);
        try {
            SamplerFactory.create(sampler.name(), sampler.settings(), space, direction, seed);
            org.xhpo.objective.HypergradientRequest.wrap(objective, org.xhpo.sampler.hypergradient.HypergradientSampler
                    .requestedHypergradient(sampler.name(), sampler.settings()).orElse(null));
        } catch (IllegalArgumentException e) {
            throw asConfigException(e, "sampler");
        }

        Budget budget = budget(root.get("budget"));
        Execution execution = execution(root.get("execution"));

        String outputDir = "results";
        JsonNode output = root.get("output");
        if (YamlNodes.present(output)) {
            YamlNodes.requireObject(output, "output", "a mapping with dir");
            YamlNodes.allowOnly(output, "output", "dir");
            outputDir = YamlNodes.text(output.get("dir"), "output.dir", outputDir);
        }
        org.xhpo.analysis.AnalysisSettings analysis = AnalysisReader.read(root.get("analysis"));
        DriverBounds.check(space, budget, analysis);
        boolean report = YamlNodes.bool(root.get("report"), "report", true); // on (default) or off: the HTML report
        return new SweepConfig(name, seed, direction, objectiveSpec, space, sampler, budget, execution, outputDir, analysis,
                report);
    }

    /** Wraps an exception whose message starts with a field path; otherwise prefixes the section. */
    private static ConfigException asConfigException(IllegalArgumentException e, String section) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        int colon = msg.indexOf(": ");
        if (colon > 0 && msg.startsWith(section)) {
            return new ConfigException(msg.substring(0, colon), msg.substring(colon + 2));
        }
        return new ConfigException(section, msg);
    }

    private static ObjectiveSpec objective(JsonNode n) {
        if (!YamlNodes.present(n)) {
            throw new ConfigException("objective", "is required: a built-in name such as branin, or {name: ..., settings: {...}}");
        }
        if (n.isTextual()) {
            return new ObjectiveSpec(YamlNodes.text(n, "objective", null), null);
        }
        YamlNodes.requireObject(n, "objective", "a name or a mapping with name and settings");
        YamlNodes.allowOnly(n, "objective", "name", "settings");
        return new ObjectiveSpec(YamlNodes.text(n.get("name"), "objective.name", null),
                YamlNodes.settings(n.get("settings"), "objective.settings"));
    }

    private static SamplerSpec sampler(JsonNode n) {
        if (!YamlNodes.present(n)) {
            return new SamplerSpec("auto", null);
        }
        if (n.isTextual()) {
            return new SamplerSpec(YamlNodes.text(n, "sampler", null), null);
        }
        YamlNodes.requireObject(n, "sampler", "a name or a mapping with name and settings");
        YamlNodes.allowOnly(n, "sampler", "name", "settings");
        return new SamplerSpec(YamlNodes.text(n.get("name"), "sampler.name", null),
                YamlNodes.settings(n.get("settings"), "sampler.settings"));
    }

    private static Budget budget(JsonNode n) {
        if (!YamlNodes.present(n)) {
            throw new ConfigException("budget", "is required, e.g. {trials: 64, batch_size: 8}");
        }
        if (n.isNumber()) {
            return new Budget(YamlNodes.wholeInt(n, "budget", 0), 0, Budget.DEFAULT_BATCH_SIZE);
        }
        YamlNodes.requireObject(n, "budget", "a mapping with trials, batch_size, wall_time");
        YamlNodes.allowOnly(n, "budget", "trials", "batch_size", "wall_time");
        if (!YamlNodes.present(n.get("trials"))) {
            throw new ConfigException("budget.trials", "is required");
        }
        return new Budget(YamlNodes.wholeInt(n.get("trials"), "budget.trials", 0),
                YamlNodes.seconds(n.get("wall_time"), "budget.wall_time", 0),
                YamlNodes.wholeInt(n.get("batch_size"), "budget.batch_size", Budget.DEFAULT_BATCH_SIZE));
    }

    private static Execution execution(JsonNode n) {
        Execution d = Execution.defaults();
        if (!YamlNodes.present(n)) {
            return d;
        }
        YamlNodes.requireObject(n, "execution", "a mapping with trials_per_task, trial_timeout, max_failed_fraction");
        YamlNodes.allowOnly(n, "execution", "trials_per_task", "trial_timeout", "max_failed_fraction");
        JsonNode perTask = n.get("trials_per_task");
        boolean auto = perTask != null && perTask.isTextual() && perTask.asText().equals("auto");
        if (perTask != null && perTask.isNumber() && perTask.asDouble() == 0) {
            throw new ConfigException("execution.trials_per_task", "must be auto or >= 1, got 0");
        }
        return new Execution(auto ? 0 : YamlNodes.wholeInt(perTask, "execution.trials_per_task", d.trialsPerTask()),
                YamlNodes.seconds(n.get("trial_timeout"), "execution.trial_timeout", d.trialTimeoutSeconds()),
                YamlNodes.number(n.get("max_failed_fraction"), "execution.max_failed_fraction", d.maxFailedFraction()));
    }
}

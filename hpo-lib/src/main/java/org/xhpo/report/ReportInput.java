package org.xhpo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xhpo.study.Direction;

/**
 * Everything a report shows, read once from the study directory: the trials, the analysis tables
 * that exist, and the two provenance files. Missing pieces are empty, never errors: each section
 * says what it would need.
 *
 * @param study the study name
 * @param imported true when the trials came from outside XHPO (no {@code study.json}: no rounds, no sampler)
 * @param objective the analyzed column ({@code value} for XHPO studies)
 * @param direction whether lower or higher values are better
 * @param parameters parameter names in declaration order
 * @param trials the trials shown (all of them, or a sample of {@code trialsTotal}; see {@link #sampled()})
 * @param trialsTotal how many trials the study holds
 * @param studyMeta {@code study.json}, or a missing node
 * @param analysisMeta {@code analysis.json}, or a missing node
 * @param tables analysis tables by name (only those present)
 */
public record ReportInput(String study, boolean imported, String objective, Direction direction, List<String> parameters,
                          List<ReportTrial> trials, long trialsTotal, JsonNode studyMeta, JsonNode analysisMeta,
                          Map<String, ReportTable> tables) {
    /** Validates and copies. */
    public ReportInput {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(direction, "direction");
        parameters = List.copyOf(parameters);
        trials = List.copyOf(trials);
        studyMeta = studyMeta == null ? MissingNode.getInstance() : studyMeta;
        analysisMeta = analysisMeta == null ? MissingNode.getInstance() : analysisMeta;
        tables = Map.copyOf(tables);
        if (trialsTotal < trials.size()) {
            throw new IllegalArgumentException("trialsTotal: must be >= the " + trials.size() + " trials shown, got "
                    + trialsTotal);
        }
    }

    /** A table by name, when it exists and has rows. */
    public Optional<ReportTable> table(String name) {
        ReportTable t = tables.get(name);
        return t == null || t.rows().isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /** Whether {@link #trials()} is a sample of a larger study. */
    public boolean sampled() {
        return trialsTotal > trials.size();
    }

    /** The trials that finished with a value. */
    public List<ReportTrial> okTrials() {
        List<ReportTrial> ok = new ArrayList<>();
        for (ReportTrial t : trials) {
            if (t.ok()) {
                ok.add(t);
            }
        }
        return ok;
    }

    /** The analysis' best fraction p (analysis.json), else the default 0.1. */
    public double bestFraction() {
        JsonNode p = analysisMeta.path("settings").path("bestFraction");
        return p.isNumber() && p.asDouble() > 0 && p.asDouble() < 1 ? p.asDouble() : 0.1;
    }

    /** A number from analysis.json, NaN when absent (e.g. {@code gbt_r2_holdout}). */
    public double analysisNumber(String field) {
        JsonNode n = analysisMeta.path(field);
        return n.isNumber() ? n.asDouble() : Double.NaN;
    }

    /** The best ok trial, if any. */
    public Optional<ReportTrial> best() {
        ReportTrial best = null;
        for (ReportTrial t : trials) {
            if (t.ok() && (best == null || direction.better(t.value(), best.value()))) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }
}

package org.xhpo.config;

import java.io.Serializable;
import org.xhpo.analysis.AnalysisSettings;
import java.util.Objects;
import org.xhpo.objective.ObjectiveSpec;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * A validated sweep: what to optimize, over which space, with which sampler and budget. Built by
 * {@link ConfigReader}; the space is always resolved (from the file or the objective's default).
 *
 * @param study study name (a directory name under the output directory)
 * @param seed the study seed all randomness derives from
 * @param direction minimize or maximize the objective's value
 * @param objective the objective to evaluate
 * @param space the search space
 * @param sampler the sampler
 * @param budget trials, wall time, batch size
 * @param execution how trials run on executors
 * @param outputDir where tables are written (overridable on the command line)
 * @param analysis whether and how the analysis runs after the sweep
 * @param report whether {@code run} writes the HTML report ({@code report: off} turns it off)
 */
public record SweepConfig(String study, long seed, Direction direction, ObjectiveSpec objective, SearchSpace space,
                          SamplerSpec sampler, Budget budget, Execution execution, String outputDir,
                          AnalysisSettings analysis, boolean report) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A config that writes the report (the default). */
    public SweepConfig(String study, long seed, Direction direction, ObjectiveSpec objective, SearchSpace space,
                       SamplerSpec sampler, Budget budget, Execution execution, String outputDir, AnalysisSettings analysis) {
        this(study, seed, direction, objective, space, sampler, budget, execution, outputDir, analysis, true);
    }

    /** Checks that every part is present. */
    public SweepConfig {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(sampler, "sampler");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(analysis, "analysis");
    }

    /** The same config under another study name. */
    public SweepConfig withStudy(String name) {
        return new SweepConfig(name, seed, direction, objective, space, sampler, budget, execution, outputDir, analysis, report);
    }

    /** The same config writing under another output directory. */
    public SweepConfig withOutputDir(String dir) {
        return new SweepConfig(study, seed, direction, objective, space, sampler, budget, execution, dir, analysis, report);
    }
}

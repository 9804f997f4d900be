package org.xhpo.jobs.sweep;

import org.xhpo.study.TrialResult;

/**
 * What a finished sweep reports.
 *
 * @param studyDir the study's output directory
 * @param trials trials in the table (including earlier runs of a resumed study)
 * @param failed trials that did not finish ok
 * @param best the best ok trial, or null if none
 * @param alreadyComplete true when the budget was already met before this run
 * @param evaluateSeconds time this run spent in Spark jobs evaluating trials
 * @param commitSeconds time this run spent committing rounds to the table
 * @param wallSeconds this run's total time
 */
public record SweepOutcome(String studyDir, int trials, int failed, TrialResult best, boolean alreadyComplete,
                           double evaluateSeconds, double commitSeconds, double wallSeconds) {
}
